//! Runbooks: a procedure of native targets run in order as one command (`xmake
//! --runbook=upgrade`), one recap and one report for all of it. Every target is idempotent, so
//! running a runbook again after a failure resumes where it stopped. A target that would
//! overwrite what an admin edited asks itself (`sync-config`, after `sync-config-preview` has
//! shown the differences: see [`super::confirm`]), so the runbook asks nothing of its own;
//! under `-n` its gate reports `skipped` a target whose preconditions need the targets before
//! it.

use super::mode::RunMode;
use super::step::Ctx;

/// A named procedure.
#[derive(Clone, Copy, Debug)]
pub struct Runbook {
    pub name: &'static str,
    pub targets: &'static [&'static str],
}

/// The upgrade procedure on one controller (`../shared/seed`, steps 1 to 8).
pub const UPGRADE: Runbook = Runbook {
    name: "upgrade",
    targets: &[
        "check-config",
        "image-folder",
        "base",
        "build-image",
        "upgrade",
        "sync-config-preview",
        "sync-config",
        "deploy",
        "restart-post-docker",
    ],
};

/// Every runbook, by name.
pub const ALL: &[Runbook] = &[UPGRADE];

/// The runbook called `name`.
pub fn find(name: &str) -> Option<&'static Runbook> {
    ALL.iter().find(|r| r.name == name)
}

/// The names, for messages.
pub fn names() -> String {
    ALL.iter().map(|r| r.name).collect::<Vec<_>>().join(", ")
}

/// What a runbook does with its next target.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gate {
    Go,
    /// Report the target `skipped`, saying why, and go on (a `-n` plan of a target whose
    /// preconditions need what the targets before it would do).
    Skip(String),
}

/// Whether the runbook goes on to `target`. `earlier_changes`: a target before it would change
/// something (under `-n`, not yet changed).
pub fn gate(target: &super::step::Target, cx: &Ctx, earlier_changes: bool) -> Gate {
    if cx.options.mode == RunMode::DryRun && earlier_changes {
        if let Err(why) = (target.preconditions)(cx) {
            return Gate::Skip(format!(
                "planned after the targets before it have run (today: {why})"
            ));
        }
    }
    Gate::Go
}

/// The runbook's closing lines: each target with its outcome (`not run` after a stop), then
/// the step counts.
pub fn recap(run: &super::report::RunReport, targets: &[String]) -> String {
    use super::step::Status;
    let mut lines = vec!["runbook:".to_owned()];
    for target in targets {
        let status = match run.targets.iter().find(|t| &t.name == target) {
            None => "not run",
            Some(t) if t.steps.iter().any(|s| s.status == Status::Failed) => "failed",
            Some(t) if t.steps.iter().any(|s| s.status == Status::Changed) => "changed",
            Some(t) if t.steps.iter().any(|s| s.status == Status::Skipped) => "skipped",
            Some(_) => "ok",
        };
        lines.push(format!("  {status:<8} {target}"));
    }
    let s = &run.summary;
    lines.push(format!(
        "runbook: ok={} changed={} skipped={} failed={}",
        s.ok, s.changed, s.skipped, s.failed
    ));
    lines.join("\n")
}

/// Under `-n` every target is planned even when an earlier one fails to (its plan depends on
/// what the earlier ones would have done): the whole plan is shown.
pub fn keep_going(mode: RunMode) -> bool {
    mode == RunMode::DryRun
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runbook_target_is_native() {
        for runbook in ALL {
            for target in runbook.targets {
                assert!(
                    crate::onboarding::dispatch::is_native(target),
                    "{}: {target}",
                    runbook.name
                );
            }
        }
    }
}
