//! The native targets, one file each, and the table that names them.

pub mod compare;
pub mod deploy;
pub mod image_folder;
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
