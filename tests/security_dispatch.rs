//! Issue 9, points 7, 10 and 12 (`XMAKE_KEEP_SNAPSHOTS`): what decides between a native run
//! and the Makefile recipe can never be used to run env.cfg's code. In a directory holding
//! `conf/env.cfg`, no recipe runs while env.cfg has an error (the canary of
//! `A=$(touch CANARY)` never appears, whatever the goal and whatever state `version` is in);
//! a goal named like a native target says why its recipe runs; `--root` with a recipe is
//! refused before anything runs; a Makefile GNU make cannot read stops native targets and
//! check-config with GNU's message; outside onboarding trees xmake stays GNU make.

mod support;

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Output};

use support::scenario::{state_diff, stderr, stdout, Scenario};

/// A tree whose env.cfg names directories inside the scratch root (runs without `--root`
/// cannot reach the real node even if a recipe ran), with a canary in env.cfg.
fn with_canary() -> (Scenario, std::path::PathBuf) {
    let s = Scenario::new("full").with_absolute_remote_dir();
    let canary = s.path("CANARY");
    let env = s.tree.join("conf/env.cfg");
    let mut text = std::fs::read_to_string(&env).unwrap();
    let _ = writeln!(text, "A=$(touch {})", canary.display());
    std::fs::write(&env, text).unwrap();
    (s, canary)
}

/// Breaks the tree's `version` the ways that used to make xmake fall back silently.
fn break_version(s: &Scenario, how: &str) {
    let version = s.tree.join("version");
    std::fs::remove_file(&version).unwrap();
    match how {
        "missing" => {}
        "directory" => std::fs::create_dir(&version).unwrap(),
        "dangling link" => std::os::unix::fs::symlink("no-such-file", &version).unwrap(),
        _ => unreachable!(),
    }
}

/// Runs `args` without `--root`, asserting the run stopped with status 2, changed nothing
/// and never created the canary.
fn refused(s: &Scenario, canary: &Path, args: &[&str]) -> Output {
    let before = s.state_all();
    let out = s.xmake_unconfined(args);
    let after = s.state_all();
    assert!(
        !canary.exists(),
        "{args:?} ran env.cfg's code:\n{}",
        stderr(&out)
    );
    assert_eq!(out.status.code(), Some(2), "{args:?}:\n{}", stderr(&out));
    assert!(
        before == after,
        "{args:?} changed the root:\n{}",
        state_diff(&before, &after)
    );
    out
}

#[test]
fn env_cfg_code_never_runs_whatever_the_goal() {
    let goals: [&[&str]; 8] = [
        &["deploy"],
        &["image-folder", "check-config"],
        &["base"],
        &[],
        &["deploy", "ROOT=/x"],
        &["base", "ROOT=/x"],
        &["--no-native", "deploy"],
        &["-n", "base"],
    ];
    for version in [
        None,
        Some("missing"),
        Some("directory"),
        Some("dangling link"),
    ] {
        let (s, canary) = with_canary();
        if let Some(how) = version {
            break_version(&s, how);
        }
        for args in goals {
            refused(&s, &canary, args);
        }
    }
}

