//! `deploy` (tree half): copy the tree, without `.git` and `.xmake`, to a new
//! `${SCRIPT_DEPLOY_DIR}/<release>-<n>/`, verify every checksum, then switch `latest` to it
//! atomically. The copy is made under a hidden staging name, with xmake's marker
//! (`adapters::snapshot_marker`) written into it first, and renamed only once verified, so
//! `latest` never points at a partial copy. No new snapshot is made when the tree is
//! identical to what `latest` points at (the marker aside). Older snapshots beyond the newest
//! `keep_snapshots` (`XMAKE_KEEP_SNAPSHOTS`, default 5, 0 = keep all) are removed: only
//! snapshots xmake can prove it made (see `snapshots`), newest by their marker's sequence
//! number; the one `latest` or `current` points at, and the one the run started from, are
//! always kept. `SCRIPT_DEPLOY_DIR` is used by its real path, which must be under the root
//! prefix and outside the tree.

use std::fmt::Write as _;

use camino::{Utf8Path, Utf8PathBuf};

use super::deploy_images;
use super::snapshots::{self, Listing, STAGING};
use crate::adapters::fs as safe;
use crate::adapters::manifest::{self, Entry, Manifest};
use crate::adapters::realpath;
use crate::adapters::snapshot_marker::{Marker, MARKER};
use crate::onboarding::action::Action;
use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::diff;
use crate::onboarding::step::{Ctx, Outcome, Step, Target};
use crate::onboarding::tree::STATE_DIR;

/// Top-level names of the tree that are never deployed (a tree's own marker is never copied:
/// a snapshot's marker is the one xmake writes).
pub const EXCLUDE: [&str; 3] = [".git", STATE_DIR, MARKER];
/// Room kept free beyond the snapshot's size.
const MARGIN: u64 = 1 << 20;
/// Names listed at most in a note.
const NOTE_NAMES: usize = 10;

pub fn target() -> Target {
    Target {
        name: "deploy",
        preconditions,
        shared_locks: locks,
        read_only: false,
        overwrites: None,
        steps: vec![
            Step {
                name: "script-deploy-dir",
                plan: plan_deploy_dir,
                bounds: bounds_deploy_dir,
                rules: crate::onboarding::rules::none,
            },
            deploy_images::save_step(),
            Step {
                name: "snapshot",
                plan: plan_snapshot,
                bounds: bounds_snapshot,
                rules: super::deploy_rules::snapshot,
            },
            deploy_images::current_step(),
            Step {
                name: "prune",
                plan: plan_prune,
                bounds: bounds_prune,
                rules: super::deploy_rules::prune,
            },
        ],
    }
}

/// `SCRIPT_DEPLOY_DIR`'s real path (after symlinks), which must be under the root prefix.
pub(super) fn deploy_dir(cx: &Ctx) -> Result<Utf8PathBuf, String> {
    let node = &cx.site.script_deploy_dir;
    cx.root
        .confine(node)
        .map_err(|e| format!("SCRIPT_DEPLOY_DIR: {e}; nothing was changed"))
}

/// The deploy directory's lock sits beside it, so it exists before the directory does; with
/// the image half, the one beside `IMAGE_DEPLOY_DIR` too (the one `build-image` takes).
fn locks(cx: &Ctx) -> Vec<Utf8PathBuf> {
    let dir = deploy_dir(cx).unwrap_or_else(|_| cx.path(&cx.site.script_deploy_dir));
    let mut locks = vec![super::lock_beside(&dir)];
    if deploy_images::wanted(cx) {
        locks.push(super::image_lock(cx));
    }
    locks
}

fn scan_tree(cx: &Ctx) -> Result<Manifest, String> {
    scan_tree_noting(cx).map(|(tree, _)| tree)
}

/// The tree's manifest, and a note naming the special files (FIFOs, sockets, devices) a
/// snapshot leaves out, if any: a snapshot is never silently less than the tree.
fn scan_tree_noting(cx: &Ctx) -> Result<(Manifest, Option<String>), String> {
    let (tree, special) = manifest::scan_noting(&cx.tree.dir, &EXCLUDE)
        .map_err(|e| format!("cannot read the tree: {e}"))?;
    let note = (!special.is_empty()).then(|| {
        format!(
            "{} special file(s) in the tree (FIFOs, sockets, devices) are not part of a snapshot: {}",
            special.len(),
            some_names(special.iter().map(|p| p.as_str()))
        )
    });
    Ok((tree, note))
}

