//! Issue 9, points 2 and 3 (state directory): lock files (`.xmake/lock`,
//! `.scripts.xmake-lock`, `.images.xmake-lock`) and `.xmake/` itself live where others can
//! write. A symlink, a non-regular file or one owned by another user there is refused with a
//! message naming the path, exit 2, and nothing is written through it (checked byte for
//! byte); a stale lock file of ours still works. `.xmake/` is made 0700 and must be a real
//! directory of ours, and so must `.xmake/backup/`.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use support::scenario::{state_diff, stdout, Scenario};

fn scenario() -> Scenario {
    Scenario::new("minimal").with_etc_xspot()
}

/// A file outside the scratch root that a followed link would overwrite.
struct Victim {
    _guard: tempfile::TempDir,
    file: PathBuf,
}

impl Victim {
    fn new() -> Self {
        let guard = tempfile::tempdir().unwrap();
        let file = guard.path().join("passwd");
        std::fs::write(&file, "root:x:0:0:root:/root:/bin/bash\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        Self {
            _guard: guard,
            file,
        }
    }

    fn dir(&self) -> &Path {
        self.file.parent().unwrap()
    }

    fn assert_untouched(&self) {
        assert_eq!(
            std::fs::read(&self.file).unwrap(),
            b"root:x:0:0:root:/root:/bin/bash\n"
        );
        let mode = std::fs::metadata(&self.file).unwrap().permissions().mode() & 0o7777;
        assert_eq!(mode, 0o644);
        let names: Vec<_> = std::fs::read_dir(self.dir())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["passwd"], "something was created beside the victim");
    }
}

/// Runs `args`: exit 2, `message` in the report, nothing under the root changed.
fn assert_refused(s: &Scenario, args: &[&str], message: &str) -> String {
    let before = s.state(false);
    let out = s.xmake(args);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains(message), "wanted {message:?} in:\n{text}");
    let after = s.state(false);
    assert!(before == after, "{}", state_diff(&before, &after));
    text
}

fn private_state_dir(s: &Scenario) -> PathBuf {
    let dir = s.tree.join(".xmake");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}

fn is_root() -> bool {
    // SAFETY: geteuid(2) has no memory effects.
    unsafe { libc::geteuid() == 0 }
}

