//! Issue 9, point 8: GNU's read-only modes stay read-only on native targets. `-q`, `-n` and
//! `-t` leave every file under the scratch root as it was, byte for byte (xmake's own state,
//! locks and a pending journal included); `-q` answers with its status only; `-t` says there
//! is nothing to touch; `-B deploy` makes a fresh snapshot; `-k` goes on with the next goal.

mod support;

use support::scenario::{state_diff, stderr, stdout, Scenario};

const TARGETS: [&str; 5] = [
    "check-config",
    "image-folder",
    "sync-config-preview",
    "sync-config",
    "deploy",
];

/// A tree with work for every target: `/etc/xspot` edited by an admin, nothing deployed.
fn busy() -> Scenario {
    Scenario::new("full").with_etc_xspot().with_admin_edits()
}

/// Runs `args` and asserts that nothing under the root changed; returns the output.
fn unchanged(s: &Scenario, args: &[&str]) -> std::process::Output {
    let before = s.state_all();
    let out = s.xmake(args);
    let after = s.state_all();
    assert!(
        before == after,
        "xmake {args:?} changed the root:\n{}\nstdout:\n{}\nstderr:\n{}",
        state_diff(&before, &after),
        stdout(&out),
        stderr(&out)
    );
    out
}

#[test]
fn q_n_t_change_nothing_on_any_native_target() {
    let s = busy();
    for mode in ["-q", "-n", "-t"] {
        for target in TARGETS {
            unchanged(&s, &[mode, target]);
        }
        unchanged(&s, &[mode, "image-folder", "sync-config", "deploy"]);
    }
    // Nor once there is xmake state to disturb (a finished run left `.xmake/` and locks).
    assert!(s.xmake(&["image-folder", "deploy"]).status.success());
    std::fs::write(s.tree.join("version"), "2.4.2\n").unwrap();
    for mode in ["-q", "-n", "-t"] {
        for target in TARGETS {
            unchanged(&s, &[mode, target]);
        }
    }
}

#[test]
fn question_answers_with_its_status_and_prints_nothing() {
    let s = busy();
    for target in ["image-folder", "sync-config", "deploy"] {
        let out = unchanged(&s, &["-q", target]);
        assert_eq!(out.status.code(), Some(1), "-q {target}: work to do");
        assert_eq!(stdout(&out), "", "-q {target} prints nothing");
        let json = unchanged(&s, &["-q", "--format=json", target]);
        assert_eq!(
            stdout(&json),
            "",
            "-q --format=json {target} prints nothing"
        );
    }
    let out = unchanged(&s, &["-q", "check-config"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    assert!(s
        .xmake(&["--yes", "image-folder", "sync-config", "deploy"])
        .status
        .success());
    for target in ["image-folder", "sync-config", "deploy"] {
        let out = unchanged(&s, &["-q", target]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "-q {target}: every step ok\n{}",
            stderr(&out)
        );
        assert_eq!(stdout(&out), "");
    }
}

#[test]
fn question_is_2_on_an_error() {
    let s = Scenario::new("full");
    // No /etc/xspot on this root: sync-config fails its preconditions.
    let out = unchanged(&s, &["-q", "sync-config"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("xmake: "), "{}", stderr(&out));
    s.edit_env_cfg(
        "REMOTE_DIR=/nfs-apps/exostellar",
        "REMOTE_DIR=nfs-apps/exostellar",
    );
    let out = unchanged(&s, &["-q", "image-folder"]);
    assert_eq!(out.status.code(), Some(2));
    let out = unchanged(&s, &["-q", "check-config"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
}

#[test]
fn touch_says_there_is_nothing_to_touch() {
    let s = busy();
    for target in TARGETS {
        let out = unchanged(&s, &["-t", target]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert_eq!(
            stdout(&out),
            format!("xmake: Nothing to be done for '{target}'.\n")
        );
        let out = unchanged(&s, &["-s", "-t", target]);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(stdout(&out), "", "-s -t prints nothing, as GNU make");
    }
}

#[test]
fn a_pending_journal_is_not_resumed_in_read_only_modes() {
    let s = busy();
    let victim = s.path("victim");
    std::fs::create_dir_all(victim.join("inside")).unwrap();
    std::fs::write(victim.join("inside/file"), "keep me\n").unwrap();
    let state = s.tree.join(".xmake");
    std::fs::create_dir_all(&state).unwrap();
    let journal = serde_json::json!({
        "target": "deploy",
        "step": "snapshot",
        "actions": [{"RemoveTree": {"path": victim}}],
        "done": 0
    });
    std::fs::write(state.join("journal.json"), journal.to_string()).unwrap();
    for mode in ["-q", "-n", "-t"] {
        let out = unchanged(&s, &[mode, "deploy"]);
        if mode == "-q" {
            assert_ne!(out.status.code(), Some(0), "-q: work is pending");
        }
    }
    assert!(victim.join("inside/file").is_file());
}

#[test]
fn always_make_deploys_a_fresh_snapshot() {
    let s = Scenario::new("full");
    let scripts = s.path("nfs-apps/exostellar/scripts");
    assert!(s.xmake(&["deploy"]).status.success());
    let again = s.xmake(&["deploy"]);
    assert!(again.status.success());
    assert!(!scripts.join("2.4.1-2").exists(), "identical: no snapshot");
    let out = s.xmake(&["-B", "deploy"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains("changed  snapshot"),
        "{}",
        stdout(&out)
    );
    assert!(scripts.join("2.4.1-2").is_dir());
    assert_eq!(
        std::fs::read_link(scripts.join("latest")).unwrap(),
        std::path::Path::new("2.4.1-2")
    );
    // Under -n, -B only plans it.
    let out = unchanged(&s, &["-B", "-n", "deploy"]);
    assert!(
        stdout(&out).contains("would change snapshot"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn keep_going_runs_the_next_goal_after_a_failed_one() {
    for (flag, ran) in [(None, false), (Some("-k"), true), (Some("-i"), true)] {
        // No /etc/xspot: sync-config fails; image-folder is next.
        let s = Scenario::new("full");
        let mut args: Vec<&str> = flag.into_iter().collect();
        args.extend(["sync-config", "image-folder"]);
        let out = s.xmake(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            s.path("nfs-apps/exostellar/images/2.4.1").is_dir(),
            ran,
            "{args:?}: {}",
            stdout(&out)
        );
    }
}

#[test]
fn what_if_old_file_and_jobs_do_not_change_a_native_run() {
    let plain = Scenario::new("full");
    let flagged = Scenario::new("full");
    let a = plain.xmake(&["-n", "image-folder", "deploy"]);
    let b = flagged.xmake(&[
        "-n",
        "-j4",
        "-W",
        "version",
        "-o",
        "Makefile",
        "image-folder",
        "deploy",
    ]);
    assert_eq!(a.status.code(), b.status.code());
    assert_eq!(stdout(&a), stdout(&b));
}