/// The deploy directory must not be the root, inside the tree (each deploy would copy the
/// snapshots before it), nor hold the tree in a folder deploy itself makes or removes.
fn check_bounds(cx: &Ctx, dir: &Utf8Path) -> Result<(), String> {
    let node = &cx.site.script_deploy_dir;
    let root =
        realpath::resolve(cx.root.dir()).map_err(|e| format!("cannot resolve the root: {e}"))?;
    if dir == root {
        return Err(format!(
            "SCRIPT_DEPLOY_DIR {node} is the root directory; nothing was changed"
        ));
    }
    let tree =
        realpath::resolve(&cx.tree.dir).map_err(|e| format!("cannot resolve the tree: {e}"))?;
    if dir.starts_with(&tree) {
        return Err(format!(
            "SCRIPT_DEPLOY_DIR {node} is inside the tree (it is {}); nothing was changed",
            cx.root.display(dir)
        ));
    }
    let first = tree
        .strip_prefix(dir)
        .ok()
        .and_then(|rest| rest.components().next());
    if first.is_some_and(|c| c.as_str().starts_with('.')) {
        return Err(format!(
            "the tree is inside {node}/{}, a folder deploy makes or removes; nothing was changed",
            first.map_or("", |c| c.as_str())
        ));
    }
    Ok(())
}

fn preconditions(cx: &Ctx) -> Result<(), String> {
    deploy_images::preconditions_if_wanted(cx)?;
    let node = &cx.site.script_deploy_dir;
    let dir = deploy_dir(cx)?;
    check_bounds(cx, &dir)?;
    let parent = dir.parent().unwrap_or(Utf8Path::new("/"));
    super::check_parent(cx, node)?;
    if dir.exists() && !dir.is_dir() {
        return Err(format!(
            "SCRIPT_DEPLOY_DIR {node} is not a directory; nothing was changed"
        ));
    }
    let writable_dir = if dir.is_dir() { dir.as_path() } else { parent };
    if !safe::dir_writable(writable_dir) {
        return Err(format!(
            "{} is not writable; nothing was changed",
            cx.root.display(writable_dir)
        ));
    }
    let latest = dir.join("latest");
    if std::fs::symlink_metadata(&latest).is_ok_and(|m| !m.file_type().is_symlink()) {
        return Err(format!(
            "{node}/latest is not a symlink: move it away first; nothing was changed"
        ));
    }
    let need = manifest::total_size(&scan_tree(cx)?) + MARGIN;
    let free =
        safe::free_bytes(writable_dir).map_err(|e| format!("cannot tell free space: {e}"))?;
    if free < need {
        return Err(format!(
            "not enough free space under {}: the snapshot needs {need} bytes, {free} are free; nothing was changed",
            cx.root.display(writable_dir)
        ));
    }
    Ok(())
}

fn plan_deploy_dir(cx: &Ctx) -> Outcome {
    let node = &cx.site.script_deploy_dir;
    let dir = match deploy_dir(cx) {
        Ok(dir) => dir,
        Err(why) => return Outcome::failed(why),
    };
    if dir.is_dir() {
        Outcome::ok(format!("{node} exists"))
    } else {
        Outcome::changed(
            format!("create {node}"),
            vec![Action::CreateDirAll { path: dir }],
        )
    }
}

/// The snapshot `latest` points at (its name), when it is a folder of the deploy directory
/// named plainly (`2.4.1-3`); anything else is not looked into (a note says why).
fn latest_name(dir: &Utf8Path) -> (Option<String>, Option<String>) {
    let Ok(target) = std::fs::read_link(dir.join("latest")) else {
        return (None, None);
    };
    let shown = target.display().to_string();
    let plain = target
        .to_str()
        .filter(|t| !t.is_empty() && !t.starts_with('.') && !t.contains('/'))
        .filter(|t| std::fs::symlink_metadata(dir.join(t)).is_ok_and(|m| m.is_dir()));
    match plain {
        Some(name) => (Some(name.to_owned()), None),
        None => (
            None,
            Some(format!(
                "latest points at {shown}, not a snapshot folder beside it: not compared, replaced"
            )),
        ),
    }
}

