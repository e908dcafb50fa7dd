//! The native targets, one file each, and the table that names them.

pub mod base;
pub mod build_image;
pub mod compare;
pub mod controller;
pub mod deploy;
pub mod deploy_images;
pub mod deploy_rules;
pub mod image_bounds;
pub mod image_folder;
pub mod restart_post_docker;
pub mod snapshots;
pub mod sync_config;
pub mod sync_config_preview;
pub mod sync_config_rules;

use super::step::{Ctx, Target};

/// How a native target runs.
#[derive(Clone, Copy)]
pub enum Kind {
    /// The settings report itself (`check-config`): no steps, the report is the target.
    Report,
    /// A list of steps, from this constructor.
    Steps(fn() -> Target),
}

/// One native target: its name, what it does in one line (`xmake --list`), and how it runs. A
/// name cannot be listed without saying how it runs, and the table's test checks that every
/// `Steps` target has steps and its name.
#[derive(Clone, Copy)]
pub struct Native {
    pub name: &'static str,
    /// One line, lower case, no final period: what `xmake <name>` does.
    pub description: &'static str,
    /// The env.cfg keys its steps and preconditions read (`--explain` shows where each is
    /// set). Every native target also loads and checks all of them first.
    pub reads: &'static [&'static str],
    pub kind: Kind,
}

/// Every key env.cfg may set: what `check-config` reads.
const ALL_KEYS: &[&str] = &crate::onboarding::settings::keys::KEY_NAMES;

/// What `controller` and `upgrade` install, and how post-docker runs.
const VERSIONS_AND_SYSTEMD: &[&str] = &[
    "XSPOT_RPM_VERSION",
    "XSPOT_PLATFORM",
    "XSPOT_KERNEL",
    "CLI_WRAPPER_VERSION",
    "IS_SYSTEMD",
];

/// Every target xmake runs natively.
pub const TABLE: &[Native] = &[
    Native {
        name: "check-config",
        description: "check conf/env.cfg and config.toml, every problem at once",
        reads: ALL_KEYS,
        kind: Kind::Report,
    },
    Native {
        name: "image-folder",
        description: "create the release's folder under IMAGE_DEPLOY_DIR",
        reads: &["REMOTE_DIR", "IMAGE_DEPLOY_DIR"],
        kind: Kind::Steps(image_folder::target),
    },
    Native {
        name: "base",
        description: "fill the release's base: a copy of current's, or a snapshot of this root",
        reads: &["REMOTE_DIR", "IMAGE_DEPLOY_DIR"],
        kind: Kind::Steps(base::target),
    },
    Native {
        name: "new-base",
        description: "take the base snapshot again, replacing the release's one",
        reads: &["REMOTE_DIR", "IMAGE_DEPLOY_DIR"],
        kind: Kind::Steps(base::new_base_target),
    },
    Native {
        name: "build-image",
        description: "build the images of IMAGE_NAME_LIST that are missing or out of date",
        reads: &["IMAGE_DEPLOY_DIR", "IMAGE_NAME_LIST"],
        kind: Kind::Steps(build_image::target),
    },
    Native {
        name: "rebuild-image",
        description: "rebuild every image without cache, showing Dockerfile changes",
        reads: &["IMAGE_DEPLOY_DIR", "IMAGE_NAME_LIST"],
        kind: Kind::Steps(build_image::rebuild_target),
    },
    Native {
        name: "controller",
        description: "install X-Spot on this controller (first install)",
        reads: VERSIONS_AND_SYSTEMD,
        kind: Kind::Steps(controller::target),
    },
    Native {
        name: "upgrade",
        description: "upgrade this controller's X-Spot packages and files to the release",
        reads: VERSIONS_AND_SYSTEMD,
        kind: Kind::Steps(controller::upgrade_target),
    },
    Native {
        name: "install-xspot-worker",
        description: "install the worker packages on the scratch worker VM",
        reads: &["XSPOT_RPM_VERSION", "XSPOT_PLATFORM"],
        kind: Kind::Steps(controller::worker_target),
    },
    Native {
        name: "sync-config-preview",
        description: "show how /etc/xspot differs from the tree's configuration",
        reads: &[],
        kind: Kind::Steps(sync_config_preview::target),
    },
    Native {
        name: "sync-config",
        description: "copy /etc/xspot's configuration changes back into the tree",
        reads: &[],
        kind: Kind::Steps(sync_config::target),
    },
    Native {
        name: "deploy",
        description: "save the images and snapshot the tree into the shared deploy folders",
        reads: &["SCRIPT_DEPLOY_DIR", "IMAGE_DEPLOY_DIR", "IMAGE_NAME_LIST"],
        kind: Kind::Steps(deploy::target),
    },
    Native {
        name: "restart-post-docker",
        description: "restart post-docker and wait until it has loaded every image",
        reads: &["IS_SYSTEMD", "IMAGE_NAME_LIST"],
        kind: Kind::Steps(restart_post_docker::target),
    },
];

const NAME_ARRAY: [&str; TABLE.len()] = {
    let mut names = [""; TABLE.len()];
    let mut i = 0;
    while i < TABLE.len() {
        names[i] = TABLE[i].name;
        i += 1;
    }
    names
};

/// The names of [`TABLE`], in order.
pub const NAMES: &[&str] = &NAME_ARRAY;

/// The table's entry for `name`.
pub fn find(name: &str) -> Option<&'static Native> {
    TABLE.iter().find(|t| t.name == name)
}

/// The steps of a native target (`None` for `check-config`, which is the report itself).
pub fn get(name: &str) -> Option<Target> {
    match find(name)?.kind {
        Kind::Steps(target) => Some(target()),
        Kind::Report => None,
    }
}

/// The lock guarding a shared deploy directory: `.<name>.xmake-lock` beside it, so it exists
/// before the directory does (its parent must exist: see [`check_parent`]).
pub fn lock_beside(dir: &camino::Utf8Path) -> camino::Utf8PathBuf {
    let name = dir.file_name().unwrap_or("deploy");
    dir.with_file_name(format!(".{name}.xmake-lock"))
}

/// The lock beside `IMAGE_DEPLOY_DIR` (by its real path when it has one under the root
/// prefix), taken by every target writing into it.
pub fn image_lock(cx: &Ctx) -> camino::Utf8PathBuf {
    let node = &cx.site.image_deploy_dir;
    lock_beside(&cx.root.confine(node).unwrap_or_else(|_| cx.path(node)))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A listed target always runs something: the report, or steps under its own name.
    #[test]
    fn every_target_in_the_table_has_steps_under_its_name() {
        for native in TABLE {
            match native.kind {
                Kind::Report => assert_eq!(native.name, "check-config"),
                Kind::Steps(make) => {
                    let target = make();
                    assert_eq!(target.name, native.name);
                    assert!(!target.steps.is_empty(), "{} has no steps", native.name);
                }
            }
        }
        for native in TABLE {
            for key in native.reads {
                assert!(
                    crate::onboarding::settings::keys::lookup(key).is_some(),
                    "{} reads an unknown key {key}",
                    native.name
                );
            }
        }
        let mut names = NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TABLE.len(), "a name is listed twice");
    }
}
