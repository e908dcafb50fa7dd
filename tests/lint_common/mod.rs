//! Shared helpers for the `--lint`/`--list` integration tests: the real executable run in a
//! directory (no colour, native mode as the environment leaves it), and scratch copies of the
//! fixture trees to break.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `xmake -C dir args…`.
pub fn xmake(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xmake"))
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("XMAKE_NATIVE")
        .output()
        .expect("xmake runs")
}

/// Copies a folder (files keep their permissions; the fixtures hold no symlinks).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy keeps permissions");
        }
    }
}

/// A copy of `fixtures/trees/<name>` to break.
pub fn tree_copy(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&manifest().join("fixtures/trees").join(name), dir.path());
    dir
}

/// Rewrites a file through `f`.
pub fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).expect("read");
    std::fs::write(path, f(text)).expect("write");
}
