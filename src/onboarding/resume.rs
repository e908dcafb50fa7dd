//! Applying a step's actions through the journal, and finishing what a killed run left there.
//!
//! An entry is bound to its run (target, step, release, the tree's real path, the root
//! prefix). Before anything is applied, fresh or resumed, every action is checked against its
//! step's [`bounds`] and its step's [`super::rules`] (the same rules the step's fresh plan
//! passes: who made what is removed, which name a copy takes, backups first, the admin's yes);
//! directories a step writes inside xmake's state directory are made (0700)
//! and checked as state directories. A pending journal that fails any check is refused whole:
//! nothing in it is applied, the `resume` step fails naming the file and the reason, and the
//! file is moved aside (`journal.json.rejected-<stamp>`, kept for whoever looks into it), so
//! the next run plans afresh from what is on disk.

use camino::{Utf8Path, Utf8PathBuf};

use super::action::Action;
use super::bounds::{self, Bound};
use super::journal::{Entry, Journal};
use super::rules::Actions;
use super::step::{Ctx, Outcome, Step};
use super::targets;
use crate::adapters::state;

/// The tree's real path, as the journal records it.
fn tree_real(cx: &Ctx) -> Utf8PathBuf {
    cx.tree
        .dir
        .canonicalize_utf8()
        .unwrap_or_else(|_| cx.tree.dir.clone())
}

/// A fresh entry for `step` of `target` in this run.
pub fn entry(cx: &Ctx, target: &str, step: &str, actions: Vec<Action>) -> Entry {
    Entry {
        target: target.to_owned(),
        step: step.to_owned(),
        release: cx.tree.release.clone(),
        tree: tree_real(cx),
        root: cx.root.dir().to_owned(),
        actions,
        done: 0,
    }
}

/// Prepares (and checks) the state directories `step`'s bounds name, checks `entry` against
/// the bounds, and applies it through the journal.
pub fn apply(journal: &Journal, entry: Entry, step: &Step, cx: &Ctx) -> Result<(), String> {
    let bounds = (step.bounds)(cx);
    prepare_state_dirs(&bounds, cx).map_err(|e| format!("{e}; nothing was changed"))?;
    bounds::check(&entry.actions, &bounds, cx)
        .and_then(|()| rules_hold(&entry, step, cx))
        .map_err(|why| format!("refusing to apply: {why}; nothing was changed"))?;
    journal.run(entry).map_err(|e| e.to_string())
}

/// Directories a step writes inside `.xmake/` (its backups) are state directories: each
/// level is made with mode 0700 if missing and must be a real directory of ours.
fn prepare_state_dirs(bounds: &[Bound], cx: &Ctx) -> Result<(), state::StateError> {
    let top = cx.tree.state_dir();
    for bound in bounds {
        let Ok(rel) = bound.dir.strip_prefix(&top) else {
            continue;
        };
        let mut dir = top.clone();
        state::ensure_dir(&dir)?;
        for part in rel.components() {
            dir.push(part);
            state::ensure_dir(&dir)?;
        }
    }
    Ok(())
}

/// Finishes a step a killed run left in the journal, reported as a step named `resume`.
/// Only the same target's entry is finished (under that target's locks); another target's
/// valid entry is left for that target's next run. `None` when nothing is pending.
pub fn resume(journal: &Journal, target: &str, cx: &Ctx) -> Option<Outcome> {
    let entry = match journal.pending() {
        Ok(Some(entry)) => entry,
        Ok(None) => return None,
        Err(e) => return Some(reject(journal, cx, &e.to_string())),
    };
    let step = match check(&entry, cx) {
        Ok(step) => step,
        Err(why) => return Some(reject(journal, cx, &why)),
    };
    if entry.target != target {
        return Some(Outcome::skipped(format!(
            "an interrupted `{}` is pending; run that target to finish it",
            entry.target
        )));
    }
    let what = format!(
        "the interrupted {}/{} ({} of {} actions were done)",
        entry.target,
        entry.step,
        entry.done,
        entry.actions.len()
    );
    if !cx.options.mode.applies() {
        let rest = entry.actions[entry.done..].to_vec();
        return Some(Outcome::changed(format!("finish {what}"), rest));
    }
    match apply(journal, entry, &step, cx) {
        Ok(()) => Some(Outcome::changed(format!("finished {what}"), Vec::new())),
        Err(e) => {
            let _ = journal.clear();
            Some(Outcome::skipped(format!(
                "could not finish {what}: {e}; planning afresh"
            )))
        }
    }
}

/// Whether `entry` belongs to this run and stays within its step's bounds; its step if so.
fn check(entry: &Entry, cx: &Ctx) -> Result<Step, String> {
    let mismatch = |what: &str, got: &dyn std::fmt::Display, want: &dyn std::fmt::Display| {
        Err(format!(
            "it was written for {what} {got}, this run is {want}"
        ))
    };
    if entry.root != cx.root.dir() {
        return mismatch("the root prefix", &entry.root, &cx.root.dir());
    }
    let tree = tree_real(cx);
    if entry.tree != tree {
        return mismatch("the tree", &entry.tree, &tree);
    }
    if entry.release != cx.tree.release {
        return mismatch("release", &entry.release, &cx.tree.release);
    }
    let target = targets::get(&entry.target)
        .filter(|t| !t.read_only)
        .ok_or_else(|| format!("it names `{}`, not a target xmake runs", entry.target))?;
    let step = target
        .steps
        .into_iter()
        .find(|s| s.name == entry.step)
        .ok_or_else(|| format!("`{}` has no step `{}`", entry.target, entry.step))?;
    if entry.done > entry.actions.len() {
        return Err(format!(
            "it says {} of {} actions were done",
            entry.done,
            entry.actions.len()
        ));
    }
    bounds::check(&entry.actions, &(step.bounds)(cx), cx)?;
    rules_hold(entry, &step, cx)?;
    Ok(step)
}

/// The step's own rules on its actions ([`super::rules`]), the ones not yet done included.
fn rules_hold(entry: &Entry, step: &Step, cx: &Ctx) -> Result<(), String> {
    let actions = Actions {
        list: &entry.actions,
        done: entry.done,
    };
    (step.rules)(cx, &actions)
}

/// A refused journal: reported as a failed `resume` naming the file, not applied, and (on a
/// real run) moved aside rather than deleted.
fn reject(journal: &Journal, cx: &Ctx, why: &str) -> Outcome {
    let shown = cx.root.display(journal.path());
    let head = format!("refusing the journal {shown}: {why}; nothing in it was applied");
    if !cx.options.mode.applies() {
        return Outcome::failed(format!("{head}; a real run moves it aside"));
    }
    match journal.set_aside(&cx.stamp) {
        Ok(aside) => Outcome::failed(format!(
            "{head}; moved it to {} (run again to plan afresh)",
            name_of(&aside)
        )),
        Err(e) => Outcome::failed(format!("{head}; could not move it aside: {e}")),
    }
}

fn name_of(path: &Utf8Path) -> &str {
    path.file_name().unwrap_or(path.as_str())
}