fn plan_snapshot(cx: &Ctx) -> Outcome {
    let (tree, special_note) = match scan_tree_noting(cx) {
        Ok(found) => found,
        Err(why) => return Outcome::failed(why),
    };
    let dir = match deploy_dir(cx) {
        Ok(dir) => dir,
        Err(why) => return Outcome::failed(why),
    };
    let node = &cx.site.script_deploy_dir;
    let (latest, latest_note) = latest_name(&dir);
    let previous = latest
        .as_ref()
        .and_then(|name| manifest::scan(&dir.join(name), &EXCLUDE).ok());
    // `-B` (always_make) asks for a new snapshot even when identical.
    if let (Some(name), Some(prev), false) = (&latest, &previous, cx.options.always_make) {
        if *prev == tree {
            let mut outcome =
                Outcome::ok(format!("{node}/latest ({name}) is identical to the tree"));
            outcome.notes.extend(special_note);
            return outcome;
        }
    }
    let listing = snapshots::list(&dir);
    let release = &cx.tree.release;
    let mut actions: Vec<Action> = listing
        .leftovers
        .iter()
        .filter(|n| !listing.trash_in_the_way(&dir, n))
        .map(|n| Action::RemoveTree { path: dir.join(n) })
        .collect();
    let next = listing.highest(release).saturating_add(1);
    let name = format!("{release}-{next}");
    let staging = dir.join(format!("{STAGING}{name}"));
    actions.push(Action::CopyTree {
        from: cx.tree.dir.clone(),
        to: staging.clone(),
        exclude: EXCLUDE.iter().map(|s| (*s).to_owned()).collect(),
        marker: Some(Marker::new(release, next, listing.next_sequence(&dir))),
    });
    actions.push(Action::Rename {
        from: staging,
        to: dir.join(&name),
    });
    actions.push(Action::SwitchSymlink {
        link: dir.join("latest"),
        target: Utf8PathBuf::from(&name),
    });
    let files = tree
        .values()
        .filter(|e| matches!(e, Entry::File { .. }))
        .count();
    let mut outcome = Outcome::changed(
        format!("copy the tree ({files} files) to {node}/{name}, verify it, point latest at it"),
        actions,
    );
    outcome.notes.extend(latest_note);
    outcome.notes.extend(special_note);
    outcome.notes.extend(listing.strays.iter().map(|(n, why)| {
        format!("{node}/{n} looks like an interrupted xmake's leftover, but {why}: left alone")
    }));
    if let (Some(prev), Some(prev_name)) = (&previous, &latest) {
        outcome.diffs = diffs_against(cx, &dir.join(prev_name), prev, &tree);
    }
    outcome
}

/// Unified diffs of the files that differ between the deployed `prev` and the tree (only
/// regular files are read).
fn diffs_against(cx: &Ctx, prev_dir: &Utf8Path, prev: &Manifest, tree: &Manifest) -> Vec<String> {
    manifest::differences(prev, tree)
        .iter()
        .filter_map(|rel| {
            let is_file = |m: &Manifest| matches!(m.get(rel), Some(Entry::File { .. }) | None);
            if !is_file(prev) || !is_file(tree) {
                return None;
            }
            // Bounded reads (a file over 1 MiB is compared in chunks, never held whole), and
            // only regular files: a symlink in either is never read through.
            let path = |m: &Manifest, base: &Utf8Path| match m.get(rel) {
                Some(Entry::File { .. }) => Some(base.join(rel).into_std_path_buf()),
                _ => None,
            };
            let (old, new) = (path(prev, prev_dir), path(tree, &cx.tree.dir));
            diff::files(
                old.as_deref(),
                new.as_deref(),
                &format!("latest/{rel}"),
                rel.as_str(),
            )
            .ok()
            .flatten()
        })
        .collect()
}

/// Real paths no prune may remove: what `latest` and `current` point at, and the folder the
/// tree itself is in (a run started from a snapshot).
pub(super) fn pinned(cx: &Ctx, dir: &Utf8Path, listing: &Listing) -> Vec<String> {
    let real = |p: &Utf8Path| std::fs::canonicalize(p).ok();
    let links: Vec<_> = ["latest", "current"]
        .iter()
        .filter_map(|l| real(&dir.join(l)))
        .collect();
    let tree = real(&cx.tree.dir);
    listing
        .proven
        .iter()
        .map(|(name, _)| name)
        .filter(|name| {
            real(&dir.join(name.as_str())).is_some_and(|snap| {
                links.contains(&snap) || tree.as_ref().is_some_and(|t| t.starts_with(&snap))
            })
        })
        .cloned()
        .collect()
}

/// `a, b, c and 4 more`.
fn some_names<S: AsRef<str>>(names: impl Iterator<Item = S>) -> String {
    let all: Vec<S> = names.collect();
    let mut text = all
        .iter()
        .take(NOTE_NAMES)
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(", ");
    if all.len() > NOTE_NAMES {
        let _ = write!(text, " and {} more", all.len() - NOTE_NAMES);
    }
    text
}

