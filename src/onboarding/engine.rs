//! Runs one native target: preconditions, locks, the interrupted step from the journal (if
//! any), the question before overwriting what an admin edited ([`super::confirm`], asked on
//! the state the steps then plan from, the agreed files handed to them in the context), then
//! each step in turn: decide, print, and apply through the journal. Read-only modes
//! (`-n`, `-q`: see [`super::mode::RunMode`]) take no lock, write no journal, resume nothing
//! and apply nothing. A failed step stops the target; nothing after it runs.

use super::confirm::confirm;
use super::journal::Journal;
use super::report::{Mode, Printer, StepReport, TargetReport};
use super::resume;
use super::step::{Ctx, Outcome, Status, Target};
use crate::adapters::lock::Lock;
use crate::adapters::progress;
use crate::adapters::state;

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
    // Progress lines on stderr while something runs: none under -n/-q (nothing runs) or -s.
    let _progress = progress::scope(target.name, applies && !cx.options.silent);
    if let Err(why) = refuse_unaskable(target, cx, printer.err) {
        fail(&mut report, printer, "confirm", why);
        printer.recap(&report);
        return report;
    }
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
    // A read-only run takes no lock; while another xmake holds the tree, its journal and
    // staging folders are live work, not an interrupted run's.
    let busy = (!applies)
        .then(|| crate::adapters::lock::holder(&cx.tree.state_dir().join("lock")))
        .flatten();
    if let Some(pid) = &busy {
        let detail = format!(
            "{} is working on this tree now: this plan is what would happen if it stopped here",
            crate::adapters::lock::holder_named(pid)
        );
        printer.step("lock", &Outcome::ok(detail.clone()), cx.root);
        report.steps.push(StepReport {
            name: "lock".to_owned(),
            status: Status::Ok,
            detail,
        });
    }
    if !target.read_only && busy.is_none() {
        if let Some(outcome) = resume::resume(&journal, target.name, cx) {
            printer.step("resume", &outcome, cx.root);
            let failed = outcome.status == Status::Failed;
            report.steps.push(StepReport {
                name: "resume".to_owned(),
                status: outcome.status,
                detail: outcome.detail,
            });
            if failed {
                printer.recap(&report);
                return report;
            }
        }
    }
    // Asked with the locks held, on what the steps will find: they overwrite only what was
    // listed here (`confirm::check`).
    let confirmed;
    let cx = match target.overwrites.filter(|_| applies) {
        Some(overwrites) => match confirm(target.name, &overwrites(cx), cx, printer.err) {
            Ok(files) => {
                confirmed = cx.confirmed(files);
                &confirmed
            }
            Err(why) => {
                fail(&mut report, printer, "confirm", why);
                printer.recap(&report);
                return report;
            }
        },
        None => cx,
    };
    for step in &target.steps {
        let started = std::time::Instant::now();
        tracing::info!("step {} of {} starts", step.name, target.name);
        let mut outcome = (step.plan)(cx);
        // A step with nothing to journal (restart-post-docker's, which does its own work on
        // a real run: see `targets::restart_post_docker`) writes no journal entry.
        if outcome.status == Status::Changed && applies && !outcome.actions.is_empty() {
            let entry = resume::entry(cx, target.name, step.name, outcome.actions.clone());
            if let Err(e) = resume::apply(&journal, entry, step, cx) {
                outcome = Outcome::failed(format!("{} (while: {})", e, outcome.detail));
            }
        }
        tracing::info!(
            "step {} of {} took {} ({})",
            step.name,
            target.name,
            crate::logging::seconds(started.elapsed()),
            outcome.status.as_str()
        );
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

/// A run that would have to ask before overwriting files, where nobody can be asked (no
/// terminal, or CI) and `--yes` was not given, stops before it takes its locks: the answer is
/// known, and the tree gets no state folder, lock or `.gitignore` for a run that changes
/// nothing. The question proper is asked later, with the locks held; a pending journal entry
/// (whose resume may settle the files) leaves the decision to that point too.
fn refuse_unaskable(target: &Target, cx: &Ctx, err: &mut dyn std::io::Write) -> Result<(), String> {
    let Some(overwrites) = target.overwrites else {
        return Ok(());
    };
    let pending = std::fs::symlink_metadata(Journal::new(&cx.tree.state_dir()).path()).is_ok();
    if !cx.options.mode.applies() || cx.options.yes || pending || super::confirm::can_ask() {
        return Ok(());
    }
    confirm(target.name, &overwrites(cx), cx, err).map(|_| ())
}

/// A shared lock's folder that does not exist yet (`/var/lib/xmake`, the node lock's: the
/// others sit beside folders the preconditions found) is made as xmake's own state folder,
/// `0700`, when the lock is taken.
fn make_lock_folder(lock: &camino::Utf8Path) -> Result<(), String> {
    let Some(dir) = lock
        .parent()
        .filter(|d| std::fs::symlink_metadata(d).is_err())
    else {
        return Ok(());
    };
    if let Some(parent) = dir.parent() {
        crate::adapters::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {e}; nothing was changed"))?;
    }
    state::ensure_dir(dir)
        .map_err(|e| format!("refusing xmake's state directory {dir}: {e}; nothing was changed"))
}

fn take_locks(target: &Target, cx: &Ctx) -> Result<Vec<Lock>, String> {
    let state = cx.tree.state_dir();
    // `.xmake/` is made 0700 and must be a real directory of ours; admins keep the tree in
    // git (`git add .`), so it also holds a `.gitignore` keeping xmake's state out of it.
    let refuse = |e: state::StateError| {
        format!("refusing xmake's state directory: {e}; nothing was changed")
    };
    state::ensure_dir(&state).map_err(refuse)?;
    state::ensure_gitignore(&state).map_err(refuse)?;
    let mut locks = vec![
        Lock::acquire(&state.join("lock"), &format!("the tree {}", cx.tree.dir))
            .map_err(|e| e.to_string())?,
    ];
    let mut shared = (target.shared_locks)(cx);
    shared.sort();
    shared.dedup();
    for path in shared {
        make_lock_folder(&path)?;
        let what = cx.root.display(&path).to_string();
        locks.push(Lock::acquire(&path, &what).map_err(|e| e.to_string())?);
    }
    Ok(locks)
}
