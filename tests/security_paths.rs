//! Security of the paths native targets write into (issue 9, points 5 and 6): every directory
//! is used by its real path (after symlinks), which must stay under the root prefix (`..`
//! never climbs above it), `SCRIPT_DEPLOY_DIR` must not be inside the tree, `/etc/xspot/config`
//! must not lead out of `/etc/xspot`, a symlink in the tree is never replaced nor read
//! through, and modes are never widened.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use support::scenario::{state_diff, stderr, stdout, Scenario};

const XSPOT: &str = "scripts/controller/integrate-xspot";

fn scenario() -> Scenario {
    Scenario::new("full").with_etc_xspot().with_admin_edits()
}

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// Runs `args`: exit status 2, `message` in the output, and nothing under the root changed.
fn assert_refused(s: &Scenario, args: &[&str], message: &str) -> String {
    let before = s.state(true);
    let out = s.xmake(args);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(2), "{args:?}: {all}");
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
    all
}

/// A name no other test (or run) uses, at the real `/`.
fn unique_top_level(tag: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("xmake-escape-{tag}-{}-{nanos}", std::process::id())
}

#[test]
fn dot_dot_in_script_deploy_dir_stays_under_the_root() {
    let s = scenario();
    let name = unique_top_level("scripts");
    s.edit_env_cfg(
        "SCRIPT_DEPLOY_DIR=${REMOTE_DIR}/scripts",
        &format!("SCRIPT_DEPLOY_DIR=/../../../../../../{name}"),
    );
    let out = s.xmake(&["deploy"]);
    let outside = Path::new("/").join(&name);
    let escaped = outside.exists();
    if escaped {
        let _ = std::fs::remove_dir_all(&outside);
        let _ = std::fs::remove_file(Path::new("/").join(format!(".{name}.xmake-lock")));
    }
    assert!(!escaped, "deploy wrote outside --root");
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let confined = s.path(&name);
    assert_eq!(
        std::fs::read_link(confined.join("latest"))
            .unwrap()
            .to_str(),
        Some("2.4.1-1")
    );
    assert_eq!(
        std::fs::read(confined.join("2.4.1-1/version")).unwrap(),
        std::fs::read(s.tree.join("version")).unwrap()
    );
}

#[test]
fn dot_dot_in_image_deploy_dir_stays_under_the_root() {
    let s = scenario();
    let name = unique_top_level("images");
    s.edit_env_cfg(
        "IMAGE_DEPLOY_DIR=${REMOTE_DIR}/images",
        &format!("IMAGE_DEPLOY_DIR=/nfs-apps/../../../../{name}"),
    );
    let out = s.xmake(&["image-folder"]);
    let outside = Path::new("/").join(&name);
    let escaped = outside.exists();
    if escaped {
        let _ = std::fs::remove_dir_all(&outside);
        let _ = std::fs::remove_file(Path::new("/").join(format!(".{name}.xmake-lock")));
    }
    assert!(!escaped, "image-folder wrote outside --root");
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(s.path(&name).join("2.4.1").is_dir());
}

#[test]
fn a_deploy_dir_linked_out_of_the_root_is_refused() {
    let s = scenario();
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), s.path("nfs-apps/exostellar/scripts")).unwrap();
    assert_refused(&s, &["deploy"], "outside");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);

    let s = scenario();
    std::fs::create_dir_all(s.path("nfs-apps/exostellar/images")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), s.path("nfs-apps/exostellar/images/2.4.1"))
        .unwrap();
    let all = assert_refused(&s, &["image-folder"], "outside");
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    // The bound is the prefix as the host names it, not "/" ("outside /" reads as nonsense).
    let root = std::fs::canonicalize(s.path("")).unwrap();
    assert!(
        all.contains(&format!("outside {}", root.display())),
        "{all}"
    );
}

/// An empty, missing or non-directory `--root` is refused up front, naming the option, and
/// nothing is made (it was taken as the current directory, or reported as unmounted storage).
#[test]
fn a_root_that_is_no_directory_is_refused_naming_the_option() {
    let s = scenario();
    let file = s.path("nfs-apps/exostellar/onboarding/Makefile");
    let missing = s.path("no-such-root");
    for (root, message) in [
        ("", "--root needs a directory"),
        (missing.to_str().unwrap(), "does not exist"),
        (file.to_str().unwrap(), "is not a directory"),
    ] {
        for goal in ["deploy", "image-folder"] {
            let before = s.state(true);
            let out = support::run::Xmake::new()
                .dir(s.path("nfs-apps/exostellar/onboarding"))
                .args(["--root", root, goal])
                .output();
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "--root {root:?} {goal}: {err}");
            assert!(err.contains(message), "--root {root:?} {goal}: {err}");
            assert!(err.contains("nothing was changed"), "{err}");
            assert!(
                before == s.state(true),
                "--root {root:?} {goal} changed the tree"
            );
        }
    }
    assert!(!missing.exists());
}

