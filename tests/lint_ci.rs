//! `xmake --lint` keeps the conventions CI linters keep, through the real executable: exit
//! status 0 clean / 1 findings at or above the failing level (`--deny`) / 2 could not lint;
//! a directory that is not a tree said so; the tree linted, not the machine (node checks only
//! with `--node`), so a clean tree is clean everywhere and `JUnit` reports no failure; silences
//! in `.xmake.toml` and in comments of env.cfg and the Makefile, and silences that silence
//! nothing reported.

mod support;

use support::files::{edit, repo, tree_copy};
use support::lint::xmake;

use std::path::Path;

use serde_json::Value;

/// `--lint --format=json` plus `args`: (status, the findings' codes, stderr).
fn lint_codes(dir: &Path, args: &[&str]) -> (i32, Vec<String>, String) {
    let mut all = vec!["--lint", "--format=json"];
    all.extend_from_slice(args);
    let out = xmake(dir, &all);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let doc: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{stderr}", String::from_utf8_lossy(&out.stdout)));
    let codes = doc["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_owned))
        .collect();
    (out.status.code().unwrap_or(-1), codes, stderr)
}

/// A tree with one warning (`startup.sh` not executable) and nothing else.
fn tree_with_a_warning() -> tempfile::TempDir {
    let tree = tree_copy("minimal");
    let script = tree
        .path()
        .join("scripts/controller/integrate-xspot/scripts/startup.sh");
    let mut perms = std::fs::metadata(&script).expect("stat").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o644);
    std::fs::set_permissions(&script, perms).expect("chmod");
    tree
}

#[test]
fn exit_status_is_0_clean_1_findings_2_could_not_run() {
    let full = repo().join("fixtures/trees/full");
    assert_eq!(xmake(&full, &["--lint"]).status.code(), Some(0));
    let broken = repo().join("fixtures/lint/broken");
    assert_eq!(xmake(&broken, &["--lint"]).status.code(), Some(1));

    let tree = tree_with_a_warning();
    let (code, codes, _) = lint_codes(tree.path(), &[]);
    assert_eq!(
        (code, codes.as_slice()),
        (0, &["lint::not-executable".to_owned()][..])
    );
    let (code, _, _) = lint_codes(tree.path(), &["--deny=warning"]);
    assert_eq!(code, 1, "--deny=warning fails on a warning");
    let (code, _, _) = lint_codes(tree.path(), &["--deny", "note"]);
    assert_eq!(code, 1);
    let (code, _, _) = lint_codes(&full, &["--deny=note"]);
    assert_eq!(code, 0, "a clean tree passes at every level");

    for bad in [
        &["--lint", "--deny=fatal"][..],
        &["--lint", "--format=yaml"],
    ] {
        let out = xmake(tree.path(), bad);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(out.stdout.is_empty());
    }
    let out = xmake(tree.path(), &["--lint", "--deny=fatal"]);
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("unknown --deny 'fatal': use 'error', 'warning', 'note'"));
}

#[test]
fn outside_a_tree_the_lint_says_so_instead_of_listing_missing_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("Makefile"), "all:\n\t@echo hi\n").expect("write");
    let out = xmake(dir.path(), &["--lint", "--format=sarif"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "no document when nothing was linted");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is not an onboarding tree (it has none of conf/env.cfg, version, scripts/controller/integrate-xspot); nothing was linted"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    // A tree missing some of its files is still a tree: it is linted and says what it lacks.
    let tree = tree_copy("minimal");
    std::fs::remove_file(tree.path().join("version")).expect("rm");
    let (code, codes, _) = lint_codes(tree.path(), &[]);
    assert_eq!(code, 1);
    assert!(
        codes.contains(&"lint::missing-file".to_owned()),
        "{codes:?}"
    );
}

