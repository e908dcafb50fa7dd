//! The native targets, one file each, and the table that names them.

pub mod compare;
pub mod deploy;
pub mod image_folder;
pub mod snapshots;
pub mod sync_config;
pub mod sync_config_preview;

use super::step::{Ctx, Target};

/// Every target xmake runs natively (`check-config` is the settings report itself).
pub const NAMES: &[&str] = &[
    "check-config",
    "image-folder",
    "sync-config-preview",
    "sync-config",
    "deploy",
];

/// The steps of a native target (not `check-config`, which has none).
pub fn get(name: &str) -> Option<Target> {
    match name {
        "image-folder" => Some(image_folder::target()),
        "sync-config-preview" => Some(sync_config_preview::target()),
        "sync-config" => Some(sync_config::target()),
        "deploy" => Some(deploy::target()),
        _ => None,
    }
}

/// The lock guarding a shared deploy directory: `.<name>.xmake-lock` beside it, so it exists
/// before the directory does (its parent must exist: see [`check_parent`]).
pub fn lock_beside(dir: &camino::Utf8Path) -> camino::Utf8PathBuf {
    let name = dir.file_name().unwrap_or("deploy");
    dir.with_file_name(format!(".{name}.xmake-lock"))
}

/// The parent of a deploy directory must exist (it holds the lock; missing means unmounted).
pub fn check_parent(cx: &Ctx, dir: &camino::Utf8Path) -> Result<(), String> {
    let real = cx.path(dir);
    match real.parent() {
        Some(parent) if parent.is_dir() => Ok(()),
        _ => Err(format!(
            "{} does not exist: mount the shared storage first; nothing was changed",
            dir.parent().unwrap_or(dir)
        )),
    }
}

/// A precondition shared by targets that need the shared storage: `REMOTE_DIR` is a directory.
pub fn check_remote_dir(cx: &Ctx) -> Result<(), String> {
    let remote = &cx.site.remote_dir;
    if cx.path(remote).is_dir() {
        Ok(())
    } else {
        Err(format!(
            "REMOTE_DIR {remote} is not a directory: mount the shared storage first; nothing was changed"
        ))
    }
}
