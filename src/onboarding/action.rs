//! Actions: the changes a step wants, as plain data. A dry run (`-n`) prints them; a real run
//! applies them through `adapters::fs`, recording each one in the journal first. Every action
//! can be applied again after a crash in the middle of it and ends in the same state.

use camino::{Utf8Path, Utf8PathBuf};
use serde::{Deserialize, Serialize};

use super::images;
use crate::adapters::bigcopy;
use crate::adapters::engine::EngineCall;
use crate::adapters::fs as safe;
use crate::adapters::manifest;
use crate::adapters::packages::{self, PackageCall};
use crate::adapters::root::Root;
use crate::adapters::scheduler::SchedulerCall;
use crate::adapters::services::UnitCall;
use crate::adapters::snapshot;
use crate::adapters::snapshot_marker::{self, Marker};

/// One change to the filesystem; paths are real paths (already mapped through `Root`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// `mkdir -p`; missing directories get the process's default (umask) mode.
    CreateDirAll { path: Utf8PathBuf },
    /// Replace `to` with the contents of `from` (atomic rename), with permission bits `mode`.
    /// `from` is a real path already resolved by the step: a symlink found there when the
    /// action is applied (swapped in after planning) is refused, never followed.
    CopyFile {
        from: Utf8PathBuf,
        to: Utf8PathBuf,
        mode: u32,
    },
    /// Make a fresh, checksum-verified copy of the tree `from` at `to` (not yet visible: `to`
    /// is a staging name), leaving out the top-level names in `exclude`. The snapshot marker,
    /// if any, is written first, so the copy holds it from the moment it exists.
    CopyTree {
        from: Utf8PathBuf,
        to: Utf8PathBuf,
        exclude: Vec<String>,
        #[serde(default)]
        marker: Option<Marker>,
    },
    /// Rename `from` to `to` (how a finished copy becomes visible).
    Rename { from: Utf8PathBuf, to: Utf8PathBuf },
    /// Point the symlink `link` at `target` by renaming a new link over it.
    SwitchSymlink {
        link: Utf8PathBuf,
        target: Utf8PathBuf,
    },
    /// Remove a directory tree (renamed out of sight first).
    RemoveTree { path: Utf8PathBuf },
    /// Copy a large file that must hash to `sha256` (streamed, resumable, verified), writing
    /// `to.sha256` beside it.
    CopyVerified {
        from: Utf8PathBuf,
        to: Utf8PathBuf,
        sha256: String,
    },
    /// Snapshot the filesystem under `root` with tar, leaving out `exclude` (node paths), to
    /// `to` and `to.sha256` (an older `to` stays until the new one is whole).
    Snapshot {
        root: Utf8PathBuf,
        exclude: Vec<Utf8PathBuf>,
        to: Utf8PathBuf,
    },
    /// A change to the container engine's images (see `onboarding::images::call`).
    Engine(EngineCall),
    /// Remove the image `id` that `reference` named when planned, only if `reference` still
    /// names it and a saved copy of it under `deploy_dir` verifies: by id when `reference` is
    /// its only name, else only that name comes off that very image.
    RemoveImage {
        reference: String,
        /// Empty in journals written before ids were recorded: the id at apply time counts.
        #[serde(default)]
        id: String,
        deploy_dir: Utf8PathBuf,
    },
    /// Install or upgrade packages (`yum install -y`; installing what is there is a no-op).
    Packages(PackageCall),
    /// Reload systemd or enable a unit (both idempotent).
    Unit(UnitCall),
    /// Drain this node in the batch scheduler.
    Scheduler(SchedulerCall),
    /// Replace `to` with `contents` (atomic rename), mode `mode`: xmake's own small state
    /// files (what `controller` installed).
    WriteFile {
        to: Utf8PathBuf,
        contents: String,
        mode: u32,
    },
}

impl Action {
    /// Adds a `mkdir -p` of `file`'s folder to `actions` when the folder is missing (once).
    pub fn push_parent_dir(actions: &mut Vec<Action>, file: &Utf8Path) {
        if let Some(parent) = file.parent() {
            if !parent.is_dir() {
                let action = Action::CreateDirAll {
                    path: parent.to_owned(),
                };
                if !actions.contains(&action) {
                    actions.push(action);
                }
            }
        }
    }

