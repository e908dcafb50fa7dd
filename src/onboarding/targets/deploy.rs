//! `deploy` (tree half): copy the tree, without `.git` and `.xmake`, to a new
//! `${SCRIPT_DEPLOY_DIR}/<release>-<n>/`, verify every checksum, then switch `latest` to it
//! atomically. The copy is made under a hidden staging name and renamed only once verified,
//! so `latest` never points at a partial copy. No new snapshot is made when the tree is
//! identical to what `latest` points at. Older snapshots beyond the newest
//! `keep_snapshots` (`XMAKE_KEEP_SNAPSHOTS`, default 5, 0 = keep all; newest by the time they
//! were made) are removed; the one
//! `latest` or `current` points at is always kept.

use std::os::unix::fs::MetadataExt;

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::fs as safe;
use crate::adapters::manifest::{self, Entry, Manifest};
use crate::onboarding::action::Action;
use crate::onboarding::diff;
use crate::onboarding::step::{Ctx, Outcome, Step, Target};
use crate::onboarding::tree::STATE_DIR;

/// Top-level names of the tree that are never deployed.
pub const EXCLUDE: [&str; 2] = [".git", STATE_DIR];
const STAGING: &str = ".xmake-staging-";
/// Room kept free beyond the snapshot's size.
const MARGIN: u64 = 1 << 20;

pub fn target() -> Target {
    Target {
        name: "deploy",
        preconditions,
        shared_lock: Some(lock_path),
        read_only: false,
        steps: vec![
            Step {
                name: "script-deploy-dir",
                plan: plan_deploy_dir,
            },
            Step {
                name: "snapshot",
                plan: plan_snapshot,
            },
            Step {
                name: "prune",
                plan: plan_prune,
            },
        ],
    }
}

fn deploy_dir(cx: &Ctx) -> Utf8PathBuf {
    cx.path(&cx.site.script_deploy_dir)
}

/// The deploy directory's lock sits beside it, so it exists before the directory does.
fn lock_path(cx: &Ctx) -> Utf8PathBuf {
    super::lock_beside(&deploy_dir(cx))
}

fn scan_tree(cx: &Ctx) -> Result<Manifest, String> {
    manifest::scan(&cx.tree.dir, &EXCLUDE).map_err(|e| format!("cannot read the tree: {e}"))
}

fn preconditions(cx: &Ctx) -> Result<(), String> {
    let node = &cx.site.script_deploy_dir;
    let dir = deploy_dir(cx);
    let parent = dir.parent().unwrap_or(Utf8Path::new("/"));
    if dir.starts_with(&cx.tree.dir) {
        return Err(format!(
            "SCRIPT_DEPLOY_DIR {node} is inside the tree; nothing was changed"
        ));
    }
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
    if deploy_dir(cx).is_dir() {
        Outcome::ok(format!("{node} exists"))
    } else {
        Outcome::changed(
            format!("create {node}"),
            vec![Action::CreateDirAll {
                path: deploy_dir(cx),
            }],
        )
    }
}

/// The snapshot `latest` points at (its name), if any.
fn latest_name(dir: &Utf8Path) -> Option<String> {
    let target = std::fs::read_link(dir.join("latest")).ok()?;
    target.to_str().map(str::to_owned)
}