#[test]
fn the_tree_is_linted_not_the_machine_unless_node_asks() {
    // The full tree names /nfs-apps and /ontap directories that no CI runner has.
    let full = repo().join("fixtures/trees/full");
    let empty_root = tempfile::tempdir().expect("temp dir");
    let root = empty_root.path().to_str().expect("utf-8");
    let (code, codes, _) = lint_codes(&full, &["--root", root]);
    assert_eq!((code, codes.len()), (0, 0), "{codes:?}");

    let (code, codes, _) = lint_codes(&full, &["--root", root, "--node"]);
    assert_eq!(code, 0, "node findings are warnings");
    assert!(
        codes.iter().all(|c| c == "envcfg::missing-dir") && codes.len() == 5,
        "{codes:?}"
    );
    let (code, _, _) = lint_codes(&full, &["--root", root, "--node", "--deny=warning"]);
    assert_eq!(code, 1);

    // JUnit on the real machine: every rule a passing testcase.
    let out = xmake(&full, &["--lint", "--format=junit"]);
    assert_eq!(out.status.code(), Some(0));
    let junit = String::from_utf8_lossy(&out.stdout);
    assert!(
        junit.contains("<testsuites name=\"xmake lint\" tests=\"11\" failures=\"0\" errors=\"0\">"),
        "{junit}"
    );
    assert!(!junit.contains("<failure"), "{junit}");
}

