//! Per-target scenarios through the native driver: first run, second run changes nothing,
//! `-n` shows the plan and changes nothing, JSON output, and the refusals.

mod support;

use support::scenario::{state_diff, stderr, stdout, summary, Scenario};

const TARGETS: [&str; 4] = [
    "image-folder",
    "sync-config-preview",
    "sync-config",
    "deploy",
];

fn scenario() -> Scenario {
    Scenario::new("full").with_etc_xspot().with_admin_edits()
}

#[test]
fn every_target_is_idempotent() {
    for target in TARGETS {
        let s = scenario();
        let (code, first) = s.xmake_json(&["--yes", target]);
        assert_eq!(code, 0, "{target}: {first}");
        let expected_changes = u64::from(target != "sync-config-preview");
        assert!(summary(&first).1 >= expected_changes, "{target}: {first}");
        let before = s.state(true);
        let (code, second) = s.xmake_json(&["--yes", target]);
        assert_eq!(code, 0);
        assert_eq!(
            summary(&second).1,
            0,
            "{target} changed something again: {second}"
        );
        assert_eq!(summary(&second).3, 0);
        let after = s.state(true);
        assert!(
            before == after,
            "{target} mutated:\n{}",
            state_diff(&before, &after)
        );
    }
}

#[test]
fn dry_run_prints_the_plan_and_changes_nothing() {
    for target in TARGETS {
        let s = scenario();
        let before = s.state(true);
        let out = s.xmake(&["-n", target]);
        assert!(out.status.success(), "{target}: {}", stderr(&out));
        let after = s.state(true);
        assert!(
            before == after,
            "-n {target} mutated:\n{}",
            state_diff(&before, &after)
        );
        assert!(
            !s.tree.join(".xmake").exists(),
            "-n {target} created .xmake"
        );
        let text = stdout(&out);
        assert!(text.contains("dry run"), "{text}");
        if target != "sync-config-preview" {
            assert!(text.contains("would change"), "{target}: {text}");
        }
    }
    let s = scenario();
    let text = stdout(&s.xmake(&["-n", "sync-config"]));
    assert!(text.contains("-ami = \"ami-0a1b2c3d4e5f60718\""), "{text}");
    assert!(text.contains("+ami = \"ami-0fedcba9876543210\""), "{text}");
    assert!(
        text.contains("+++ /etc/xspot/scripts/site_hook.sh"),
        "{text}"
    );
}

#[test]
fn json_report_has_the_documented_shape() {
    let s = scenario();
    let (code, doc) = s.xmake_json(&["image-folder", "deploy"]);
    assert_eq!(code, 0);
    let targets = doc["targets"].as_array().unwrap();
    assert_eq!(targets.len(), 2);
    assert_eq!(targets[0]["name"], "image-folder");
    assert_eq!(targets[0]["mode"], "native");
    let steps = targets[1]["steps"].as_array().unwrap();
    let names: Vec<&str> = steps.iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        [
            "script-deploy-dir",
            "save-images",
            "snapshot",
            "current",
            "prune"
        ]
    );
    let step = &steps[2];
    assert_eq!(step["status"], "changed");
    assert!(step["detail"].as_str().unwrap().contains("2.4.1-1"));
    assert_eq!(summary(&doc), (3, 4, 0, 0));
}

#[test]
fn text_report_ends_each_target_with_a_recap() {
    let s = scenario();
    let text = stdout(&s.xmake(&["image-folder"]));
    assert!(
        text.contains("image-folder: ok=0 changed=2 skipped=0 failed=0"),
        "{text}"
    );
    let text = stdout(&s.xmake(&["image-folder"]));
    assert!(
        text.contains("image-folder: ok=2 changed=0 skipped=0 failed=0"),
        "{text}"
    );
}

#[test]
fn image_folder_never_touches_other_releases() {
    let s = scenario();
    let other = s.path("nfs-apps/exostellar/images/2.3.0");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("base.tar"), "old").unwrap();
    let before = s.state(true);
    assert!(s.xmake(&["image-folder"]).status.success());
    let after = s.state(true);
    assert!(s.path("nfs-apps/exostellar/images/2.4.1").is_dir());
    for (k, v) in &before {
        if k.contains("images/2.3.0") {
            assert_eq!(after.get(k), Some(v));
        }
    }
}