/// Directory names in the deploy dir, sorted.
fn entries(dir: &Utf8Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// `<release>-<n>` → n.
fn snapshot_number(name: &str, release: &str) -> Option<u64> {
    name.strip_prefix(release)?.strip_prefix('-')?.parse().ok()
}

fn plan_snapshot(cx: &Ctx) -> Outcome {
    let tree = match scan_tree(cx) {
        Ok(m) => m,
        Err(why) => return Outcome::failed(why),
    };
    let dir = deploy_dir(cx);
    let node = &cx.site.script_deploy_dir;
    let latest = latest_name(&dir);
    let previous = latest
        .as_ref()
        .and_then(|name| manifest::scan(&dir.join(name), &EXCLUDE).ok());
    if let (Some(name), Some(prev)) = (&latest, &previous) {
        if *prev == tree {
            return Outcome::ok(format!("{node}/latest ({name}) is identical to the tree"));
        }
    }
    let names = entries(&dir);
    let release = &cx.tree.release;
    let mut actions: Vec<Action> = names
        .iter()
        .filter(|n| n.starts_with(STAGING) || n.ends_with(".xmake-trash"))
        .map(|n| Action::RemoveTree { path: dir.join(n) })
        .collect();
    let next = names
        .iter()
        .filter_map(|n| snapshot_number(n.strip_prefix(STAGING).unwrap_or(n), release))
        .max()
        .unwrap_or(0)
        + 1;
    let name = format!("{release}-{next}");
    let staging = dir.join(format!("{STAGING}{name}"));
    actions.push(Action::CopyTree {
        from: cx.tree.dir.clone(),
        to: staging.clone(),
        exclude: EXCLUDE.iter().map(|s| (*s).to_owned()).collect(),
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
    if let (Some(prev), Some(prev_name)) = (&previous, &latest) {
        outcome.diffs = diffs_against(cx, &dir.join(prev_name), prev, &tree);
    }
    outcome
}

/// Unified diffs of the files that differ between the deployed `prev` and the tree.
fn diffs_against(cx: &Ctx, prev_dir: &Utf8Path, prev: &Manifest, tree: &Manifest) -> Vec<String> {
    manifest::differences(prev, tree)
        .iter()
        .filter_map(|rel| {
            let is_file = |m: &Manifest| matches!(m.get(rel), Some(Entry::File { .. }) | None);
            if !is_file(prev) || !is_file(tree) {
                return None;
            }
            // Bounded reads: a file over 1 MiB is compared in chunks, never held whole.
            let old = prev_dir.join(rel);
            let old = prev.contains_key(rel).then_some(old.as_std_path());
            let new = cx.tree.dir.join(rel);
            let new = tree.contains_key(rel).then_some(new.as_std_path());
            diff::files(old, new, &format!("latest/{rel}"), rel.as_str())
                .ok()
                .flatten()
        })
        .collect()
}

fn plan_prune(cx: &Ctx) -> Outcome {
    let keep = cx.options.keep_snapshots;
    let dir = deploy_dir(cx);
    if keep == 0 {
        return Outcome::ok("keeping every snapshot (XMAKE_KEEP_SNAPSHOTS=0)");
    }
    // Never remove what a link points at, nor the snapshot this run was started from.
    let mut pinned: Vec<String> = ["latest", "current"]
        .iter()
        .filter_map(|l| std::fs::read_link(dir.join(l)).ok())
        .filter_map(|t| t.to_str().map(str::to_owned))
        .collect();
    if let Ok(inside) = cx.tree.dir.strip_prefix(&dir) {
        pinned.extend(inside.components().next().map(|c| c.as_str().to_owned()));
    }
    // Newest first by inode change time: a snapshot's ctime is when it was made (renamed into
    // place), while its mtime may be the tree's own when a recipe made it with `tar -p`.
    let mut snapshots: Vec<((i64, i64), String)> = entries(&dir)
        .into_iter()
        .filter(|n| !n.starts_with('.') && is_snapshot_name(n))
        .filter(|n| dir.join(n).is_dir() && !dir.join(n).is_symlink())
        .filter_map(|n| {
            let meta = std::fs::metadata(dir.join(&n)).ok()?;
            Some(((meta.ctime(), meta.ctime_nsec()), n))
        })
        .collect();
    snapshots.sort_by(|a, b| b.cmp(a));
    let old: Vec<&String> = snapshots
        .iter()
        .skip(keep)
        .map(|(_, n)| n)
        .filter(|n| !pinned.contains(n))
        .collect();
    if old.is_empty() {
        return Outcome::ok(format!(
            "{} snapshot(s), keeping up to {keep}",
            snapshots.len()
        ));
    }
    let names: Vec<&str> = old.iter().map(|s| s.as_str()).collect();
    Outcome::changed(
        format!(
            "remove {} old snapshot(s) beyond {keep}: {}",
            old.len(),
            names.join(", ")
        ),
        old.iter()
            .map(|n| Action::RemoveTree { path: dir.join(n) })
            .collect(),
    )
}

fn is_snapshot_name(name: &str) -> bool {
    name.rsplit_once('-').is_some_and(|(rel, n)| {
        !rel.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
    })
}