#[test]
fn the_recipe_is_refused_with_check_configs_message() {
    let (s, canary) = with_canary();
    let out = refused(&s, &canary, &["help"]);
    let err = stderr(&out);
    assert!(err.contains("error[envcfg::command-substitution]"), "{err}");
    assert!(
        err.contains("xmake: conf/env.cfg has errors, and the recipes source it"),
        "{err}"
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn a_native_name_says_why_its_recipe_runs() {
    let s = Scenario::new("full").with_absolute_remote_dir();
    // `-n`: the recipes are printed, not run.
    let why = |args: &[&str]| {
        let out = s.xmake_unconfined(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let lines: Vec<String> = stderr(&out)
            .lines()
            .filter(|l| l.starts_with("xmake: "))
            .map(str::to_owned)
            .collect();
        lines
    };
    assert_eq!(
        why(&["-n", "deploy", "ROOT=/x"]),
        ["xmake: running the Makefile recipe of deploy: make variables are set on the command line (ROOT), and native targets read none"]
    );
    assert_eq!(
        why(&["-n", "--no-native", "image-folder"]),
        ["xmake: running the Makefile recipe of image-folder: native mode is off (--no-native or XMAKE_NATIVE=0)"]
    );
    for (how, text) in [
        ("missing", "version is missing"),
        ("directory", "version is a directory"),
        ("dangling link", "version is a dangling link"),
    ] {
        let s = Scenario::new("full").with_absolute_remote_dir();
        break_version(&s, how);
        let out = s.xmake_unconfined(&["-n", "deploy"]);
        assert_eq!(
            stderr(&out).lines().next().unwrap_or_default(),
            format!("xmake: running the Makefile recipe of deploy: {text}, so this is not a recognised onboarding tree")
        );
    }
    // An ordinary recipe target, and a native one run natively by the engine: no line.
    assert!(why(&["-n", "help"]).is_empty());
    assert!(why(&["-n", "help", "image-folder"]).is_empty());
}

/// `program args` in `dir`, with a clean environment for make.
fn run_in(program: &str, dir: &Path, args: &[&str]) -> Output {
    Command::new(program)
        .arg("-C")
        .arg(dir)
        .args(args)
        .env_remove("MAKEFLAGS")
        .env_remove("MAKELEVEL")
        .env_remove("XMAKE_NATIVE")
        .output()
        .unwrap()
}

/// stdout and stderr with the program's name made neutral.
fn neutral(out: &Output, program: &str) -> (String, String) {
    let fix = |t: String| t.replace(&format!("{program}:"), "PROG:");
    (fix(stdout(out)), fix(stderr(out)))
}

#[test]
fn ordinary_recipes_print_what_gnu_make_prints() {
    let s = Scenario::new("full").with_absolute_remote_dir();
    for args in [&["help"][..], &[], &["-n", "help"]] {
        let ours = run_in(support::run::exe(), &s.tree, args);
        let gnu = run_in("/usr/bin/make", &s.tree, args);
        assert_eq!(ours.status.code(), gnu.status.code(), "{args:?}");
        assert_eq!(neutral(&ours, "xmake"), neutral(&gnu, "make"), "{args:?}");
    }
}

#[test]
fn outside_an_onboarding_tree_native_names_are_plain_recipes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("Makefile"),
        "deploy:\n\t@echo deployed\ncheck-config:\n\t@echo checked\n",
    )
    .unwrap();
    // A project's own `conf/env.cfg` (no `version`, no integrate-xspot folder) is not looked
    // at: xmake is GNU make there.
    std::fs::create_dir(dir.path().join("conf")).unwrap();
    std::fs::write(dir.path().join("conf/env.cfg"), "A=$(touch CANARY)\n").unwrap();
    for args in [
        &["deploy"][..],
        &["check-config", "deploy"],
        &["-n", "deploy", "X=1"],
    ] {
        let ours = run_in(support::run::exe(), dir.path(), args);
        let gnu = run_in("/usr/bin/make", dir.path(), args);
        assert_eq!(ours.status.code(), gnu.status.code(), "{args:?}");
        assert_eq!(neutral(&ours, "xmake"), neutral(&gnu, "make"), "{args:?}");
    }
}

#[test]
fn root_with_a_recipe_goal_is_refused_before_anything_runs() {
    let s = Scenario::new("full");
    let marker = s.path("ran");
    let makefile = s.tree.join("Makefile");
    let mut text = std::fs::read_to_string(&makefile).unwrap();
    let _ = write!(text, "\nmark:\n\ttouch {}\n", marker.display());
    std::fs::write(&makefile, text).unwrap();
    for (args, named) in [
        (&["mark"][..], "mark"),
        (&["image-folder", "mark"], "image-folder mark"),
        (&["deploy", "ROOT=/x"], "deploy"),
        (&["--no-native", "deploy"], "deploy"),
        (&["-n", "mark"], "mark"),
        (&[], "the default goal"),
    ] {
        let before = s.state_all();
        let out = s.xmake(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains(&format!(
                "a recipe cannot be confined: refusing to run the Makefile for {named}; nothing was run"
            )),
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(stdout(&out), "", "{args:?}");
        assert!(!marker.exists());
        assert!(before == s.state_all(), "{args:?}");
    }
}

/// The full tree with the `deploy` recipe line indented by spaces; the line number.
fn broken_makefile() -> (Scenario, usize) {
    let s = Scenario::new("full").with_etc_xspot();
    let makefile = s.tree.join("Makefile");
    let text = std::fs::read_to_string(&makefile).unwrap();
    let recipe = "\t@bash $(MAKE_SCRIPTS)/deploy.sh";
    let line = text.lines().position(|l| l == recipe).unwrap() + 1;
    std::fs::write(
        &makefile,
        text.replace(recipe, "    @bash $(MAKE_SCRIPTS)/deploy.sh"),
    )
    .unwrap();
    (s, line)
}

#[test]
fn a_makefile_gnu_make_cannot_read_stops_native_targets() {
    let (s, line) = broken_makefile();
    let message = format!("Makefile:{line}: *** missing separator.  Stop.\n");
    let gnu = run_in("/usr/bin/make", &s.tree, &["deploy"]);
    assert!(stderr(&gnu).contains(&message), "GNU: {}", stderr(&gnu));
    for args in [
        &["check-config"][..],
        &["deploy"],
        &["image-folder", "sync-config", "deploy"],
        &["-n", "deploy"],
        &["-q", "deploy"],
        &["-t", "deploy"],
        &["--format=json", "check-config"],
    ] {
        let before = s.state_all();
        let out = s.xmake(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out), message, "{args:?}");
        assert_eq!(stdout(&out), "", "{args:?}");
        assert!(before == s.state_all(), "{args:?}");
    }
    assert!(!s.path("nfs-apps/exostellar/scripts").exists());
}

#[test]
fn a_missing_include_stops_native_targets_as_gnu_make_does() {
    let s = Scenario::new("full");
    let makefile = s.tree.join("Makefile");
    let text = std::fs::read_to_string(&makefile).unwrap();
    std::fs::write(&makefile, format!("include site.mk\n{text}")).unwrap();
    let before = s.state_all();
    let out = s.xmake(&["deploy"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "Makefile:1: site.mk: No such file or directory\nxmake: *** No rule to make target 'site.mk'.  Stop.\n"
    );
    assert!(before == s.state_all());
}

#[test]
fn keep_snapshots_must_be_a_non_negative_integer() {
    let s = Scenario::new("full");
    for bad in ["abc", "", "-1", "5x", "1.5", "99999999999999999999999"] {
        let before = s.state_all();
        let out = s.xmake_env(&["deploy"], &[("XMAKE_KEEP_SNAPSHOTS", bad)]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(
            stderr(&out).contains("XMAKE_KEEP_SNAPSHOTS must be a non-negative integer"),
            "{bad:?}: {}",
            stderr(&out)
        );
        assert!(before == s.state_all(), "{bad:?}");
    }
    let out = s.xmake_env(&["deploy"], &[("XMAKE_KEEP_SNAPSHOTS", " 3 ")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(s.path("nfs-apps/exostellar/scripts/2.4.1-1").is_dir());
}

#[test]
fn an_env_cfg_that_is_not_a_file_stops_the_recipes_without_blocking() {
    let s = Scenario::new("full").with_absolute_remote_dir();
    let env = s.tree.join("conf/env.cfg");
    std::fs::remove_file(&env).unwrap();
    assert!(Command::new("mkfifo").arg(&env).status().unwrap().success());
    let out = refused(&s, &s.path("CANARY"), &["help"]);
    assert!(
        stderr(&out).contains("conf/env.cfg is not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn value_errors_stop_only_the_recipes_of_native_names() {
    // No code in env.cfg, but a relative REMOTE_DIR (a check-config error), and `version`
    // missing: `deploy` would have been refused natively, so its recipe is refused too;
    // an ordinary recipe target still runs (GNU make's meaning of the Makefile).
    let s = Scenario::new("full").with_absolute_remote_dir();
    let remote = s.path("nfs-apps/exostellar");
    s.edit_env_cfg(
        &format!("REMOTE_DIR={}", remote.display()),
        "REMOTE_DIR=nfs-apps/exostellar",
    );
    break_version(&s, "missing");
    let out = refused(&s, &s.path("CANARY"), &["-n", "deploy"]);
    assert!(
        stderr(&out).contains("error[envcfg::relative-remote-dir]"),
        "{}",
        stderr(&out)
    );
    let out = s.xmake_unconfined(&["-n", "help"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
}