fn plan_prune(cx: &Ctx) -> Outcome {
    let keep = cx.options.keep_snapshots;
    let dir = match deploy_dir(cx) {
        Ok(dir) => dir,
        Err(why) => return Outcome::failed(why),
    };
    let node = &cx.site.script_deploy_dir;
    let listing = snapshots::list(&dir);
    let mut tail = String::new();
    let mut notes: Vec<String> = listing
        .unproven
        .iter()
        .take(NOTE_NAMES)
        .map(|(n, why)| {
            format!("kept {node}/{n}: {why} (made by hand, by the recipe or by an older xmake)")
        })
        .collect();
    if !listing.unproven.is_empty() {
        tail = format!(
            "; {} folder(s) without xmake's marker are never removed",
            listing.unproven.len()
        );
    }
    if listing.unproven.len() > NOTE_NAMES {
        notes.push(format!(
            "and {} more kept without a marker",
            listing.unproven.len() - NOTE_NAMES
        ));
    }
    let mut outcome = prune_outcome(cx, keep, &dir, &listing, &tail);
    notes.append(&mut outcome.notes);
    outcome.notes = notes;
    outcome
}

fn prune_outcome(cx: &Ctx, keep: usize, dir: &Utf8Path, listing: &Listing, tail: &str) -> Outcome {
    let count = listing.proven.len();
    if keep == 0 {
        return Outcome::ok(format!(
            "keeping every snapshot (XMAKE_KEEP_SNAPSHOTS=0){tail}"
        ));
    }
    let pinned = pinned(cx, dir, listing);
    // Newest first, by the marker's sequence number (then creation time): never by a
    // timestamp of the folder, which `chmod -R` or `touch` changes.
    let (old, blocked): (Vec<&String>, Vec<&String>) = listing
        .proven
        .iter()
        .rev()
        .skip(keep)
        .map(|(n, _)| n)
        .filter(|n| !pinned.contains(n))
        .partition(|n| !listing.trash_in_the_way(dir, n));
    let blocked_notes: Vec<String> = blocked
        .iter()
        .map(|n| format!("kept {n}: .{n}.xmake-trash, which xmake did not make, is in the way"))
        .collect();
    if old.is_empty() {
        let mut outcome = Outcome::ok(format!(
            "{count} snapshot(s) made by xmake, keeping up to {keep}{tail}"
        ));
        outcome.notes = blocked_notes;
        return outcome;
    }
    let mut outcome = Outcome::changed(
        format!(
            "remove {} old snapshot(s) beyond {keep}: {}{tail}",
            old.len(),
            some_names(old.iter().copied())
        ),
        old.iter()
            .map(|n| Action::RemoveTree {
                path: dir.join(n.as_str()),
            })
            .collect(),
    );
    outcome.notes = blocked_notes;
    outcome
}

/// `script-deploy-dir` only makes `SCRIPT_DEPLOY_DIR` itself.
/// (A deploy directory that cannot be confined allows nothing: preconditions refuse it.)
fn bounds_deploy_dir(cx: &Ctx) -> Vec<Bound> {
    deploy_dir(cx).map_or_else(
        |_| Vec::new(),
        |dir| vec![Bound::new(Kind::CreateDirAll, dir, Reach::Itself)],
    )
}

/// `snapshot` works on entries of `SCRIPT_DEPLOY_DIR` (staging names, snapshots, `latest`)
/// and copies only the tree.
fn bounds_snapshot(cx: &Ctx) -> Vec<Bound> {
    let Ok(dir) = deploy_dir(cx) else {
        return Vec::new();
    };
    vec![
        Bound::new(Kind::RemoveTree, &dir, Reach::Entry),
        Bound::new(Kind::CopyTree, &dir, Reach::Entry).reading(vec![cx.tree.dir.clone()]),
        Bound::new(Kind::Rename, &dir, Reach::Entry),
        Bound::new(Kind::SwitchSymlink, &dir, Reach::Entry),
    ]
}

/// `prune` only removes entries of `SCRIPT_DEPLOY_DIR`.
fn bounds_prune(cx: &Ctx) -> Vec<Bound> {
    deploy_dir(cx).map_or_else(
        |_| Vec::new(),
        |dir| vec![Bound::new(Kind::RemoveTree, dir, Reach::Entry)],
    )
}