    /// One line for plans and logs, with paths as the node names them.
    pub fn describe(&self, root: &Root) -> String {
        let d = |p: &Utf8Path| root.display(p);
        match self {
            Action::CreateDirAll { path } => format!("mkdir -p {}", d(path)),
            Action::CopyFile { from, to, mode } => {
                format!("copy {} to {} (mode {mode:o})", d(from), d(to))
            }
            Action::CopyTree {
                from, to, exclude, ..
            } => format!(
                "copy {} to {} without {}, then verify every checksum",
                d(from),
                d(to),
                exclude.join(", ")
            ),
            Action::Rename { from, to } => format!("rename {} to {}", d(from), d(to)),
            Action::SwitchSymlink { link, target } => {
                format!("point {} at {target}", d(link))
            }
            Action::RemoveTree { path } => format!("remove {}", d(path)),
            Action::CopyVerified { from, to, sha256 } => format!(
                "copy {} to {} checking sha256 {sha256} (resuming a partial copy), with {}.sha256",
                d(from),
                d(to),
                d(to)
            ),
            Action::Snapshot { root, exclude, to } => format!(
                "snapshot {root} with tar without {}, to {} and {}.sha256",
                exclude
                    .iter()
                    .map(|p| p.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                d(to),
                d(to)
            ),
            Action::Engine(call) => images::call::describe(call),
            Action::RemoveImage {
                reference,
                id,
                deploy_dir,
            } => images::call::describe_remove(reference, id, &d(deploy_dir)),
            Action::Packages(call) => packages::describe(call),
            Action::Unit(call) => call.describe(),
            Action::Scheduler(call) => call.describe(),
            Action::WriteFile { to, contents, mode } => {
                format!("write {} ({} bytes, mode {mode:o})", d(to), contents.len())
            }
        }
    }

    /// Makes the change. Safe to call again after an interruption.
    pub fn apply(&self) -> std::io::Result<()> {
        match self {
            Action::CreateDirAll { path } => create_dir_all(path),
            Action::CopyFile { from, to, mode } => {
                safe::copy_file_nofollow_verified(from, to, *mode).map(|_| ())
            }
            Action::CopyTree {
                from,
                to,
                exclude,
                marker,
            } => copy_tree(from, to, exclude, marker.as_ref()),
            Action::Rename { from, to } => safe::rename(from, to),
            Action::SwitchSymlink { link, target } => safe::switch_symlink(link, target),
            Action::RemoveTree { path } => safe::remove_tree(path),
            Action::CopyVerified { from, to, sha256 } => {
                bigcopy::copy_verified(from, to, sha256).map_err(std::io::Error::other)
            }
            Action::Snapshot { root, exclude, to } => snapshot::snapshot(root, exclude, to)
                .map(|_| ())
                .map_err(std::io::Error::other),
            Action::Engine(call) => images::call::apply(call),
            Action::RemoveImage {
                reference,
                id,
                deploy_dir,
            } => images::call::remove(reference, id, deploy_dir),
            Action::Packages(call) => packages::apply(call).map_err(std::io::Error::other),
            Action::Unit(call) => call.apply().map_err(std::io::Error::other),
            Action::Scheduler(call) => call.apply().map_err(std::io::Error::other),
            Action::WriteFile { to, contents, mode } => {
                safe::write_atomic(to, contents.as_bytes(), *mode)
            }
        }
    }
}

fn create_dir_all(path: &Utf8Path) -> std::io::Result<()> {
    let mut missing = Vec::new();
    let mut cur = Some(path);
    while let Some(p) = cur {
        if p.as_str().is_empty() || p.is_dir() {
            break;
        }
        missing.push(p);
        cur = p.parent();
    }
    for dir in missing.into_iter().rev() {
        safe::create_dir(dir, None)?;
    }
    Ok(())
}

fn copy_tree(
    from: &Utf8Path,
    to: &Utf8Path,
    exclude: &[String],
    marker: Option<&Marker>,
) -> std::io::Result<()> {
    safe::remove_tree(to)?;
    let exclude: Vec<&str> = exclude.iter().map(String::as_str).collect();
    let source = manifest::scan(from, &exclude)?;
    if let Some(marker) = marker {
        safe::create_dir(to, Some(0o700))?;
        snapshot_marker::write(to, marker)?;
    }
    manifest::copy_tree(from, to, &source)?;
    let own: &[&str] = if marker.is_some() {
        &[snapshot_marker::MARKER]
    } else {
        &[]
    };
    let copy = manifest::scan(to, own)?;
    let wrong = manifest::differences(&source, &copy);
    if !wrong.is_empty() {
        return Err(std::io::Error::other(format!(
            "the copy at {to} does not match the tree ({} differ, first {})",
            wrong.len(),
            wrong[0]
        )));
    }
    match marker {
        Some(marker) if snapshot_marker::read(to).ok().as_ref() != Some(marker) => Err(
            std::io::Error::other(format!("the snapshot marker in {to} does not read back")),
        ),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(dir: &Utf8Path) -> Vec<(Utf8PathBuf, manifest::Entry)> {
        manifest::scan(dir, &[]).unwrap().into_iter().collect()
    }

    /// Every action, applied a second time (as a resumed journal does), changes nothing more.
    #[test]
    fn every_action_can_be_applied_twice() {
        let tmp = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(tmp.path().to_owned()).unwrap();
        std::fs::create_dir_all(base.join("tree/sub")).unwrap();
        std::fs::write(base.join("tree/sub/f"), "x").unwrap();
        std::fs::create_dir_all(base.join("tree/.git")).unwrap();
        std::fs::create_dir_all(base.join("old/deep")).unwrap();
        let out = base.join("out");
        let actions = [
            Action::CreateDirAll {
                path: out.join("a/b"),
            },
            Action::CopyFile {
                from: base.join("tree/sub/f"),
                to: out.join("a/b/f"),
                mode: 0o600,
            },
            Action::CopyTree {
                from: base.join("tree"),
                to: out.join(".staging"),
                exclude: vec![".git".into()],
                marker: Some(Marker::new("r", 1, 1)),
            },
            Action::Rename {
                from: out.join(".staging"),
                to: out.join("snap"),
            },
            Action::SwitchSymlink {
                link: out.join("latest"),
                target: "snap".into(),
            },
            Action::RemoveTree {
                path: base.join("old"),
            },
        ];
        for action in &actions {
            action.apply().unwrap();
            let once = listing(&base);
            action.apply().unwrap();
            assert_eq!(once, listing(&base), "{action:?}");
        }
        assert!(!out.join("snap/.git").exists());
        assert_eq!(std::fs::read(out.join("snap/sub/f")).unwrap(), b"x");
        assert!(!base.join("old").exists());
    }
}