#[test]
fn sync_config_backs_up_replaced_files_and_leaves_tree_only_files() {
    let s = scenario();
    let xspot = s.tree.join("scripts/controller/integrate-xspot");
    std::fs::write(xspot.join("scripts/tree_only.sh"), "keep me\n").unwrap();
    let old_toml = std::fs::read(xspot.join("config/config.toml")).unwrap();
    let out = s.xmake(&["--yes", "sync-config"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("tree_only.sh is only in the tree: left alone"),
        "{text}"
    );
    let toml = std::fs::read_to_string(xspot.join("config/config.toml")).unwrap();
    assert!(toml.contains("ami-0fedcba9876543210"));
    assert_eq!(
        std::fs::read(xspot.join("scripts/tree_only.sh")).unwrap(),
        b"keep me\n"
    );
    assert_eq!(
        std::fs::read(xspot.join("scripts/extra/notes.txt")).unwrap(),
        b"validated\n"
    );
    let backups: Vec<_> = std::fs::read_dir(s.tree.join(".xmake/backup"))
        .unwrap()
        .collect();
    assert_eq!(backups.len(), 1);
    let backup = backups[0].as_ref().unwrap().path();
    let saved = backup.join("scripts/controller/integrate-xspot/config/config.toml");
    assert_eq!(std::fs::read(saved).unwrap(), old_toml);
}

#[test]
fn sync_config_reports_symlinks_leading_outside_etc_xspot() {
    let s = scenario();
    std::fs::write(s.path("secret"), "do not copy\n").unwrap();
    std::os::unix::fs::symlink(s.path("secret"), s.path("etc/xspot/config/leak.toml")).unwrap();
    let out = s.xmake(&["--yes", "sync-config"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("leak.toml is a symlink to"),
        "{}",
        stdout(&out)
    );
    assert!(!s
        .tree
        .join("scripts/controller/integrate-xspot/config/leak.toml")
        .exists());
}

#[test]
fn legacy_layout_keeps_config_toml_beside_config() {
    let s = Scenario::new("legacy-config-path")
        .with_etc_xspot()
        .with_admin_edits();
    assert!(s.xmake(&["--yes", "sync-config"]).status.success());
    let xspot = s.tree.join("scripts/controller/integrate-xspot");
    let toml = std::fs::read_to_string(xspot.join("config.toml")).unwrap();
    assert!(toml.contains("ami-0fedcba9876543210"));
    assert!(!xspot.join("config/config.toml").exists());
}

#[test]
fn deploy_makes_a_new_snapshot_only_when_the_tree_changed() {
    let s = scenario();
    assert!(s.xmake(&["deploy"]).status.success());
    let scripts = s.path("nfs-apps/exostellar/scripts");
    assert_eq!(
        std::fs::read_link(scripts.join("latest")).unwrap().to_str(),
        Some("2.4.1-1")
    );
    assert!(!scripts.join("2.4.1-1/.xmake").exists());
    std::fs::write(s.tree.join("conf/site.note"), "x\n").unwrap();
    let out = s.xmake(&["-n", "deploy"]);
    assert!(
        stdout(&out).contains("+++ conf/site.note"),
        "{}",
        stdout(&out)
    );
    assert!(s.xmake(&["deploy"]).status.success());
    assert_eq!(
        std::fs::read_link(scripts.join("latest")).unwrap().to_str(),
        Some("2.4.1-2")
    );
    assert!(
        scripts.join("2.4.1-1").is_dir(),
        "the previous snapshot is kept"
    );
    assert!(scripts.join("2.4.1-2/conf/site.note").is_file());
}

#[test]
fn deploy_keeps_only_the_configured_number_of_snapshots() {
    let s = scenario();
    for i in 0..4 {
        std::fs::write(s.tree.join("conf/site.note"), format!("{i}\n")).unwrap();
        let out = s.xmake_env(&["deploy"], &[("XMAKE_KEEP_SNAPSHOTS", "2")]);
        assert!(out.status.success(), "{}", stderr(&out));
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let scripts = s.path("nfs-apps/exostellar/scripts");
    let mut names: Vec<String> = std::fs::read_dir(&scripts)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["2.4.1-3", "2.4.1-4", "latest"]);
}

fn assert_refused(s: &Scenario, args: &[&str], message: &str) {
    let before = s.state(true);
    let out = s.xmake(args);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stdout(&out));
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(
        all.contains(message),
        "{args:?}: expected {message:?} in:\n{all}"
    );
    let after = s.state(true);
    assert!(
        before == after,
        "{args:?} changed:\n{}",
        state_diff(&before, &after)
    );
}

#[test]
fn preconditions_refuse_and_change_nothing() {
    let s = Scenario::new("full");
    assert_refused(&s, &["sync-config"], "/etc/xspot does not exist");
    assert_refused(&s, &["sync-config-preview"], "/etc/xspot does not exist");

    let s = scenario();
    std::fs::write(s.path("nfs-apps/exostellar/scripts"), "not a dir").unwrap();
    assert_refused(&s, &["deploy"], "is not a directory");

    let s = scenario();
    let out = s.xmake_env(&["deploy"], &[("XMAKE_FAKE_FREE_BYTES", "1000")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("not enough free space"),
        "{}",
        stdout(&out)
    );
    assert!(!s.path("nfs-apps/exostellar/scripts").exists());

    let s = scenario();
    s.edit_env_cfg("REMOTE_DIR=/nfs-apps/exostellar", "REMOTE_DIR=nfs-apps");
    assert_refused(&s, &["image-folder"], "REMOTE_DIR");
}

#[test]
fn image_folder_refuses_when_remote_dir_is_not_mounted() {
    let s = scenario();
    s.edit_env_cfg("REMOTE_DIR=/nfs-apps/exostellar", "REMOTE_DIR=/mnt/absent");
    assert_refused(&s, &["image-folder"], "mount the shared storage first");
}

#[test]
fn a_second_xmake_stops_and_names_the_holder() {
    let s = scenario();
    std::fs::create_dir_all(s.tree.join(".xmake")).unwrap();
    let lock_path = camino::Utf8PathBuf::from_path_buf(s.tree.join(".xmake/lock")).unwrap();
    let held = xmake::adapters::lock::Lock::acquire(&lock_path, "test").unwrap();
    let out = s.xmake(&["image-folder"]);
    assert_eq!(out.status.code(), Some(2));
    let pid = std::process::id().to_string();
    assert!(
        stdout(&out).contains(&format!("pid {pid}")),
        "{}",
        stdout(&out)
    );
    assert!(!s.path("nfs-apps/exostellar/images").exists());
    drop(held);
    let again = support::run::once_unlocked(|| s.xmake(&["image-folder"]));
    assert!(again.status.success(), "{}", stdout(&again));
}

#[test]
fn deploy_locks_the_deploy_directory_across_trees() {
    let s = scenario();
    let lock = s.path("nfs-apps/exostellar/.scripts.xmake-lock");
    let lock = camino::Utf8PathBuf::from_path_buf(lock).unwrap();
    let held = xmake::adapters::lock::Lock::acquire(&lock, "test").unwrap();
    let out = s.xmake(&["deploy"]);
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(
        text.contains("/nfs-apps/exostellar/.scripts.xmake-lock is locked"),
        "{text}"
    );
    assert!(
        text.contains(&format!("pid {}", std::process::id())),
        "{text}"
    );
    assert!(!s.path("nfs-apps/exostellar/scripts").exists());
    drop(held);
    let again = support::run::once_unlocked(|| s.xmake(&["deploy"]));
    assert!(again.status.success(), "{}", stdout(&again));
}

#[test]
fn running_from_latest_deploys_nothing_new_and_keeps_that_snapshot() {
    let s = scenario();
    assert!(s.xmake(&["deploy"]).status.success());
    let latest = s.path("nfs-apps/exostellar/scripts/latest");
    let out = support::run::Xmake::new()
        .root(&s.root)
        .args(["--format=json", "-n", "deploy"])
        .env("XMAKE_KEEP_SNAPSHOTS", "1")
        .command()
        .current_dir(&latest)
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary(&doc), (5, 0, 0, 0), "{doc}");
}

#[test]
fn json_mode_keeps_stdout_a_document_and_repeats_failures_on_stderr() {
    let s = Scenario::new("full");
    let out = s.xmake(&["--format=json", "sync-config"]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary(&doc), (0, 0, 0, 1));
    assert_eq!(doc["targets"][0]["steps"][0]["status"], "failed");
    assert!(
        stderr(&out).contains("/etc/xspot does not exist"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_preview_leaves_no_trace_in_the_tree() {
    let s = scenario();
    let out = s.xmake(&["sync-config-preview"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("+ami = \"ami-0fedcba9876543210\""),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("/etc/xspot/scripts: 0 changed, 2 added, 0 only in the tree"),
        "{}",
        stdout(&out)
    );
    assert!(!s.tree.join(".xmake").exists());
}

#[test]
fn image_folder_locks_the_image_deploy_directory() {
    let s = scenario();
    let lock = s.path("nfs-apps/exostellar/.images.xmake-lock");
    let lock = camino::Utf8PathBuf::from_path_buf(lock).unwrap();
    let held = xmake::adapters::lock::Lock::acquire(&lock, "test").unwrap();
    let out = s.xmake(&["image-folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains(&format!("pid {}", std::process::id())));
    drop(held);
    let again = support::run::once_unlocked(|| s.xmake(&["image-folder"]));
    assert!(again.status.success(), "{}", stdout(&again));
}

#[test]
fn xmake_state_stays_out_of_the_admins_git() {
    let s = scenario();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(&s.tree)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@x")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@x")
            .output()
            .unwrap()
    };
    if !git(&["init", "-q"]).status.success() {
        return; // no git on this machine: nothing to check
    }
    assert!(git(&["add", "."]).status.success());
    assert!(git(&["commit", "-qm", "2.4.1"]).status.success());
    assert!(s.xmake(&["--yes", "sync-config"]).status.success());
    let status = git(&["status", "--porcelain"]);
    let text = String::from_utf8_lossy(&status.stdout);
    assert!(!text.contains(".xmake"), "{text}");
    assert!(text.contains("config.toml"), "{text}");
    let scripts = s.path("nfs-apps/exostellar/scripts");
    assert!(s.xmake(&["deploy"]).status.success());
    assert!(!scripts.join("2.4.1-1/.git").exists());
}

/// Snapshots the recipe made (old mtimes from `tar -p`, no xmake marker) are never pruned and
/// are named in the plan; xmake's own are pruned newest-first by their marker.
#[test]
fn pruning_keeps_recipe_snapshots_and_removes_only_its_own_oldest() {
    let s = scenario();
    for year in ["2003", "2002", "2001"] {
        let touched = std::process::Command::new("touch")
            .args(["-d", &format!("{year}-01-01")])
            .arg(&s.tree)
            .status()
            .unwrap();
        assert!(touched.success());
        assert!(s.make("deploy").status.success());
    }
    for i in 0..3 {
        std::fs::write(s.tree.join("conf/site.note"), format!("native {i}\n")).unwrap();
        let out = s.xmake_env(&["deploy"], &[("XMAKE_KEEP_SNAPSHOTS", "2")]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            stdout(&out).contains("3 folder(s) without xmake's marker are never removed"),
            "{}",
            stdout(&out)
        );
    }
    let scripts = s.path("nfs-apps/exostellar/scripts");
    let mut names: Vec<String> = std::fs::read_dir(&scripts)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["2.4.1-1", "2.4.1-2", "2.4.1-3", "2.4.1-5", "2.4.1-6", "latest"]
    );
}

#[test]
fn two_syncs_within_a_second_keep_both_backups() {
    let s = scenario();
    assert!(s.xmake(&["--yes", "sync-config"]).status.success());
    let toml = s.path("etc/xspot/config/config.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    std::fs::write(
        &toml,
        text.replace("ami-0fedcba9876543210", "ami-0123456789abcdef0"),
    )
    .unwrap();
    assert!(s.xmake(&["--yes", "sync-config"]).status.success());
    let backups = std::fs::read_dir(s.tree.join(".xmake/backup"))
        .unwrap()
        .count();
    assert_eq!(backups, 2);
}
