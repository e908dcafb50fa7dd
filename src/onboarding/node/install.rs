//! Installing files from the tree onto the node (`controller`, `upgrade`): the tree's
//! `integrate-xspot/{config,scripts}` into `/etc/xspot/{config,scripts}`, `conf/env.cfg` to
//! `/etc/xspot/env.cfg`, and the post-docker script and unit. Planned as actions: a file that
//! differs is first saved (mode 0600) under `/var/lib/xmake/backup/<time>/<node path>` on the
//! node, then replaced; a file only on the node is left alone (xmake did not make it). A new
//! or changed unit file is followed by `systemctl daemon-reload`.
//!
//! `/etc/xspot` is also where the admin edits the working configuration during validation
//! (`sync-config` later copies it into the tree). So xmake records what it installed
//! (`/var/lib/xmake/installed.json`: node path -> SHA-256) and never overwrites a file edited
//! on the node since: a file whose contents are no longer what xmake wrote is kept, with a note
//! (`sync-config-preview` shows it). A file xmake has no record of (a node set up before xmake)
//! is replaced, after its backup, and only once the admin agreed: those files are listed and
//! asked about first (`--yes` answers; see `crate::onboarding::confirm`). So no file edited on
//! the node is overwritten without the admin's word.
//!
//! Nothing is followed or widened: tree files are read only when they are regular files with
//! no other hard link (a symlink in the tree is reported and not installed); on the node, a symlink or special file
//! where a file would go, or a folder whose real path leaves its destination, refuses the
//! step before anything changes. Installed files take the tree file's permission bits masked
//! to `0755` (never group/other writable, never set-id).

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::fs as safe;
use crate::adapters::manifest::{self, Entry};
use crate::adapters::services::UnitCall;
use crate::adapters::state;
use crate::adapters::{nofollow, realpath};
use crate::onboarding::action::Action;
use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::step::Ctx;
use crate::onboarding::tree::XSPOT_DIR;

/// xmake's own state on the node (its lock, the record below, backups), made `0700`.
pub const NODE_STATE: &str = "/var/lib/xmake";
/// What xmake installed on this node (node path -> SHA-256 of what it wrote).
pub const RECORD: &str = "/var/lib/xmake/installed.json";
/// Configuration files and scripts are small: a larger one is refused, not read.
const MAX_FILE: u64 = 16 << 20;
/// The record is small; anything larger is not xmake's.
const MAX_RECORD: u64 = 1 << 20;

/// Where replaced node files are saved, on the node.
pub const BACKUP_DIR: &str = "/var/lib/xmake/backup";
/// The working configuration's home on a controller.
pub const ETC_XSPOT: &str = "/etc/xspot";
/// Where the post-docker unit goes.
pub const UNIT_DIR: &str = "/etc/systemd/system";
/// Installed files are never group/other writable nor set-id.
const INSTALL_MASK: u32 = 0o755;
/// Backups hold the license key: root only.
const BACKUP_MODE: u32 = 0o600;

/// One file to install: its place in the tree and on the node (as the node names it), and the
/// node folder it must stay inside.
#[derive(Clone, Debug)]
pub struct Item {
    pub from: Utf8PathBuf,
    pub to: Utf8PathBuf,
    pub within: Utf8PathBuf,
}

/// What installing would do.
#[derive(Debug, Default)]
pub struct Plan {
    pub actions: Vec<Action>,
    /// Node paths replaced (after a backup) and added.
    pub replaced: Vec<Utf8PathBuf>,
    pub added: Vec<Utf8PathBuf>,
    /// Of `replaced`, the node paths xmake has no record of installing: they may hold edits
    /// made on the node, so a real run asks first (`crate::onboarding::confirm`).
    pub unrecorded: Vec<Utf8PathBuf>,
    pub notes: Vec<String>,
}

/// The files `controller` and `upgrade` install. `systemd`: the unit too (`IS_SYSTEMD`).
pub fn items(cx: &Ctx, systemd: bool) -> Result<Vec<Item>, String> {
    let mut items = Vec::new();
    let mut refused = Vec::new();
    for part in ["config", "scripts"] {
        let from = cx.tree.dir.join(XSPOT_DIR).join(part);
        let to = Utf8Path::new(ETC_XSPOT).join(part);
        folder_items(&from, &to, &mut items, &mut refused)?;
    }
    let etc = Utf8Path::new(ETC_XSPOT);
    let templates = cx.tree.dir.join("scripts/templates");
    items.push(item(
        cx.tree.dir.join("conf/env.cfg"),
        etc.join("env.cfg"),
        etc,
    ));
    items.push(item(
        templates.join("post-docker.sh"),
        etc.join("post-docker.sh"),
        etc,
    ));
    if systemd {
        let units = Utf8Path::new(UNIT_DIR);
        items.push(item(
            templates.join("post-docker.service"),
            units.join("post-docker.service"),
            units,
        ));
    }
    if refused.is_empty() {
        Ok(items)
    } else {
        Err(format!(
            "refused in the tree: {}; nothing was changed",
            refused.join("; ")
        ))
    }
}