#[test]
fn a_symlinked_tree_lock_is_refused_and_its_target_untouched() {
    let s = scenario();
    let victim = Victim::new();
    let lock = private_state_dir(&s).join("lock");
    std::os::unix::fs::symlink(&victim.file, &lock).unwrap();
    let text = assert_refused(&s, &["image-folder"], "refusing the lock file: ");
    assert!(
        text.contains(&format!("{} is a symlink", lock.display())),
        "{text}"
    );
    victim.assert_untouched();
    assert!(std::fs::symlink_metadata(&lock)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn a_symlinked_scripts_lock_is_refused_and_its_target_untouched() {
    let s = scenario();
    let victim = Victim::new();
    let lock = s.path("nfs-apps/exostellar/.scripts.xmake-lock");
    std::os::unix::fs::symlink(&victim.file, &lock).unwrap();
    let text = assert_refused(&s, &["deploy"], "is a symlink");
    assert!(text.contains(".scripts.xmake-lock"), "{text}");
    victim.assert_untouched();
    assert!(!s.path("nfs-apps/exostellar/scripts").exists());
}

#[test]
fn a_dangling_images_lock_link_is_refused_and_nothing_is_created_at_its_target() {
    let s = scenario();
    let victim = Victim::new();
    let lock = s.path("nfs-apps/exostellar/.images.xmake-lock");
    std::os::unix::fs::symlink(victim.dir().join("planted"), &lock).unwrap();
    let text = assert_refused(&s, &["image-folder"], "is a symlink");
    assert!(text.contains(".images.xmake-lock"), "{text}");
    victim.assert_untouched();
    assert!(!s.path("nfs-apps/exostellar/images").exists());
}

#[test]
fn a_lock_that_is_not_a_regular_file_is_refused() {
    let s = scenario();
    std::fs::create_dir(s.path("nfs-apps/exostellar/.scripts.xmake-lock")).unwrap();
    assert_refused(&s, &["deploy"], "is not a regular file");
    assert!(!s.path("nfs-apps/exostellar/scripts").exists());
}

#[test]
fn a_lock_owned_by_another_user_is_refused() {
    if !is_root() {
        eprintln!("skipped: chown needs root");
        return;
    }
    let s = scenario();
    let lock = s.path("nfs-apps/exostellar/.images.xmake-lock");
    std::fs::write(&lock, "4242\n").unwrap();
    std::os::unix::fs::chown(&lock, Some(65534), Some(65534)).unwrap();
    let text = assert_refused(
        &s,
        &["image-folder"],
        "is owned by uid 65534, not by this user",
    );
    assert!(text.contains(".images.xmake-lock"), "{text}");
    assert_eq!(std::fs::read(&lock).unwrap(), b"4242\n");
}

#[test]
fn a_stale_lock_file_of_ours_still_works() {
    let s = scenario();
    let lock = private_state_dir(&s).join("lock");
    std::fs::write(&lock, "999999\n").unwrap();
    let images_lock = s.path("nfs-apps/exostellar/.images.xmake-lock");
    std::fs::write(&images_lock, "999998\n").unwrap();
    let out = s.xmake(&["image-folder"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(s.path("nfs-apps/exostellar/images/2.3.0").is_dir());
    assert!(std::fs::symlink_metadata(&lock).unwrap().is_file());
}

#[test]
fn a_new_lock_file_is_private() {
    let s = scenario();
    assert!(s.xmake(&["image-folder"]).status.success());
    let lock = s.path("nfs-apps/exostellar/.images.xmake-lock");
    let mode = std::fs::metadata(lock).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_new_state_dir_is_0700_with_a_gitignore() {
    let s = scenario();
    assert!(s.xmake(&["image-folder"]).status.success());
    let dir = s.tree.join(".xmake");
    let meta = std::fs::symlink_metadata(&dir).unwrap();
    assert!(meta.is_dir());
    assert_eq!(meta.permissions().mode() & 0o7777, 0o700);
    assert_eq!(std::fs::read(dir.join(".gitignore")).unwrap(), b"*\n");
}

#[test]
fn a_symlinked_state_dir_is_refused_and_nothing_is_written_through_it() {
    let s = scenario();
    let victim = Victim::new();
    std::os::unix::fs::symlink(victim.dir(), s.tree.join(".xmake")).unwrap();
    let text = assert_refused(&s, &["deploy"], "refusing xmake's state directory: ");
    assert!(text.contains(".xmake is a symlink"), "{text}");
    victim.assert_untouched();
    // `-n` reads the journal; it does not follow the link either.
    let text = assert_refused(&s, &["-n", "deploy"], ".xmake is a symlink");
    assert!(text.contains("refusing the journal"), "{text}");
    victim.assert_untouched();
}

#[test]
fn a_state_dir_others_may_write_is_refused() {
    let s = scenario();
    let dir = s.tree.join(".xmake");
    std::fs::create_dir(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    assert_refused(
        &s,
        &["image-folder"],
        "is writable by group or others (mode 777)",
    );
    assert!(!dir.join("lock").exists());
}

#[test]
fn a_state_dir_owned_by_another_user_is_refused() {
    if !is_root() {
        eprintln!("skipped: chown needs root");
        return;
    }
    let s = scenario();
    let dir = private_state_dir(&s);
    std::os::unix::fs::chown(&dir, Some(65534), Some(65534)).unwrap();
    assert_refused(&s, &["image-folder"], "is owned by uid 65534");
    assert!(!dir.join("lock").exists());
}

#[test]
fn a_symlinked_backup_dir_is_refused_and_nothing_is_copied_through_it() {
    let s = scenario().with_admin_edits();
    let victim = Victim::new();
    std::os::unix::fs::symlink(victim.dir(), private_state_dir(&s).join("backup")).unwrap();
    // Refused by sync-config's own check (the backup leads out of the tree) or by the state
    // directory's (a symlink), whichever looks first.
    let text = assert_refused(&s, &["sync-config"], ".xmake/backup");
    assert!(
        text.contains("backup is a symlink") || text.contains("outside"),
        "{text}"
    );
    assert!(text.contains("nothing was changed"), "{text}");
    victim.assert_untouched();
}

#[test]
fn sync_config_makes_its_backup_dir_private() {
    let s = scenario().with_admin_edits();
    let out = s.xmake(&["--yes", "sync-config"]);
    assert!(out.status.success(), "{}", stdout(&out));
    let backup = s.tree.join(".xmake/backup");
    let meta = std::fs::symlink_metadata(&backup).unwrap();
    assert!(meta.is_dir());
    assert_eq!(meta.permissions().mode() & 0o7777, 0o700);
}

#[test]
fn a_planted_link_at_the_journal_temp_name_is_not_followed() {
    let s = scenario();
    let victim = Victim::new();
    let state = private_state_dir(&s);
    std::os::unix::fs::symlink(&victim.file, state.join(".journal.json.xmake-tmp")).unwrap();
    std::os::unix::fs::symlink(&victim.file, state.join(".gitignore")).unwrap();
    let out = s.xmake(&["image-folder"]);
    assert!(out.status.success(), "{}", stdout(&out));
    victim.assert_untouched();
    let ignore = std::fs::symlink_metadata(state.join(".gitignore")).unwrap();
    assert!(
        ignore.is_file(),
        "the planted .gitignore link was not replaced"
    );
    assert!(std::fs::symlink_metadata(state.join(".journal.json.xmake-tmp")).is_err());
}

/// `-n` while another process holds the tree: the plan says who is working on it (found without
/// taking, creating or writing any lock), and does not offer to "finish" that run's journal.
#[test]
fn a_dry_run_names_the_xmake_holding_the_tree_and_changes_nothing() {
    let s = scenario();
    let first = s.xmake(&["deploy"]);
    assert_eq!(first.status.code(), Some(0), "{}", stdout(&first));
    let lock = camino::Utf8PathBuf::from_path_buf(s.tree.join(".xmake/lock")).unwrap();
    let held = xmake::adapters::lock::Lock::acquire(&lock, "test").unwrap();
    let before = s.state_all();
    let out = s.xmake(&["-n", "deploy"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let pid = std::process::id();
    assert!(
        text.contains(&format!(
            "ok       lock: another process (pid {pid}, security_locks-) is working on this tree now"
        )),
        "{text}"
    );
    assert!(!text.contains("resume"), "{text}");
    let after = s.state_all();
    assert!(before == after, "{}", state_diff(&before, &after));
    drop(held);
    let out = s.xmake(&["-n", "deploy"]);
    assert!(!stdout(&out).contains("lock:"), "{}", stdout(&out));
}