/// Snapshot count in the tree, anywhere (a nested snapshot holds `version`).
fn versions_in(dir: &Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let ft = entry.file_type().unwrap();
        if ft.is_dir() {
            n += versions_in(&entry.path());
        } else if entry.file_name() == "version" {
            n += 1;
        }
    }
    n
}

#[test]
fn a_deploy_dir_inside_the_tree_through_dot_dot_is_refused() {
    let s = scenario();
    s.edit_env_cfg(
        "SCRIPT_DEPLOY_DIR=${REMOTE_DIR}/scripts",
        "SCRIPT_DEPLOY_DIR=${REMOTE_DIR}/scripts/../onboarding/snaps",
    );
    for _ in 0..2 {
        assert_refused(&s, &["deploy"], "is inside the tree");
    }
    assert_eq!(versions_in(&s.tree), 1);
    assert!(!s.tree.join("snaps").exists());
}

#[test]
fn a_deploy_dir_inside_the_tree_through_a_symlink_is_refused() {
    for target in ["onboarding/snaps", "onboarding", "onboarding/conf/.."] {
        let s = scenario();
        std::fs::create_dir_all(s.tree.join("snaps")).unwrap();
        std::os::unix::fs::symlink(target, s.path("nfs-apps/exostellar/scripts")).unwrap();
        for _ in 0..2 {
            assert_refused(&s, &["deploy"], "is inside the tree");
        }
        assert_eq!(versions_in(&s.tree), 1, "{target}");
        assert_eq!(
            std::fs::read_dir(s.tree.join("snaps")).unwrap().count(),
            0,
            "{target}"
        );
    }
}

#[test]
fn a_tree_inside_a_staging_folder_is_refused() {
    let s = scenario();
    let scripts = s.path("nfs-apps/exostellar/scripts");
    std::fs::create_dir_all(&scripts).unwrap();
    std::fs::rename(&s.tree, scripts.join(".xmake-staging-2.4.1-1")).unwrap();
    std::os::unix::fs::symlink(scripts.join(".xmake-staging-2.4.1-1"), &s.tree).unwrap();
    assert_refused(&s, &["deploy"], "a folder deploy makes or removes");
}

/// `/etc/xspot/config` a symlink to a folder outside `/etc/xspot`: nothing is read from it,
/// nothing copied, both targets refuse naming the link.
#[test]
fn etc_xspot_config_linked_out_of_etc_xspot_is_refused() {
    let s = scenario();
    let etc = s.path("etc/xspot/config");
    let outside = s.path("srv/not-xspot");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(
        outside.join("config.toml"),
        "key = \"OUTSIDE-SECRET-1234\"\n",
    )
    .unwrap();
    std::fs::write(outside.join("shadow"), "root:OUTSIDE-SECRET-1234\n").unwrap();
    std::fs::remove_dir_all(&etc).unwrap();
    std::os::unix::fs::symlink(&outside, &etc).unwrap();
    for target in ["sync-config", "sync-config-preview", "-n sync-config"] {
        let args: Vec<&str> = target.split(' ').collect();
        let all = assert_refused(&s, &args, "/etc/xspot/config");
        assert!(all.contains("leads outside /etc/xspot"), "{all}");
        assert!(!all.contains("OUTSIDE-SECRET"), "{all}");
    }
    assert!(!s.tree.join(XSPOT).join("config/shadow").exists());
}

