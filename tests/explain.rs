//! `xmake --explain TARGET…` (docs/targets.md, "`--explain`") and did-you-mean for a goal no
//! rule makes: the explanation of native targets (snapshots of `deploy` and `sync-config`),
//! of a recipe chain (snapshot, with each reason), the JSON shapes, the exit statuses, that
//! nothing under the tree or `--root` changes (byte for byte, with times), and the
//! did-you-mean line on a terminal (a pty from `script`) and its absence without one.

mod support;

use std::path::Path;
use std::process::{Command, Output};

use support::run::{exe, Ran, Xmake};
use support::scenario::Scenario;

/// stdout, then stderr when there is any.
fn screen(ran: &Ran) -> String {
    if ran.stderr.is_empty() {
        ran.stdout.clone()
    } else {
        format!("{}--- stderr ---\n{}", ran.stdout, ran.stderr)
    }
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// xmake in `dir`, with a clean environment.
fn xmake_in(dir: &Path, args: &[&str]) -> Output {
    Xmake::new()
        .args(args.iter().copied())
        .command()
        .current_dir(dir)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `touch -d` (the tests' own clock for file times).
fn set_time(dir: &Path, file: &str, when: &str) {
    let ok = Command::new("touch")
        .arg("-d")
        .arg(when)
        .arg(dir.join(file))
        .status()
        .unwrap()
        .success();
    assert!(ok, "touch -d {when} {file}");
}

/// A C-like chain: `prog` from `main.o util.o`; `main.c` edited after `main.o` was built,
/// `util.o` up to date; a phony `all`, a `::` target, a `+` line and a `$(MAKE)` line.
fn recipe_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    std::fs::write(
        p.join("Makefile"),
        "CC = cc\n\
         all: prog\n\
         prog: main.o util.o\n\
         \t$(CC) -o $@ $^\n\
         %.o: %.c\n\
         \t$(CC) -c $< -o $@\n\
         \t@echo built $@\n\
         stamp::\n\
         \t+touch plus-ran\n\
         sub:\n\
         \t$(MAKE) -f Other.mk\n\
         clean:\n\
         \trm -f prog *.o\n\
         .PHONY: all sub clean\n",
    )
    .unwrap();
    std::fs::write(p.join("Other.mk"), "all:\n\ttouch sub-ran\n").unwrap();
    for f in ["main.c", "util.c", "main.o", "util.o", "prog"] {
        std::fs::write(p.join(f), f).unwrap();
    }
    set_time(p, "util.c", "2020-01-01 00:00:00");
    set_time(p, "util.o", "2020-01-02 00:00:00");
    set_time(p, "main.o", "2020-01-02 00:00:00");
    set_time(p, "main.c", "2020-01-03 00:00:00");
    set_time(p, "prog", "2020-01-02 12:00:00");
    set_time(p, "Makefile", "2020-01-01 00:00:00");
    set_time(p, "Other.mk", "2020-01-01 00:00:00");
    dir
}

/// Every file under `dir` with its bytes and mtime.
fn files(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            let bytes = if m.is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                Vec::new()
            };
            (
                e.file_name().to_string_lossy().into_owned(),
                bytes,
                m.modified().unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn native_deploy_and_sync_config_are_explained_as_minus_n_decides() {
    let s = Scenario::new("full").with_etc_xspot().with_admin_edits();
    let ran = s
        .builder()
        .args(["--explain", "deploy", "sync-config"])
        .run()
        .status(0);
    // The steps are the very lines `-n` prints for them.
    let plan = s.builder().args(["-n", "sync-config"]).run().status(0);
    for line in plan.stdout.lines().filter(|l| l.starts_with("  ")) {
        assert!(ran.stdout.contains(&format!("  {line}\n")), "{line}");
    }
    assert!(ran
        .stdout
        .contains("SCRIPT_DEPLOY_DIR  /nfs-apps/exostellar/scripts  # conf/env.cfg:17"));
    insta::assert_snapshot!("explain_native_deploy_sync_config", screen(&ran));
}

#[test]
fn native_json_is_one_document_with_steps_and_keys() {
    let s = Scenario::new("full");
    let ran = s
        .builder()
        .args(["--explain", "--format=json", "image-folder", "check-config"])
        .run()
        .status(0);
    let doc = json(&ran.stdout);
    assert_eq!(doc["kind"], "native");
    assert_eq!(doc["status"], 0);
    assert_eq!(doc["pending"], true);
    let t = &doc["targets"][0];
    assert_eq!(t["name"], "image-folder");
    assert_eq!(t["preconditions"]["status"], "ok");
    assert_eq!(t["steps"][0]["name"], "image-deploy-dir");
    assert_eq!(t["steps"][0]["status"], "changed");
    assert_eq!(t["reads"][0]["key"], "REMOTE_DIR");
    assert_eq!(t["reads"][0]["file"], "conf/env.cfg");
    assert_eq!(t["reads"][0]["line"], 10);
    // check-config reads every key: one of them is set nowhere in this env.cfg.
    let reads = doc["targets"][1]["reads"].as_array().unwrap();
    assert_eq!(reads.len(), 17);
    insta::assert_snapshot!(
        "explain_native_json",
        serde_json::to_string_pretty(&doc).unwrap()
    );
}

#[test]
fn a_failing_precondition_is_explained_and_the_status_stays_0() {
    // REMOTE_DIR is not a directory under the root: image-folder's precondition fails.
    let s = Scenario::new("full");
    s.edit_env_cfg("REMOTE_DIR=/nfs-apps/exostellar", "REMOTE_DIR=/nowhere");
    let ran = s
        .builder()
        .args(["--explain", "image-folder"])
        .run()
        .status(0);
    assert!(
        ran.stdout.contains("  preconditions: failed: "),
        "{}",
        screen(&ran)
    );
    assert!(ran.stdout.contains("  pending: "), "{}", ran.stdout);
    // A settings error: no step is decided, each is named.
    s.edit_env_cfg("XSPOT_KERNEL=", "XSPOT_KERNEL= #");
    let ran = s.builder().args(["--explain", "deploy"]).run().status(0);
    assert!(
        ran.stdout
            .contains("  preconditions: failed: settings: 1 error in conf/env.cfg"),
        "{}",
        ran.stdout
    );
    assert!(
        ran.stdout.contains(
            "  not decided (something before them fails): script-deploy-dir, save-images, \
             snapshot, current, prune\n"
        ),
        "{}",
        ran.stdout
    );
}

#[test]
fn explaining_changes_nothing_under_the_tree_or_the_root() {
    let s = Scenario::new("full").with_etc_xspot().with_admin_edits();
    // The fake rpm's own database, which its first query creates.
    std::fs::create_dir_all(s.path("var/lib/fake-bin/journal")).unwrap();
    std::fs::write(s.path("var/lib/fake-bin/rpmdb"), "").unwrap();
    let before = s.state_all();
    for target in xmake::onboarding::targets::NAMES {
        s.builder()
            .fake_bin()
            .args(["--explain", target])
            .run()
            .status(0);
    }
    s.builder()
        .fake_bin()
        .args(["--explain", "--format=json", "deploy", "base", "controller"])
        .run()
        .status(0);
    // The Makefile's side, in the tree: no recipe runs, and a real run's refusal of
    // `--root` is said, not obeyed.
    let ran = s
        .builder()
        .args(["--explain", "--no-native", "deploy", "image-folder"])
        .run()
        .status(0);
    assert!(
        ran.stdout.starts_with(
            "from the Makefile's recipes (native mode is off); nothing runs under --explain:\n\
         a real run would refuse to start: --root confines native targets only"
        ),
        "{}",
        ran.stdout
    );
    let after = s.state_all();
    assert_eq!(
        before,
        after,
        "{}",
        support::scenario::state_diff(&before, &after)
    );
}

#[test]
fn a_recipe_chain_says_what_is_out_of_date_and_why() {
    let dir = recipe_project();
    let p = dir.path();
    let before = files(p);
    let out = xmake_in(p, &["--explain", "all", "stamp", "sub"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = text(&out.stdout).replace(exe(), "[XMAKE]");
    assert!(
        shown.contains("main.o: out of date (prerequisite 'main.c' is newer)"),
        "{shown}"
    );
    assert!(
        shown.contains("prog: out of date (prerequisite 'main.o' would be remade)"),
        "{shown}"
    );
    assert!(
        shown.contains("util.o: up to date (newer than every prerequisite)"),
        "{shown}"
    );
    assert!(
        shown.contains("util.c: up to date (no rule makes it; the file exists)"),
        "{shown}"
    );
    assert!(
        shown.contains("all: out of date (phony (.PHONY): always remade)"),
        "{shown}"
    );
    insta::assert_snapshot!("explain_recipe_chain", shown);
    // Not even the `+` and `$(MAKE)` lines ran (`-n` runs both), and no file changed.
    assert_eq!(before, files(p));
    let n = xmake_in(p, &["-n", "stamp"]);
    assert!(n.status.success());
    assert!(
        p.join("plus-ran").exists(),
        "-n runs a `+` line: the test must see it"
    );
}

#[test]
fn always_make_and_up_to_date_chains() {
    let dir = recipe_project();
    let p = dir.path();
    let out = xmake_in(p, &["--explain", "-B", "util.o"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("util.o: out of date (-B (--always-make))"));
    let out = xmake_in(p, &["--explain", "util.o"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "work pending or not, the status is 0"
    );
    assert!(text(&out.stdout).ends_with("nothing to do: every file is up to date\n"));
}

#[test]
fn recipe_json_is_one_document_on_stdout() {
    let dir = recipe_project();
    let out = xmake_in(dir.path(), &["--explain", "--format=json", "prog"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc = json(&text(&out.stdout));
    assert_eq!(doc["kind"], "recipe");
    assert_eq!(doc["goals"], serde_json::json!(["prog"]));
    assert_eq!(doc["pending"], true);
    let files = doc["files"].as_array().unwrap();
    let main_o = files.iter().find(|f| f["target"] == "main.o").unwrap();
    assert_eq!(main_o["outcome"], "remake");
    assert_eq!(main_o["depth"], 2);
    assert_eq!(
        main_o["reasons"],
        serde_json::json!([{"reason": "newer-prerequisite", "name": "main.c"}])
    );
    assert_eq!(main_o["rule"], "Makefile:6");
    assert_eq!(
        main_o["recipe"],
        serde_json::json!(["cc -c main.c -o main.o", "echo built main.o"])
    );
    insta::assert_snapshot!(
        "explain_recipe_json",
        serde_json::to_string_pretty(&doc).unwrap()
    );
}

#[test]
fn an_unknown_target_is_bad_input_with_gnus_message() {
    let dir = recipe_project();
    let out = xmake_in(dir.path(), &["--explain", "claen"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    // No terminal: GNU's line alone, no did-you-mean.
    assert_eq!(
        text(&out.stderr),
        "xmake: *** No rule to make target 'claen'.  Stop.\n"
    );
    let out = xmake_in(dir.path(), &["--explain", "--format=bogus", "all"]);
    assert_eq!(out.status.code(), Some(2));
}

/// Runs `xmake ARGS` in `dir` under a pty (`script`), returning what the terminal showed.
fn on_terminal(dir: &Path, args: &str) -> (i32, String) {
    let cmd = format!("{} {args}", exe());
    let out = Command::new("script")
        .current_dir(dir)
        .args(["-qec", &cmd, "/dev/null"])
        .env("NO_COLOR", "1")
        .env_remove("MAKEFLAGS")
        .env_remove("MAKELEVEL")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout).replace("\r\n", "\n"),
    )
}

#[test]
fn did_you_mean_on_a_terminal_only() {
    let dir = recipe_project();
    let (code, shown) = on_terminal(dir.path(), "claen");
    assert_eq!(code, 2);
    assert_eq!(
        shown,
        "xmake: *** No rule to make target 'claen'.  Stop.\nxmake: did you mean 'clean'?\n"
    );
    let (_, shown) = on_terminal(dir.path(), "--explain claen");
    assert!(shown.ends_with("xmake: did you mean 'clean'?\n"), "{shown}");
    // Nothing close: GNU's line alone.
    let (_, shown) = on_terminal(dir.path(), "qqqqqqqqqq");
    assert_eq!(
        shown,
        "xmake: *** No rule to make target 'qqqqqqqqqq'.  Stop.\n"
    );
    // Not a terminal: GNU make's bytes (its program name aside).
    let out = xmake_in(dir.path(), &["claen"]);
    let gnu = Command::new("make")
        .current_dir(dir.path())
        .arg("claen")
        .env_remove("MAKEFLAGS")
        .env_remove("MAKELEVEL")
        .output()
        .unwrap();
    assert_eq!(
        text(&out.stderr),
        text(&gnu.stderr).replacen("make:", "xmake:", 1)
    );
    assert_eq!(out.status.code(), gnu.status.code());
}

#[test]
fn did_you_mean_offers_native_targets_in_a_tree() {
    let s = Scenario::new("full");
    let (code, shown) = on_terminal(&s.tree, "--no-native sync-confg");
    assert_eq!(code, 2);
    insta::assert_snapshot!("did_you_mean_native", shown);
    // restart-post-docker has no rule in this Makefile: it is offered as a native target.
    let (_, shown) = on_terminal(&s.tree, "--no-native restart-post-dockr");
    assert!(
        shown.ends_with("xmake: did you mean 'restart-post-docker'?\n"),
        "{shown}"
    );
}

#[test]
fn help_lists_explain() {
    let out = xmake_in(Path::new("."), &["--help"]);
    assert!(text(&out.stdout).contains("  --explain "));
}

#[test]
fn a_native_prerequisite_of_a_recipe_is_named_not_run() {
    // Without --root (which a recipe refuses), env.cfg's directories inside the scratch root.
    let s = Scenario::new("full").with_absolute_remote_dir();
    let makefile = s.tree.join("Makefile");
    let mut text = std::fs::read_to_string(&makefile).unwrap();
    text.push_str("\nimages: image-folder\n\t@echo images ready\n.PHONY: images\n");
    std::fs::write(&makefile, text).unwrap();
    let before = s.state_all();
    let out = s.xmake_unconfined(&["--explain", "images"]);
    let shown = text_of(&out);
    assert_eq!(out.status.code(), Some(0), "{shown}");
    assert!(
        shown.contains(
            "  image-folder: out of date, runs natively (phony (.PHONY): always remade)\n    \
             runs as xmake's native target: `xmake --explain image-folder` explains it\n"
        ),
        "{shown}"
    );
    assert!(shown.contains("  would run (Makefile:"), "{shown}");
    assert_eq!(before, s.state_all(), "image-folder ran");
}

fn text_of(out: &Output) -> String {
    format!("{}{}", text(&out.stdout), text(&out.stderr))
}

/// The settings loader the CLI uses; once it has read env.cfg, env.cfg changes on disk (an
/// admin's editor saving while `--explain` runs).
struct EditedAfterLoading;

impl xmake::onboarding::site::SiteSource for EditedAfterLoading {
    fn load(
        &self,
        tree_dir: &camino::Utf8Path,
        root: &xmake::adapters::root::Root,
    ) -> xmake::onboarding::site::Site {
        let site = xmake::onboarding::site::default_source().load(tree_dir, root);
        let env = tree_dir.join("conf/env.cfg");
        let text = std::fs::read_to_string(&env).unwrap();
        let edited = text.replace(
            "IMAGE_DEPLOY_DIR=${REMOTE_DIR}/images",
            "\n\n\nIMAGE_DEPLOY_DIR=/elsewhere/images",
        );
        assert_ne!(text, edited);
        std::fs::write(&env, edited).unwrap();
        site
    }
}

#[test]
fn the_keys_a_target_reads_come_from_env_cfg_as_the_settings_read_it() {
    let s = Scenario::new("full").with_etc_xspot();
    let dir = camino::Utf8PathBuf::from_path_buf(s.tree.clone()).unwrap();
    let tree = xmake::onboarding::tree::Tree::discover(&dir)
        .unwrap()
        .unwrap();
    let mut options = xmake::onboarding::Options::new(tree.dir.clone());
    options.root = xmake::adapters::root::Root::new(
        camino::Utf8PathBuf::from_path_buf(s.root.clone()).unwrap(),
    );
    options.format = xmake::onboarding::Format::Json;
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = xmake::onboarding::explain::run(
        &["image-folder".to_owned()],
        &options,
        &tree,
        &EditedAfterLoading,
        &mut out,
        &mut err,
    );
    assert_eq!(status, 0);
    let doc = json(&text(&out));
    let reads = &doc["targets"][0]["reads"];
    let deploy = reads
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "IMAGE_DEPLOY_DIR")
        .unwrap_or_else(|| panic!("{reads}"));
    assert_eq!(deploy["value"], "/nfs-apps/exostellar/images", "{deploy}");
    assert_eq!(deploy["line"], 16, "{deploy}");
}
