//! Preconditions against real filesystems rather than injected faults: a deploy directory on
//! a read-only mount, and one on a filesystem too small for the snapshot. Both need `mount`
//! (we run as root here and in CI); where mounting is not permitted the test says so and
//! returns, since `onboarding_targets` covers the same refusals with injected faults.

mod support;

use std::path::Path;
use std::process::Command;

use support::scenario::{stderr, stdout, Scenario};

/// A tmpfs mounted at `dir` for the life of the guard.
struct Mounted(std::path::PathBuf);

impl Mounted {
    fn tmpfs(dir: &Path, options: &str) -> Option<Self> {
        std::fs::create_dir_all(dir).unwrap();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(dir)
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            // Under CI (root on the project's own machines) mounting must work: a test that
            // cannot run there fails rather than passing by doing nothing.
            assert!(
                std::env::var_os("CI").is_none(),
                "cannot mount a tmpfs at {} under CI: these tests need root and mount(8)",
                dir.display()
            );
            eprintln!(
                "cannot mount a tmpfs here: skipping outside CI (injected-fault tests cover this)"
            );
        }
        ok.then(|| Self(dir.to_owned()))
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

fn scenario() -> Scenario {
    Scenario::new("full").with_etc_xspot()
}

#[test]
fn deploy_refuses_a_read_only_deploy_directory_and_changes_nothing() {
    let s = scenario();
    let scripts = s.path("nfs-apps/exostellar/scripts");
    let Some(_mount) = Mounted::tmpfs(&scripts, "ro,size=1m") else {
        return;
    };
    let before = s.state(true);
    let out = s.xmake(&["deploy"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("is not writable"), "{}", stdout(&out));
    assert_eq!(before, s.state(true));
}

#[test]
fn deploy_refuses_a_deploy_directory_too_small_for_the_snapshot() {
    let s = scenario();
    let scripts = s.path("nfs-apps/exostellar/scripts");
    let Some(_mount) = Mounted::tmpfs(&scripts, "size=8k") else {
        return;
    };
    let out = s.xmake(&["deploy"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("not enough free space"),
        "{}",
        stdout(&out)
    );
    let left: Vec<_> = std::fs::read_dir(&scripts).unwrap().flatten().collect();
    assert!(
        left.is_empty(),
        "the deploy directory is not empty: {left:?}"
    );
}