/// A tree file that is a symlink is refused: not replaced, not read through, not backed up;
/// the preview names it and shows nothing of what it points at.
#[test]
fn a_symlinked_tree_file_is_never_replaced_nor_read() {
    let s = scenario();
    let config = s.tree.join(XSPOT).join("config");
    std::fs::rename(config.join("config.toml"), config.join("config.toml.real")).unwrap();
    std::os::unix::fs::symlink("config.toml.real", config.join("config.toml")).unwrap();
    let all = assert_refused(&s, &["sync-config"], "config/config.toml is a symlink");
    assert!(all.contains("never replaced"), "{all}");
    assert!(std::fs::symlink_metadata(config.join("config.toml"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(!s.tree.join(".xmake/backup").exists());

    // A link to a file outside the tree: its contents never appear in a diff.
    let s = scenario();
    let secret = s.path("root/secret");
    std::fs::create_dir_all(secret.parent().unwrap()).unwrap();
    std::fs::write(&secret, "PRIVATE-CONTENTS-5678\n").unwrap();
    let target = s.tree.join(XSPOT).join("config/dockerWrapper.toml");
    std::fs::remove_file(&target).unwrap();
    std::os::unix::fs::symlink(&secret, &target).unwrap();
    let before = s.state(true);
    let out = s.xmake(&["sync-config-preview"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains("PRIVATE-CONTENTS"), "{text}");
    assert!(text.contains("dockerWrapper.toml is a symlink"), "{text}");
    assert!(text.contains("1 refused"), "{text}");
    assert_eq!(before, s.state(true));
    let all = assert_refused(&s, &["sync-config"], "dockerWrapper.toml is a symlink");
    assert!(!all.contains("PRIVATE-CONTENTS"), "{all}");
    assert_eq!(std::fs::read(&secret).unwrap(), b"PRIVATE-CONTENTS-5678\n");
}

/// A tree folder that is a symlink out of the tree: nothing is written through it.
#[test]
fn a_tree_folder_linked_out_of_the_tree_is_refused() {
    let s = scenario();
    let scripts = s.tree.join(XSPOT).join("scripts");
    let outside = s.path("etc/cron.d");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("keep"), "* * * * * root true\n").unwrap();
    std::fs::remove_dir_all(&scripts).unwrap();
    std::os::unix::fs::symlink(&outside, &scripts).unwrap();
    assert_refused(&s, &["sync-config"], "is not inside the tree");
    assert_eq!(
        std::fs::read_dir(&outside).unwrap().count(),
        1,
        "something was written through the link"
    );
    let s = scenario();
    let outside = s.path("elsewhere");
    std::fs::create_dir_all(&outside).unwrap();
    std::os::unix::fs::symlink(&outside, s.tree.join(".xmake")).unwrap();
    assert_refused(&s, &["sync-config"], ".xmake");
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
    let s = scenario();
    let outside = s.path("elsewhere");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(s.tree.join(".xmake")).unwrap();
    std::os::unix::fs::symlink(&outside, s.tree.join(".xmake/backup")).unwrap();
    assert_refused(&s, &["sync-config"], ".xmake/backup");
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
}

/// Replaced files keep the tree's mode (set-id bits dropped), new files take `/etc/xspot`'s
/// without group/other write or set-id bits, backups are 0600.
#[test]
fn sync_config_never_widens_modes() {
    let s = scenario();
    let tree_config = s.tree.join(XSPOT).join("config");
    let tree_scripts = s.tree.join(XSPOT).join("scripts");
    let etc = s.path("etc/xspot");
    set_mode(&tree_config.join("config.toml"), 0o640);
    // A replaced script that was set-uid in the tree, changed under /etc/xspot.
    set_mode(&tree_scripts.join("startup.sh"), 0o4755);
    std::fs::write(
        etc.join("scripts/startup.sh"),
        "#!/bin/bash\necho changed\n",
    )
    .unwrap();
    // New files: set-uid and world-writable under /etc/xspot.
    std::fs::write(etc.join("scripts/suid.sh"), "#!/bin/bash\n").unwrap();
    set_mode(&etc.join("scripts/suid.sh"), 0o4777);
    std::fs::write(etc.join("config/open.env"), "A=1\n").unwrap();
    set_mode(&etc.join("config/open.env"), 0o666);
    let out = s.xmake(&["--yes", "sync-config"]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert_eq!(mode(&tree_config.join("config.toml")), 0o640);
    assert!(std::fs::read_to_string(tree_config.join("config.toml"))
        .unwrap()
        .contains("ami-0fedcba9876543210"));
    assert_eq!(mode(&tree_scripts.join("startup.sh")), 0o755);
    assert_eq!(mode(&tree_scripts.join("suid.sh")), 0o755);
    assert_eq!(mode(&tree_config.join("open.env")), 0o644);
    assert_eq!(mode(&tree_scripts.join("site_hook.sh")), 0o750);
    let backups = s.tree.join(".xmake/backup");
    let stamp = std::fs::read_dir(&backups)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let saved = stamp.join(XSPOT);
    assert_eq!(mode(&saved.join("config/config.toml")), 0o600);
    assert_eq!(mode(&saved.join("scripts/startup.sh")), 0o600);
    assert_eq!(
        std::fs::read(saved.join("config/config.toml")).unwrap(),
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/trees/full")
                .join(XSPOT)
                .join("config/config.toml")
        )
        .unwrap()
    );
}
