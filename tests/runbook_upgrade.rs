//! `xmake --runbook=upgrade`: the whole upgrade of one controller in one command, under
//! `--root`, on a real podman (images) with the stand-ins of `fixtures/fake-bin/` for what cannot
//! run here (rpm, yum, systemctl, journalctl, squeue). A node running release 2.4.0 (its base
//! in `current`, older packages) is upgraded to the tree's 2.4.1: every target runs in the
//! procedure's order and a second run changes nothing; `/etc/xspot` edited afterwards stops
//! the runbook before sync-config when nobody can be asked, and `--yes` answers; a run killed
//! half-way (SIGKILL) and run again ends where an uninterrupted run does.

mod support;

use std::collections::BTreeMap;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use support::built::{tiny_images, DEPLOY};
use support::engine::{busybox_rootfs_tar, podman, write_sidecar, Podman};
use support::scenario::{stdout, Scenario};

fn fake_state(s: &Scenario) -> PathBuf {
    s.path("var/lib/fake-bin")
}

/// A node on release 2.4.0: its base in `current`, older packages, no /etc/xspot edits.
fn old_node() -> Scenario {
    let s = Scenario::new("full");
    tiny_images(&s);
    let old = s.path(DEPLOY).join("2.4.0");
    std::fs::create_dir_all(&old).unwrap();
    busybox_rootfs_tar(&old.join("base.tar"));
    write_sidecar(&old.join("base.tar"));
    std::os::unix::fs::symlink("2.4.0", s.path(DEPLOY).join("current")).unwrap();
    std::fs::create_dir_all(fake_state(&s).join("journal")).unwrap();
    std::fs::write(
        fake_state(&s).join("rpmdb"),
        "xspot-2.4.0-1.el7\nxspot-kernel-5.10.186-xspot\nxspot-cli-wrapper-1.2.0\n",
    )
    .unwrap();
    s
}

fn runbook(s: &Scenario, pm: &Podman, args: &[&str], env: &[(&str, &str)]) -> Output {
    let fake_bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin");
    let path = format!(
        "{}:{}",
        fake_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let state = fake_state(s);
    let root = s.root.to_str().unwrap().to_owned();
    let mut all = vec![
        ("PATH", path.as_str()),
        ("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap()),
        ("XMAKE_FAKE_STATE", state.to_str().unwrap()),
        // The systemctl stand-in reads IMAGE_NAME_LIST from ${ROOT}/etc/xspot/env.cfg.
        ("ROOT", root.as_str()),
        ("CI", "true"),
    ];
    all.extend_from_slice(env);
    let mut full = vec!["--runbook=upgrade", "--timeout=60s"];
    full.extend_from_slice(args);
    s.xmake_env(&full, &all)
}

/// What an upgraded node holds, without what differs by time (backup folder names, snapshot
/// markers, journal lines): each path, and the contents of the files that must match.
fn end_state(s: &Scenario) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let skip = [
        "var/lib/fake-bin/journal",
        "var/lib/xmake/backup",
        "var/lib/fake-bin/yum.log",
    ];
    for (path, what) in s.state(false) {
        if skip.iter().any(|p| path.starts_with(p)) || path.contains(".xmake") {
            continue;
        }
        let what = if path.ends_with(".xmake-snapshot.json") || path.contains("/images/2.4.1/") {
            "present".to_owned()
        } else {
            what
        };
        out.insert(path, what);
    }
    out
}

#[test]
fn the_whole_upgrade_runs_in_order_and_a_second_run_changes_nothing() {
    let pm = podman();
    let s = old_node();
    let out = runbook(&s, &pm, &[], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let recap: Vec<&str> = text
        .lines()
        .skip_while(|l| *l != "runbook:")
        .skip(1)
        .take(10)
        .collect();
    assert_eq!(
        recap,
        [
            "  ok       check-config",
            "  changed  image-folder",
            "  changed  base",
            "  changed  build-image",
            "  changed  upgrade",
            "  ok       sync-config-preview",
            "  ok       sync-config",
            "  changed  deploy",
            "  changed  restart-post-docker",
            "runbook: ok=10 changed=13 skipped=0 failed=0",
        ],
        "{text}"
    );
    assert_eq!(
        std::fs::read_link(s.path(DEPLOY).join("current")).unwrap(),
        Path::new("2.4.1")
    );
    assert!(s.path("nfs-apps/exostellar/scripts/latest").exists());
    assert!(text.contains("xspot 2.4.0-1.el7 -> 2.4.1-1.el7"), "{text}");

    pm.clear_log();
    let out = runbook(&s, &pm, &[], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    // restart-post-docker restarts every time (it is what the admin asks for); nothing else
    // changes and no image is built or saved again.
    assert!(
        text.contains("runbook: ok=22 changed=1 skipped=0 failed=0"),
        "{text}"
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());

    // The admin edits /etc/xspot: without a terminal the runbook stops before sync-config.
    let config = s.path("etc/xspot/config/config.toml");
    let mut edited = std::fs::read_to_string(&config).unwrap();
    edited.push_str("# validated on this node\n");
    std::fs::write(&config, &edited).unwrap();
    let out = runbook(&s, &pm, &[], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("failed   confirm:"), "{text}");
    assert!(
        text.contains(
            "/etc/xspot/config/config.toml was edited on this node since xmake installed it: kept"
        ),
        "{text}"
    );
    assert!(text.contains("run again with --yes"), "{text}");
    assert!(text.contains("  not run  deploy"), "{text}");
    // sync-config's own question (the runbook asks none of its own): the file it would
    // overwrite, listed once, and no prompt.
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.matches("xmake: sync-config would overwrite 1 file(s) in the tree")
            .count(),
        1,
        "{err}"
    );
    assert!(
        err.contains("\n  scripts/controller/integrate-xspot/config/config.toml\n"),
        "{err}"
    );
    assert!(!err.contains("[y/N]"), "{err}");
    let tree_config = s
        .tree
        .join("scripts/controller/integrate-xspot/config/config.toml");
    assert_ne!(std::fs::read_to_string(&tree_config).unwrap(), edited);

    let out = runbook(&s, &pm, &["--yes"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(std::fs::read_to_string(&tree_config).unwrap(), edited);
    assert!(
        s.path("nfs-apps/exostellar/scripts/2.4.1-2").is_dir(),
        "{text}"
    );
}

#[test]
fn a_runbook_killed_half_way_resumes_to_the_same_end() {
    let pm = podman();
    let whole = old_node();
    assert_eq!(runbook(&whole, &pm, &[], &[]).status.code(), Some(0));

    let s = old_node();
    let out = runbook(&s, &pm, &[], &[("XMAKE_FAULT_AFTER", "12")]);
    assert_eq!(out.status.signal(), Some(9), "{}", stdout(&out));
    let out = runbook(&s, &pm, &[], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(end_state(&s), end_state(&whole));
}

#[test]
fn dry_run_plans_the_whole_procedure_and_changes_nothing() {
    let pm = podman();
    let s = old_node();
    let before = s.state_all();
    let out = runbook(&s, &pm, &["-n"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("would change release-dir"), "{text}");
    assert!(
        text.contains("planned after the targets before it have run"),
        "{text}"
    );
    assert!(text.contains("xspot 2.4.0-1.el7 -> 2.4.1-1.el7"), "{text}");
    assert!(before == s.state_all());
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
}