fn item(from: Utf8PathBuf, to: Utf8PathBuf, within: &Utf8Path) -> Item {
    Item {
        from,
        to,
        within: within.to_owned(),
    }
}

/// Every regular file under the tree folder `from` (a missing folder has none); symlinks and
/// special files are refused, named in `refused`.
fn folder_items(
    from: &Utf8Path,
    to: &Utf8Path,
    items: &mut Vec<Item>,
    refused: &mut Vec<String>,
) -> Result<(), String> {
    match std::fs::symlink_metadata(from) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            refused.push(format!("{from} is not a folder"));
            return Ok(());
        }
        Err(_) => return Ok(()),
    }
    let listing = manifest::scan(from, &[]).map_err(|e| format!("cannot read {from}: {e}"))?;
    for (rel, entry) in listing {
        match entry {
            Entry::File { .. } => items.push(item(from.join(&rel), to.join(&rel), to)),
            Entry::Symlink { .. } => refused.push(format!(
                "{} is a symlink (make it a regular file)",
                from.join(&rel)
            )),
            Entry::Dir { .. } => {}
        }
    }
    Ok(())
}

/// The record of installed files; empty when there is none. A record that is not a private
/// regular file of xmake's user, or does not parse, refuses the step.
pub(super) fn read_record(cx: &Ctx) -> Result<BTreeMap<String, String>, String> {
    let path = cx.path(RECORD);
    let bytes = state::read_file(&path, MAX_RECORD)
        .map_err(|e| format!("refusing {RECORD}: {e}; nothing was changed"))?;
    let Some(bytes) = bytes else {
        return Ok(BTreeMap::new());
    };
    serde_json::from_slice::<Record>(&bytes)
        .map(|r| r.files)
        .map_err(|e| format!("refusing {RECORD}: {e} (move it away); nothing was changed"))
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Record {
    files: BTreeMap<String, String>,
}

/// Compares each item with the node and plans the copies (backups first).
pub fn plan(cx: &Ctx, items: &[Item]) -> Result<Plan, String> {
    let mut plan = Plan::default();
    let backup = cx.path(Utf8Path::new(BACKUP_DIR).join(&cx.stamp));
    let old_record = read_record(cx)?;
    let mut record = old_record.clone();
    let tree = realpath::resolve(&cx.tree.dir)
        .map_err(|e| format!("refused: {e}; nothing was changed"))?;
    for item in items {
        let (from, bytes, meta) = match read_tree_file(cx, &tree, &item.from)? {
            Some(read) => read,
            None => {
                plan.notes.push(format!(
                    "{} is not in the tree: {} is not installed",
                    cx.tree.rel(&item.from),
                    item.to
                ));
                continue;
            }
        };
        let mode = meta.permissions().mode() & INSTALL_MASK;
        let dest = destination(cx, item)?;
        let key = item.to.to_string();
        match node_file(&dest)? {
            Some((old, old_mode)) if old == bytes && old_mode == mode => {
                record.insert(key, safe::sha256_hex(&old));
                continue;
            }
            Some((old, _))
                if old_record
                    .get(&key)
                    .is_some_and(|sum| *sum != safe::sha256_hex(&old)) =>
            {
                plan.notes.push(format!(
                    "{} was edited on this node since xmake installed it: kept (sync-config copies it into the tree)",
                    item.to
                ));
                continue;
            }
            Some(_) => {
                let saved = backup.join(item.to.strip_prefix("/").unwrap_or(&item.to));
                Action::push_parent_dir(&mut plan.actions, &saved);
                plan.actions.push(Action::CopyFile {
                    from: dest.clone(),
                    to: saved,
                    mode: BACKUP_MODE,
                });
                plan.replaced.push(item.to.clone());
                if !old_record.contains_key(&key) {
                    plan.unrecorded.push(item.to.clone());
                }
            }
            None => plan.added.push(item.to.clone()),
        }
        Action::push_parent_dir(&mut plan.actions, &dest);
        plan.actions.push(Action::CopyFile {
            from,
            to: dest,
            mode,
        });
        record.insert(key, safe::sha256_hex(&bytes));
        if item.within == UNIT_DIR {
            // systemd reads a new or changed unit file only after a reload.
            plan.actions.push(Action::Unit(UnitCall::DaemonReload));
        }
    }
    if record != old_record {
        let path = cx.path(RECORD);
        Action::push_parent_dir(&mut plan.actions, &path);
        let contents =
            serde_json::to_string_pretty(&Record { files: record }).map_err(|e| e.to_string())?;
        plan.actions.push(Action::WriteFile {
            to: path,
            contents: contents + "\n",
            mode: 0o600,
        });
    }
    Ok(plan)
}

/// A tree file's real path (its folder resolved once, inside `tree`, the tree's real path),
/// contents and metadata, read from one open file at that real path: `None` when it is
/// missing. Refused: a file whose folder leads out of the tree, a symlink or special file, one
/// with other hard links (it may be another file of this machine, `/etc/shadow` linked into a
/// tree others can write), one over [`MAX_FILE`].
fn read_tree_file(
    cx: &Ctx,
    tree: &Utf8Path,
    path: &Utf8Path,
) -> Result<Option<(Utf8PathBuf, Vec<u8>, std::fs::Metadata)>, String> {
    let refuse = |why: String| format!("refused: {why}; nothing was changed");
    let parent = path.parent().unwrap_or(path);
    let real = realpath::within_real(parent, tree, cx.tree.rel(parent))
        .map_err(|e| refuse(format!("{e}: its folder is not inside the tree")))?
        .join(path.file_name().unwrap_or_default());
    let (bytes, meta) = match nofollow::read_regular_bounded(&real, MAX_FILE) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(refuse(e.to_string())),
    };
    if meta.nlink() > 1 {
        return Err(refuse(format!(
            "{path} has {} hard links (it may be another file of this machine): make it a file of its own",
            meta.nlink()
        )));
    }
    Ok(Some((real, bytes, meta)))
}

