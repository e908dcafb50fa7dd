//! Crash safety: a native run killed at any point (SIGKILL after its n-th filesystem mutation,
//! for every n, via `XMAKE_FAULT_AFTER`; and once by a real `kill -9` from outside) never
//! leaves a partial copy visible, and the next run completes the work to the same end state
//! as a run that was never interrupted.

mod support;

use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::time::Duration;

use support::scenario::{state_diff, stderr, Scenario};

/// `latest`, if present, names a complete snapshot identical to the tree (or to `older`).
fn assert_latest_is_whole(s: &Scenario, allowed: &[&Path]) {
    let scripts = s.path("nfs-apps/exostellar/scripts");
    let Ok(target) = std::fs::read_link(scripts.join("latest")) else {
        return;
    };
    let snapshot = scripts.join(target);
    let got = xmake::adapters::manifest::scan(
        camino::Utf8Path::from_path(&snapshot).unwrap(),
        &[xmake::adapters::snapshot_marker::MARKER],
    )
    .unwrap_or_else(|e| panic!("latest points at {}: {e}", snapshot.display()));
    let matches = allowed.iter().any(|dir| {
        let want = xmake::adapters::manifest::scan(
            camino::Utf8Path::from_path(dir).unwrap(),
            &[".git", ".xmake"],
        )
        .unwrap();
        want == got
    });
    assert!(
        matches,
        "latest points at a snapshot that is not a whole copy"
    );
}

/// Kills `target` after each mutation in turn, re-runs it, and compares with `reference`.
fn kill_at_every_point(prepare: impl Fn() -> Scenario, target: &str, check: impl Fn(&Scenario)) {
    let reference = prepare();
    assert!(reference.xmake(&["--yes", target]).status.success());
    let want = reference.state(false);
    let mut n = 1;
    loop {
        let s = prepare();
        let out = s.xmake_env(&["--yes", target], &[("XMAKE_FAULT_AFTER", &n.to_string())]);
        if out.status.success() {
            assert!(n > 3, "{target} made only {n} mutations?");
            break;
        }
        assert_eq!(out.status.signal(), Some(9), "n={n}: {}", stderr(&out));
        check(&s);
        let again = s.xmake(&["--yes", target]);
        assert!(
            again.status.success(),
            "n={n}: rerun failed: {}",
            stderr(&again)
        );
        check(&s);
        let got = s.state(false);
        assert!(
            got == want,
            "{target} killed after mutation {n}, then re-run, differs:\n{}",
            state_diff(&want, &got)
        );
        assert!(!s.tree.join(".xmake/journal.json").exists());
        n += 1;
        assert!(n < 500, "runaway");
    }
}

#[test]
fn deploy_killed_at_every_point_recovers() {
    let prepare = || Scenario::new("minimal").with_etc_xspot();
    kill_at_every_point(prepare, "deploy", |s| {
        assert_latest_is_whole(s, &[&s.tree]);
    });
}

#[test]
fn second_deploy_killed_at_every_point_keeps_latest_whole() {
    let old_copy = tempfile::tempdir().unwrap();
    let prepare = || {
        let s = Scenario::new("minimal").with_etc_xspot();
        assert!(s.xmake(&["deploy"]).status.success());
        if !old_copy.path().join("tree").exists() {
            let status = std::process::Command::new("cp")
                .args(["-a"])
                .arg(&s.tree)
                .arg(old_copy.path().join("tree"))
                .status()
                .unwrap();
            assert!(status.success());
        }
        std::fs::write(s.tree.join("conf/site.note"), "second release\n").unwrap();
        s
    };
    let old_tree = old_copy.path().join("tree");
    kill_at_every_point(prepare, "deploy", |s| {
        assert_latest_is_whole(s, &[&s.tree, &old_tree]);
    });
}

#[test]
fn sync_config_killed_at_every_point_recovers() {
    let prepare = || Scenario::new("minimal").with_etc_xspot().with_admin_edits();
    kill_at_every_point(prepare, "sync-config", |_| {});
}

#[test]
fn image_folder_killed_at_every_point_recovers() {
    let prepare = || Scenario::new("minimal");
    kill_at_every_point(prepare, "image-folder", |_| {});
}

#[test]
fn a_real_kill_9_mid_deploy_is_completed_by_the_next_run() {
    let s = Scenario::new("full").with_etc_xspot();
    let reference = Scenario::new("full").with_etc_xspot();
    assert!(reference.xmake(&["deploy"]).status.success());
    let mut child = s
        .builder()
        .arg("deploy")
        .env("XMAKE_FAULT_DELAY_MS", "25")
        .command()
        .stderr(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The copy is under way once the staging folder appears.
    let scripts = s.path("nfs-apps/exostellar/scripts");
    for _ in 0..3000 {
        let staging = std::fs::read_dir(&scripts)
            .map(|rd| {
                rd.filter_map(Result::ok).any(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(".xmake-staging")
                })
            })
            .is_ok_and(|found| found);
        if staging {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(100));
    // SAFETY: kill(2) on the child we spawned.
    unsafe {
        libc::kill(i32::try_from(child.id()).unwrap(), libc::SIGKILL);
    }
    let status = child.wait().unwrap();
    assert_eq!(
        status.signal(),
        Some(9),
        "the child finished before it was killed"
    );
    assert!(s.tree.join(".xmake/journal.json").exists());
    assert!(
        !scripts.join("latest").exists(),
        "latest must not point at a partial copy"
    );
    let out = s.xmake(&["deploy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("changed  resume: finished the interrupted deploy/snapshot"));
    assert_latest_is_whole(&s, &[&s.tree]);
    let (want, got) = (reference.state(false), s.state(false));
    assert!(want == got, "{}", state_diff(&want, &got));
}

#[test]
fn a_disk_filling_up_mid_deploy_fails_cleanly_and_the_next_run_completes() {
    let s = Scenario::new("minimal").with_etc_xspot();
    assert!(s.xmake(&["deploy"]).status.success());
    std::fs::write(s.tree.join("conf/site.note"), "second\n").unwrap();
    let out = s.xmake_env(&["deploy"], &[("XMAKE_FAULT_ENOSPC_AFTER", "12")]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("No space left on device"), "{text}");
    assert!(
        text.contains("deploy: ok=2 changed=0 skipped=0 failed=1"),
        "{text}"
    );
    let scripts = s.path("nfs-apps/exostellar/scripts");
    assert_eq!(
        std::fs::read_link(scripts.join("latest")).unwrap().to_str(),
        Some("2.3.0-1")
    );
    assert!(!scripts.join("2.3.0-2").exists());
    let before = s.state(true);
    let plan = s.xmake(&["-n", "deploy"]);
    let plan = String::from_utf8_lossy(&plan.stdout).into_owned();
    assert!(
        plan.contains("would change resume: finish the interrupted deploy/snapshot"),
        "{plan}"
    );
    assert!(before == s.state(true), "-n finished the journal");
    let out = s.xmake(&["deploy"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_link(scripts.join("latest")).unwrap().to_str(),
        Some("2.3.0-2")
    );
    assert_latest_is_whole(&s, &[&s.tree]);
    let leftovers: Vec<_> = std::fs::read_dir(&scripts)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("xmake"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
