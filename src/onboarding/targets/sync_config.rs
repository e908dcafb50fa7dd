//! `sync-config`: copy the working configuration from `/etc/xspot/{config,scripts}` back into
//! the tree. Every file it replaces is first saved under `.xmake/backup/<time>/<path in tree>`;
//! a file only in the tree is left alone and reported; a replaced file keeps its mode, a new
//! one takes the mode it has under `/etc/xspot` (as `cp -r` does).

use std::fmt::Write as _;

use camino::Utf8Path;

use super::compare::{self, ETC_XSPOT};
use crate::onboarding::action::Action;
use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};
use crate::onboarding::tree::XSPOT_DIR;

pub fn target() -> Target {
    Target {
        name: "sync-config",
        preconditions: super::sync_config_preview::check_etc_xspot,
        shared_lock: None,
        read_only: false,
        steps: vec![
            Step {
                name: "config",
                plan: |cx| plan_sync(cx, "config"),
                bounds,
            },
            Step {
                name: "scripts",
                plan: |cx| plan_sync(cx, "scripts"),
                bounds,
            },
        ],
    }
}

fn plan_sync(cx: &Ctx, part: &str) -> Outcome {
    let cmp = match compare::compare(cx, part) {
        Ok(cmp) => cmp,
        Err(why) => return Outcome::failed(why),
    };
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
    let backup_root = cx.tree.state_dir().join("backup").join(&cx.stamp);
    let mut actions = Vec::new();
    for pair in &cmp.changed {
        let rel = cx.tree.rel(&pair.tree);
        let backup = backup_root.join(rel);
        let mode = crate::adapters::fs::mode_of(&pair.tree).unwrap_or(0o644);
        push_parent(&mut actions, &backup);
        actions.push(Action::CopyFile {
            from: pair.tree.clone(),
            to: backup,
            mode,
        });
        actions.push(Action::CopyFile {
            from: pair.etc.clone(),
            to: pair.tree.clone(),
            mode,
        });
    }
    for pair in &cmp.added {
        push_parent(&mut actions, &pair.tree);
        actions.push(Action::CopyFile {
            from: pair.etc.clone(),
            to: pair.tree.clone(),
            mode: pair.etc_mode,
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

fn push_parent(actions: &mut Vec<Action>, file: &Utf8Path) {
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