#[test]
fn xmake_toml_silences_codes_in_the_tree_and_per_file() {
    let tree = tree_with_a_warning();
    std::fs::remove_file(
        tree.path()
            .join("scripts/templates/customize_worker_ami.sh"),
    )
    .expect("rm");
    let (_, mut codes, _) = lint_codes(tree.path(), &[]);
    codes.sort();
    assert_eq!(codes, ["lint::incomplete-layout", "lint::not-executable"]);

    std::fs::write(
        tree.path().join(".xmake.toml"),
        "[lint]\nallow = [\"lint::incomplete-layout\"]\n\n[lint.per-file]\n\"scripts/controller/\" = [\"lint::not-executable\"]\n",
    )
    .expect("write");
    let (code, codes, stderr) = lint_codes(tree.path(), &["--deny=warning"]);
    assert_eq!((code, codes.len()), (0, 0), "{codes:?} {stderr}");

    // A per-file silence names one file exactly; another file is not covered.
    std::fs::write(
        tree.path().join(".xmake.toml"),
        "[lint.per-file]\n\"scripts/templates/customize_worker_ami.sh\" = [\"lint::incomplete-layout\"]\n\"scripts/other.sh\" = [\"lint::not-executable\"]\n",
    )
    .expect("write");
    let out = xmake(tree.path(), &["--lint"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains("lint::incomplete-layout"), "{text}");
    assert!(text.contains("warning[lint::not-executable]"), "{text}");
    assert!(
        text.contains(".xmake.toml:3:23: warning[lint::unused-silence]: `lint::not-executable` is silenced in `scripts/other.sh`, but nothing there is reported with that code"),
        "{text}"
    );
}

#[test]
fn a_broken_lint_configuration_stops_the_lint_with_status_2() {
    let tree = tree_copy("minimal");
    for (text, why) in [
        ("[lint]\nallow = \"lint::x\"\n", "invalid type"),
        ("[lint]\nignore = []\n", "unknown field `ignore`"),
        ("[lint\n", "invalid table header"),
    ] {
        std::fs::write(tree.path().join(".xmake.toml"), text).expect("write");
        let out = xmake(tree.path(), &["--lint", "--format=json"]);
        assert_eq!(out.status.code(), Some(2), "{text}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(".xmake.toml:") && stderr.contains("error[lint::config]"),
            "{stderr}"
        );
        assert!(stderr.contains(why), "{why}: {stderr}");
    }
    // Other tables are left to other tools.
    std::fs::write(tree.path().join(".xmake.toml"), "[other]\nx = 1\n").expect("write");
    assert_eq!(xmake(tree.path(), &["--lint"]).status.code(), Some(0));
}

#[test]
fn comments_in_env_cfg_and_the_makefile_silence_their_line() {
    let tree = tree_copy("minimal");
    let env = tree.path().join("conf/env.cfg");
    let makefile = tree.path().join("Makefile");
    edit(&env, |t| {
        format!("{t}SITE_NOTE=1\nOTHER=2 # xmake-lint: allow envcfg::unknown-key\n")
    });
    edit(&makefile, |t| format!("{t}\ndeploy:\n\t@echo again\n"));
    let (code, codes, _) = lint_codes(tree.path(), &[]);
    assert_eq!(code, 0);
    assert_eq!(
        codes.iter().filter(|c| *c == "envcfg::unknown-key").count(),
        1,
        "OTHER silenced, SITE_NOTE not: {codes:?}"
    );
    assert!(codes.contains(&"lint::makefile-warning".to_owned()));

    // A comment alone on its line silences the line below it.
    edit(&env, |t| {
        t.replace(
            "SITE_NOTE=1\n",
            "# xmake-lint: allow envcfg::unknown-key\nSITE_NOTE=1\n",
        )
    });
    let makefile_text = std::fs::read_to_string(&makefile).expect("read");
    let lines: Vec<&str> = makefile_text.lines().collect();
    let deploys: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("deploy:"))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(deploys.len(), 2);
    // GNU warns at the second rule's recipe line and at the first one's.
    let mut out_lines: Vec<String> = lines.iter().map(|l| (*l).to_owned()).collect();
    for &i in deploys.iter().rev() {
        out_lines[i + 1].push_str(" # xmake-lint: allow lint::makefile-warning");
    }
    std::fs::write(&makefile, out_lines.join("\n") + "\n").expect("write");
    let (code, codes, _) = lint_codes(tree.path(), &["--deny=warning"]);
    assert_eq!((code, codes.len()), (0, 0), "{codes:?}");

    // Once the key is gone, its silence is reported at the code in the comment.
    edit(&env, |t| t.replace("OTHER=2 ", ""));
    let out = xmake(tree.path(), &["--lint"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "a warning: {text}");
    assert!(
        text.contains("warning[lint::unused-silence]: `envcfg::unknown-key` is silenced on line"),
        "{text}"
    );
    assert!(
        text.contains("^^^^^^^^^^^^^^^^^^^ silences nothing"),
        "{text}"
    );
}

#[test]
fn silences_of_node_checks_are_not_stale_without_node_and_typos_are_reported() {
    let tree = tree_copy("minimal");
    std::fs::write(
        tree.path().join(".xmake.toml"),
        "[lint]\nallow = [\"envcfg::missing-dir\", \"lint::no-such-rule\"]\n",
    )
    .expect("write");
    let out = xmake(tree.path(), &["--lint", "--format=json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let diags = doc["diagnostics"].as_array().expect("array");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["code"], "lint::unused-silence");
    assert_eq!(diags[0]["file"], ".xmake.toml");
    assert_eq!(diags[0]["line"], 2);
    assert!(diags[0]["help"]
        .as_str()
        .is_some_and(|h| h.contains("no check has this code")));

    // With --node the node check runs, on a machine without the directories, and is silenced.
    let empty_root = tempfile::tempdir().expect("temp dir");
    let root = empty_root.path().to_str().expect("utf-8");
    let (_, codes, _) = lint_codes(tree.path(), &["--node", "--root", root]);
    assert_eq!(codes, ["lint::unused-silence"], "missing-dir silenced");
    // `lint::unused-silence` can itself be allowed.
    std::fs::write(
        tree.path().join(".xmake.toml"),
        "[lint]\nallow = [\"lint::no-such-rule\", \"lint::unused-silence\"]\n",
    )
    .expect("write");
    let (code, codes, _) = lint_codes(tree.path(), &["--deny=note"]);
    assert_eq!((code, codes.len()), (0, 0), "{codes:?}");
}
