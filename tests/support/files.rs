//! Files for tests: this repository's path, folder copies that keep modes and symlinks,
//! in-place edits, scratch copies of the fixture trees and scratch node roots.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// This repository (where `Cargo.toml` is).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder: files keep their permissions, symlinks stay symlinks (their targets
/// copied as written), folders keep their modes.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("dir entry");
        let dest = to.join(entry.file_name());
        let kind = entry.file_type().expect("file type");
        if kind.is_dir() {
            copy_dir(&entry.path(), &dest);
        } else if kind.is_symlink() {
            let target = std::fs::read_link(entry.path()).expect("read link");
            std::os::unix::fs::symlink(target, &dest).expect("symlink");
        } else {
            std::fs::copy(entry.path(), &dest).expect("copy keeps permissions");
        }
    }
    let mode = std::fs::metadata(from).expect("stat").permissions().mode();
    std::fs::set_permissions(to, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// A scratch copy of `fixtures/trees/<name>` to break.
pub fn tree_copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("fixtures/trees").join(name), dir.path());
    dir
}

/// Rewrites a file through `f`.
pub fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).expect("read");
    std::fs::write(path, f(text)).expect("write");
}

/// A node under a scratch `--root`: the folders `dirs` (relative to the root) and a
/// `/proc/mounts` that puts `/nfs-apps` and `/ontap` on network storage and the rest on a
/// local disk, so check-config's node checks see the shared folders an env.cfg names.
pub fn node_root(dirs: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for d in dirs.iter().chain(&["proc"]) {
        std::fs::create_dir_all(dir.path().join(d)).expect("mkdir");
    }
    std::fs::write(
        dir.path().join("proc/mounts"),
        "/dev/sda1 / xfs rw,relatime 0 0\n\
         filer:/apps /nfs-apps nfs4 rw,vers=4.1 0 0\n\
         filer:/ontap /ontap nfs rw 0 0\n",
    )
    .expect("mounts");
    dir
}