/// The real path an item is written to: its folder must stay inside `within` (real paths,
/// under the root prefix); the name itself is never followed.
pub(super) fn destination(cx: &Ctx, item: &Item) -> Result<Utf8PathBuf, String> {
    let within = cx
        .root
        .confine(&item.within)
        .map_err(|e| format!("{e}: refused; nothing was changed"))?;
    let parent = item.to.parent().unwrap_or(&item.to);
    let real_parent = realpath::within(&cx.path(parent), &within, parent)
        .map_err(|e| format!("{}: refused; nothing was changed", cx.root.show(e)))?;
    Ok(real_parent.join(item.to.file_name().unwrap_or_default()))
}

/// The node file's contents and mode; `None` when missing; an error for anything that is not
/// a regular file (never written through).
fn node_file(path: &Utf8Path) -> Result<Option<(Vec<u8>, u32)>, String> {
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(None),
        Ok(m) if m.is_file() => {
            let (bytes, meta) = nofollow::read_regular_bounded(path, MAX_FILE)
                .map_err(|e| format!("refused: {e}; nothing was changed"))?;
            Ok(Some((bytes, meta.permissions().mode() & 0o7777)))
        }
        Ok(_) => Err(format!(
            "refused: {path} is not a regular file (a symlink, folder or special file): move it away; nothing was changed"
        )),
    }
}

/// The step writes under `/etc/xspot`, the unit folder and the backup folder; it reads the
/// tree and (for backups) those node folders.
pub fn bounds(cx: &Ctx) -> Vec<Bound> {
    let etc = cx.path(ETC_XSPOT);
    let units = cx.path(UNIT_DIR);
    let backup = cx.path(BACKUP_DIR);
    vec![
        Bound::new(Kind::CreateDirAll, &etc, Reach::Itself),
        Bound::new(Kind::CreateDirAll, &etc, Reach::Below),
        Bound::new(Kind::CreateDirAll, &units, Reach::Itself),
        Bound::new(Kind::CreateDirAll, &backup, Reach::Below),
        Bound::new(Kind::CopyFile, &etc, Reach::Below).reading(vec![cx.tree.dir.clone()]),
        Bound::new(Kind::CopyFile, &units, Reach::Entry).reading(vec![cx.tree.dir.clone()]),
        Bound::new(Kind::CopyFile, &backup, Reach::Below).reading(vec![etc, units]),
        Bound::allowing(Kind::Unit, cx.root.dir(), Vec::new()),
        Bound::new(Kind::WriteFile, cx.path(RECORD), Reach::Itself),
        Bound::new(Kind::CreateDirAll, cx.path(NODE_STATE), Reach::Itself),
    ]
}
