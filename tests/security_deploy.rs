//! Security of `deploy`'s snapshots (issue 9, points 3 and 4): `prune` removes only the
//! snapshots xmake made and can prove it made (a `<release>-<n>` folder holding a valid
//! `.xmake-snapshot.json` owned by this user), newest by the marker's sequence number; admin
//! folders, folders made by the recipe or an older xmake, and look-alikes are never touched.

mod support;

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

use support::scenario::{state_diff, stderr, stdout, Scenario};

const MARKER: &str = ".xmake-snapshot.json";

fn scenario() -> Scenario {
    Scenario::new("full").with_etc_xspot().with_admin_edits()
}

fn scripts(s: &Scenario) -> std::path::PathBuf {
    s.path("nfs-apps/exostellar/scripts")
}

/// Sorted names in a directory.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The part of a root state under `prefix/` (and `prefix` itself).
fn under(state: &BTreeMap<String, String>, prefix: &str) -> BTreeMap<String, String> {
    state
        .iter()
        .filter(|(k, _)| *k == prefix || k.starts_with(&format!("{prefix}/")))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Changes the tree, then deploys with `XMAKE_KEEP_SNAPSHOTS=keep`; must succeed.
fn deploy_change(s: &Scenario, i: usize, keep: &str, env: &[(&str, &str)]) -> String {
    std::fs::write(s.tree.join("conf/site.note"), format!("change {i}\n")).unwrap();
    let mut all = vec![("XMAKE_KEEP_SNAPSHOTS", keep)];
    all.extend_from_slice(env);
    let out = s.xmake_env(&["deploy"], &all);
    assert!(
        out.status.success(),
        "deploy {i}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

fn mkdir_with_file(dir: &Path, file: &str, text: &str) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(dir.join(file), text).unwrap();
}

fn latest(s: &Scenario) -> String {
    std::fs::read_link(scripts(s).join("latest"))
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn each_snapshot_holds_a_read_only_marker_naming_it() {
    let s = scenario();
    deploy_change(&s, 1, "5", &[]);
    deploy_change(&s, 2, "5", &[]);
    for (n, name) in ["2.4.1-1", "2.4.1-2"].iter().enumerate() {
        let marker = scripts(&s).join(name).join(MARKER);
        let meta = std::fs::symlink_metadata(&marker).unwrap();
        assert!(meta.file_type().is_file());
        assert_eq!(meta.permissions().mode() & 0o7777, 0o444);
        // SAFETY: geteuid cannot fail.
        assert_eq!(meta.uid(), unsafe { libc::geteuid() });
        let doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&marker).unwrap()).unwrap();
        assert_eq!(doc["name"], *name);
        assert_eq!(doc["release"], "2.4.1");
        assert_eq!(doc["sequence"], n as u64 + 1);
        assert_eq!(doc["xmake"], env!("CARGO_PKG_VERSION"));
        assert!(doc["created_unix"].as_u64().unwrap() > 1_700_000_000);
    }
    // The marker is not part of the comparison with the tree: nothing new to deploy.
    let out = s.xmake(&["deploy"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("latest (2.4.1-2) is identical to the tree"),
        "{}",
        stdout(&out)
    );
    assert_eq!(names(&scripts(&s)), ["2.4.1-1", "2.4.1-2", "latest"]);
}

#[test]
fn a_marker_planted_in_the_tree_is_never_deployed() {
    let s = scenario();
    let planted = r#"{"name":"python3-1","release":"python3","sequence":99,"created_unix":1,"created_nanos":0,"xmake":"0.1.0"}"#;
    std::fs::write(s.tree.join(MARKER), planted).unwrap();
    deploy_change(&s, 1, "5", &[]);
    let marker = std::fs::read_to_string(scripts(&s).join("2.4.1-1").join(MARKER)).unwrap();
    assert!(marker.contains("\"name\": \"2.4.1-1\""), "{marker}");
    assert!(!marker.contains("python3"), "{marker}");
    assert_eq!(
        std::fs::read_to_string(s.tree.join(MARKER)).unwrap(),
        planted
    );
}

/// Folders beside the snapshots that xmake did not make, each a different way of looking
/// like a snapshot, survive any number of prunes byte for byte.
#[test]
fn prune_never_removes_folders_it_cannot_prove_it_made() {
    let s = scenario();
    deploy_change(&s, 0, "5", &[]);
    let dir = scripts(&s);
    mkdir_with_file(&dir.join("manual-backup-20240101"), "keep.txt", "admin\n");
    // Named like a snapshot of this release, made by hand (or the recipe, or an older xmake).
    mkdir_with_file(&dir.join("2.4.1-0"), "by-hand.txt", "old\n");
    // A marker that is a symlink to a real one.
    mkdir_with_file(&dir.join("2.4.1-50"), "x", "x\n");
    std::os::unix::fs::symlink(
        dir.join("2.4.1-1").join(MARKER),
        dir.join("2.4.1-50").join(MARKER),
    )
    .unwrap();
    // A real marker copied from another snapshot: it names that one.
    mkdir_with_file(&dir.join("2.4.1-51"), "x", "x\n");
    std::fs::copy(
        dir.join("2.4.1-1").join(MARKER),
        dir.join("2.4.1-51").join(MARKER),
    )
    .unwrap();
    // A valid-looking marker owned by someone else.
    mkdir_with_file(&dir.join("2.4.1-52"), "x", "x\n");
    std::fs::write(
        dir.join("2.4.1-52").join(MARKER),
        r#"{"name":"2.4.1-52","release":"2.4.1","sequence":1,"created_unix":1,"created_nanos":0,"xmake":"0.1.0"}"#,
    )
    .unwrap();
    std::os::unix::fs::chown(dir.join("2.4.1-52").join(MARKER), Some(65534), Some(65534)).unwrap();
    // A marker that is a fifo (reading it must not block).
    mkdir_with_file(&dir.join("2.4.1-53"), "x", "x\n");
    let fifo = std::ffi::CString::new(dir.join("2.4.1-53").join(MARKER).to_str().unwrap()).unwrap();
    // SAFETY: mkfifo with a valid C string.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    // A symlink named like a snapshot, to a folder outside.
    mkdir_with_file(&s.path("elsewhere/2.4.1-54"), "precious", "p\n");
    std::os::unix::fs::symlink(s.path("elsewhere/2.4.1-54"), dir.join("2.4.1-54")).unwrap();
    // A staging leftover that is not xmake's (not empty, no marker).
    mkdir_with_file(&dir.join(".xmake-staging-2.4.1-60"), "someone.txt", "s\n");
    mkdir_with_file(&dir.join(".2.4.1-61.xmake-trash"), "someone.txt", "t\n");

    let before = s.state(false);
    let planted: Vec<String> = names(&dir)
        .into_iter()
        .filter(|n| n != "2.4.1-1" && n != "latest")
        .collect();
    for i in 1..=3 {
        let text = deploy_change(&s, i, "1", &[]);
        assert!(
            text.contains("folder(s) without xmake's marker are never removed"),
            "{text}"
        );
        assert!(
            text.contains("kept /nfs-apps/exostellar/scripts/manual-backup-20240101"),
            "{text}"
        );
    }
    let after = s.state(false);
    for name in &planted {
        let prefix = format!("nfs-apps/exostellar/scripts/{name}");
        let (a, b) = (under(&before, &prefix), under(&after, &prefix));
        assert!(!a.is_empty(), "{name} was not planted");
        assert!(a == b, "{name} changed:\n{}", state_diff(&a, &b));
    }
    let marker_of = |n: &str| std::fs::symlink_metadata(dir.join(n).join(MARKER)).unwrap();
    assert!(marker_of("2.4.1-50").file_type().is_symlink());
    assert_eq!(marker_of("2.4.1-52").uid(), 65534);
    assert_eq!(under(&before, "elsewhere"), under(&after, "elsewhere"));
    // Only xmake's own snapshots were pruned; numbers continue after the highest name seen
    // (leftovers' included, so no trash name of a planted folder is ever reused).
    let own: Vec<String> = names(&dir)
        .into_iter()
        .filter(|n| !planted.contains(n) && n != "latest")
        .collect();
    assert_eq!(own, ["2.4.1-64"]);
    assert_eq!(latest(&s), "2.4.1-64");
}

/// `SCRIPT_DEPLOY_DIR=/etc` with `XMAKE_KEEP_SNAPSHOTS=2`: `/etc/python3-1..7` (and the rest of
/// `/etc`) survive; only xmake's two newest snapshots stay.
#[test]
fn a_deploy_dir_of_etc_keeps_every_folder_of_etc() {
    let s = scenario();
    s.edit_env_cfg(
        "SCRIPT_DEPLOY_DIR=${REMOTE_DIR}/scripts",
        "SCRIPT_DEPLOY_DIR=/etc",
    );
    let etc = s.path("etc");
    for n in 1..=7 {
        mkdir_with_file(
            &etc.join(format!("python3-{n}")),
            "__init__.py",
            &format!("{n}\n"),
        );
    }
    mkdir_with_file(&etc.join("ssh-2"), "sshd_config", "PermitRootLogin no\n");
    let before = s.state(false);
    for i in 1..=4 {
        deploy_change(&s, i, "2", &[]);
    }
    let after = s.state(false);
    for (k, v) in &before {
        if k.starts_with("etc/") && !k.starts_with("etc/2.4.1-") {
            assert_eq!(after.get(k), Some(v), "{k} changed or vanished");
        }
    }
    let got: Vec<String> = names(&etc)
        .into_iter()
        .filter(|n| n.starts_with("2.4.1-") || n == "latest")
        .collect();
    assert_eq!(got, ["2.4.1-3", "2.4.1-4", "latest"]);
    assert_eq!(
        std::fs::read_link(etc.join("latest")).unwrap().to_str(),
        Some("2.4.1-4")
    );
}

/// `chmod -R` (which changes every ctime) on the oldest snapshots does not make them look
/// newer: the newest snapshot, latest's target, is kept.
#[test]
fn chmod_r_does_not_change_which_snapshots_are_pruned() {
    let s = scenario();
    for i in 1..=3 {
        deploy_change(&s, i, "5", &[]);
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let dir = scripts(&s);
    for name in ["2.4.1-3", "2.4.1-2", "2.4.1-1"] {
        let ok = std::process::Command::new("chmod")
            .args(["-R", "g-w"])
            .arg(dir.join(name))
            .status()
            .unwrap();
        assert!(ok.success());
        let ok = std::process::Command::new("touch")
            .args(["-d", "2001-01-01"])
            .arg(dir.join(name))
            .status()
            .unwrap();
        assert!(ok.success());
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    deploy_change(&s, 4, "2", &[]);
    assert_eq!(names(&dir), ["2.4.1-3", "2.4.1-4", "latest"]);
    assert_eq!(latest(&s), "2.4.1-4");
    // Rolled back: latest points at an older snapshot; with one kept, the rollback target
    // (pinned) and the newest both stay, until latest moves on.
    std::os::unix::fs::symlink("2.4.1-3", dir.join("latest.new")).unwrap();
    std::fs::rename(dir.join("latest.new"), dir.join("latest")).unwrap();
    std::os::unix::fs::symlink("2.4.1-3", dir.join("current")).unwrap();
    deploy_change(&s, 5, "1", &[]);
    assert_eq!(names(&dir), ["2.4.1-3", "2.4.1-5", "current", "latest"]);
    assert_eq!(latest(&s), "2.4.1-5");
}

/// Snapshots of another release count by their sequence, not their name or times.
#[test]
fn snapshots_of_several_releases_are_ordered_by_sequence() {
    let s = scenario();
    deploy_change(&s, 1, "5", &[]);
    std::fs::write(s.tree.join("version"), "2.10.0\n").unwrap();
    deploy_change(&s, 2, "5", &[]);
    std::fs::write(s.tree.join("version"), "2.4.1\n").unwrap();
    deploy_change(&s, 3, "5", &[]);
    // Make the oldest look newest every way a timestamp can.
    let ok = std::process::Command::new("touch")
        .arg(scripts(&s).join("2.4.1-1"))
        .status()
        .unwrap();
    assert!(ok.success());
    deploy_change(&s, 4, "2", &[]);
    assert_eq!(names(&scripts(&s)), ["2.4.1-2", "2.4.1-3", "latest"]);
}

/// A FIFO (or socket, device) in the tree cannot be part of a snapshot: deploy says so, both
/// when it makes a snapshot and when the snapshot it has is "identical" (it said nothing).
#[test]
fn special_files_left_out_of_a_snapshot_are_named() {
    let s = scenario();
    let fifo = s.tree.join("scripts/p");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let note = "1 special file(s) in the tree (FIFOs, sockets, devices) are not part of a snapshot: scripts/p";
    for (run, want) in [
        ("first", "would change snapshot"),
        ("again", "is identical"),
    ] {
        let out = if run == "first" {
            s.xmake(&["-n", "deploy"])
        } else {
            let made = s.xmake(&["deploy"]);
            assert_eq!(made.status.code(), Some(0), "{}", stdout(&made));
            s.xmake(&["deploy"])
        };
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{run}: {text}{}", stderr(&out));
        assert!(text.contains(want), "{run}: {text}");
        assert!(text.contains(note), "{run}: {text}");
    }
    assert!(!scripts(&s).join(latest(&s)).join("scripts/p").exists());
}
