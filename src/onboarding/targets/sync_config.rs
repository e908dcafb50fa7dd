//! `sync-config`: copy the working configuration from `/etc/xspot/{config,scripts}` back into
//! the tree. Every file it replaces is first saved (mode 0600) under
//! `.xmake/backup/<time>/<path in tree>`; a file only in the tree is left alone and reported.
//! Modes are never widened: a replaced file keeps the tree file's mode, a new one takes the
//! mode it has under `/etc/xspot` without group/other write; neither keeps set-uid, set-gid
//! or sticky bits (the written file is root's). A symlink or special file in the tree where a
//! file would be written, or a folder leading out of the tree, is refused before anything
//! changes. Replacing files whose contents differ is asked first (`--yes` answers; see
//! `crate::onboarding::confirm`): the tree's copies may hold edits of their own. A step that
//! would replace a file not on the confirmed list stops instead.

use std::fmt::Write as _;

use super::compare::{self, ETC_XSPOT};
use crate::adapters::realpath;
use crate::onboarding::action::Action;
use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::confirm::{self, Overwrites};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};
use crate::onboarding::tree::XSPOT_DIR;

pub fn target() -> Target {
    Target {
        name: "sync-config",
        preconditions,
        shared_locks: |_| Vec::new(),
        read_only: false,
        overwrites: Some(overwrites),
        steps: vec![
            Step {
                name: "config",
                plan: |cx| plan_sync(cx, "config"),
                bounds,
                rules: |cx, actions| super::sync_config_rules::rules(cx, actions, "config"),
            },
            Step {
                name: "scripts",
                plan: |cx| plan_sync(cx, "scripts"),
                bounds,
                rules: |cx, actions| super::sync_config_rules::rules(cx, actions, "scripts"),
            },
        ],
    }
}

/// The tree files a real run replaces (their contents differ from `/etc/xspot`'s): the admin
/// may have edited them, so the run asks first (see `crate::onboarding::confirm`). A
/// comparison that cannot be made is the preconditions' to report.
fn overwrites(cx: &Ctx) -> Overwrites {
    let mut over = Overwrites {
        place: "in the tree",
        source: format!("{ETC_XSPOT}'s copy"),
        diff_shown_by: "sync-config-preview".to_owned(),
        ..Overwrites::default()
    };
    for part in compare::PARTS {
        if let Ok(cmp) = compare::compare(cx, part) {
            over.files.extend(
                cmp.changed
                    .iter()
                    .map(|pair| cx.tree.rel(&pair.tree).to_string()),
            );
            over.added += cmp.added.len();
        }
    }
    over
}

/// Backups are the license key's copies: only root reads them.
const BACKUP_MODE: u32 = 0o600;
/// A new file never becomes writable by group or others, nor set-id.
const NEW_FILE_MASK: u32 = 0o755;
/// A replaced file keeps its permission bits, not set-id or sticky ones.
const KEPT_MASK: u32 = 0o777;

/// `/etc/xspot` checked (see `sync_config_preview`), `.xmake` and its backup folder inside the
/// tree, and nothing in the tree this would refuse to replace.
fn preconditions(cx: &Ctx) -> Result<(), String> {
    super::sync_config_preview::check_etc_xspot(cx)?;
    let tree_real = compare::tree_real(cx)?;
    let state = cx.tree.state_dir();
    for dir in [state.clone(), backup_root(cx)] {
        realpath::within(&dir, &tree_real, cx.tree.rel(&dir))
            .map_err(|e| format!("{e}: refused; nothing was changed"))?;
    }
    let mut refused = Vec::new();
    for part in compare::PARTS {
        refused.extend(compare::compare(cx, part)?.refused);
    }
    if refused.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "refused: {}; nothing was changed",
            refused.join("; ")
        ))
    }
}

fn plan_sync(cx: &Ctx, part: &str) -> Outcome {
    let cmp = match compare::compare(cx, part) {
        Ok(cmp) => cmp,
        Err(why) => return Outcome::failed(why),
    };
    if !cmp.refused.is_empty() {
        return Outcome::failed(format!(
            "refused: {}; nothing was changed",
            cmp.refused.join("; ")
        ));
    }
    let mut notes = cmp.notes.clone();
    notes.extend(
        cmp.only_in_tree
            .iter()
            .map(|p| format!("{p} is only in the tree: left alone")),
    );
    if cmp.is_clean() {
        let mut outcome = Outcome::ok(format!("the tree matches {ETC_XSPOT}/{part}"));
        outcome.notes = notes;
        return outcome;
    }
    let replaced: Vec<String> = cmp
        .changed
        .iter()
        .map(|pair| cx.tree.rel(&pair.tree).to_string())
        .collect();
    if let Err(why) = confirm::check(cx, &replaced) {
        return Outcome::failed(why);
    }
    let backup_root = backup_root(cx);
    let mut actions = Vec::new();
    for pair in &cmp.changed {
        let rel = cx.tree.rel(&pair.tree);
        let backup = backup_root.join(rel);
        Action::push_parent_dir(&mut actions, &backup);
        actions.push(Action::CopyFile {
            from: pair.tree.clone(),
            to: backup,
            mode: BACKUP_MODE,
        });
        actions.push(Action::CopyFile {
            from: pair.etc.clone(),
            to: pair.tree.clone(),
            mode: pair.tree_mode & KEPT_MASK,
        });
    }
    for pair in &cmp.added {
        Action::push_parent_dir(&mut actions, &pair.tree);
        actions.push(Action::CopyFile {
            from: pair.etc.clone(),
            to: pair.tree.clone(),
            mode: pair.etc_mode & NEW_FILE_MASK,
        });
    }
    let mut detail = format!(
        "copy {} changed and {} new file(s) from {ETC_XSPOT}/{part}",
        cmp.changed.len(),
        cmp.added.len()
    );
    if !cmp.changed.is_empty() {
        let _ = write!(
            detail,
            "; replaced files saved under {}",
            cx.tree.rel(&backup_root)
        );
    }
    let mut outcome = Outcome::changed(detail, actions);
    outcome.diffs = cmp.diffs;
    outcome.notes = notes;
    outcome
}

/// Where this run saves the files it replaces.
fn backup_root(cx: &Ctx) -> camino::Utf8PathBuf {
    cx.tree.state_dir().join("backup").join(&cx.stamp)
}

/// Both steps write only in the tree's integrate-xspot folder (from `/etc/xspot`) and in
/// `.xmake/backup` (from that folder).
fn bounds(cx: &Ctx) -> Vec<Bound> {
    let xspot = cx.tree.dir.join(XSPOT_DIR);
    let backup = cx.tree.state_dir().join("backup");
    vec![
        Bound::new(Kind::CreateDirAll, &xspot, Reach::Below),
        Bound::new(Kind::CreateDirAll, &backup, Reach::Below),
        Bound::new(Kind::CopyFile, &xspot, Reach::Below).reading(vec![cx.path(ETC_XSPOT)]),
        Bound::new(Kind::CopyFile, &backup, Reach::Below).reading(vec![xspot.clone()]),
    ]
}
