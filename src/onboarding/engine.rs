//! Runs one native target: preconditions, locks, the interrupted step from the journal (if
//! any), then each step in turn: decide, print, and apply through the journal. Read-only modes
//! (`-n`, `-q`: see [`super::mode::RunMode`]) take no lock, write no journal, resume nothing
//! and apply nothing. A failed step stops the target; nothing after it runs.

use super::journal::{self, Journal};
use super::report::{Mode, Printer, StepReport, TargetReport};
use super::step::{Ctx, Outcome, Status, Target};
use crate::adapters::lock::Lock;

/// Runs `target` and says what happened, step by step.
pub fn run_target(target: &Target, cx: &Ctx, printer: &mut Printer) -> TargetReport {
    let mut report = TargetReport {
        name: target.name.to_owned(),
        mode: Mode::Native,
        steps: Vec::new(),
    };
    printer.header(target.name, &cx.tree.release);
    let fail = |report: &mut TargetReport, printer: &mut Printer, name: &str, why: String| {
        printer.step(name, &Outcome::failed(why.clone()), cx.root);
        report.steps.push(StepReport {
            name: name.to_owned(),
            status: Status::Failed,
            detail: why,
        });
    };
    if let Err(why) = (target.preconditions)(cx) {
        fail(&mut report, printer, "preconditions", why);
        printer.recap(&report);
        return report;
    }
    let applies = cx.options.mode.applies();
    let locks = if !applies || target.read_only {
        Ok(Vec::new())
    } else {
        take_locks(target, cx)
    };
    let _locks = match locks {
        Ok(locks) => locks,
        Err(why) => {
            fail(&mut report, printer, "lock", why);
            printer.recap(&report);
            return report;
        }
    };
    let journal = Journal::new(&cx.tree.state_dir());
    if !target.read_only {
        if let Some(outcome) = resume(&journal, target.name, cx) {
            printer.step("resume", &outcome, cx.root);
            report.steps.push(StepReport {
                name: "resume".to_owned(),
                status: outcome.status,
                detail: outcome.detail,
            });
        }
    }
    for step in &target.steps {
        let mut outcome = (step.plan)(cx);
        if outcome.status == Status::Changed && applies {
            let entry = journal::Entry {
                target: target.name.to_owned(),
                step: step.name.to_owned(),
                actions: outcome.actions.clone(),
                done: 0,
            };
            if let Err(e) = journal.run(entry) {
                outcome = Outcome::failed(format!("{} (while: {})", e, outcome.detail));
            }
        }
        printer.step(step.name, &outcome, cx.root);
        report.steps.push(StepReport {
            name: step.name.to_owned(),
            status: outcome.status,
            detail: outcome.detail,
        });
        if outcome.status == Status::Failed {
            break;
        }
    }
    printer.recap(&report);
    report
}

fn take_locks(target: &Target, cx: &Ctx) -> Result<Vec<Lock>, String> {
    let state = cx.tree.state_dir();
    std::fs::create_dir_all(&state).map_err(|e| format!("cannot create {state}: {e}"))?;
    // Admins keep the tree in git (`git add .`): xmake's own state must stay out of it.
    let ignore = state.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, "*\n").map_err(|e| format!("cannot write {ignore}: {e}"))?;
    }
    let mut locks = vec![
        Lock::acquire(&state.join("lock"), &format!("the tree {}", cx.tree.dir))
            .map_err(|e| e.to_string())?,
    ];
    if let Some(path) = target.shared_lock {
        let path = path(cx);
        let what = cx.root.display(&path).to_string();
        locks.push(Lock::acquire(&path, &what).map_err(|e| e.to_string())?);
    }
    Ok(locks)
}

/// Finishes a step a killed run left in the journal, reported as a step named `resume`.
/// Only the same target's entry is finished (under that target's locks); another target's
/// entry is left for that target's next run.
fn resume(journal: &Journal, target: &str, cx: &Ctx) -> Option<Outcome> {
    let entry = match journal.pending() {
        Ok(Some(entry)) if entry.target == target => entry,
        Ok(Some(entry)) => {
            return Some(Outcome::skipped(format!(
                "an interrupted `{}` is pending; run that target to finish it",
                entry.target
            )))
        }
        Ok(None) => return None,
        Err(e) => return Some(Outcome::skipped(format!("ignoring the journal: {e}"))),
    };
    let what = format!(
        "the interrupted {}/{} ({} of {} actions were done)",
        entry.target,
        entry.step,
        entry.done,
        entry.actions.len()
    );
    if !cx.options.mode.applies() {
        let rest = entry.actions[entry.done.min(entry.actions.len())..].to_vec();
        return Some(Outcome::changed(format!("finish {what}"), rest));
    }
    match journal.run(entry) {
        Ok(()) => Some(Outcome::changed(format!("finished {what}"), Vec::new())),
        Err(e) => {
            let _ = journal.clear();
            Some(Outcome::skipped(format!(
                "could not finish {what}: {e}; planning afresh"
            )))
        }
    }
}
