//! Runbooks: a procedure of native targets run in order as one command (`xmake
//! --runbook=upgrade`), one recap and one report for all of it. Every target is idempotent, so
//! running a runbook again after a failure resumes where it stopped. A gate may stand before a
//! target: `sync-config` copies the admin's working configuration into the tree, so when
//! `sync-config-preview` shows differences the runbook asks first (unless `--yes`), and never
//! waits for an answer that cannot come (stdin not a terminal, or `CI` set): it stops and says
//! which flag answers.

use std::io::{BufRead, IsTerminal, Write};

use super::mode::RunMode;
use super::step::Ctx;
use super::targets::compare;

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
    /// Stop the runbook here, saying why (a failed `confirm` step).
    Stop(String),
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
    match confirm(target.name, cx) {
        Ok(()) => Gate::Go,
        Err(why) => Gate::Stop(why),
    }
}

/// Asks before `sync-config` when it would change the tree (see the module doc).
fn confirm(target: &str, cx: &Ctx) -> Result<(), String> {
    if target != "sync-config" || cx.options.yes || !cx.options.mode.applies() {
        return Ok(());
    }
    let mut differs = false;
    for part in compare::PARTS {
        // sync-config's own preconditions report a comparison that cannot be made.
        if let Ok(cmp) = compare::compare(cx, part) {
            differs |= !cmp.is_clean();
        }
    }
    if !differs {
        return Ok(());
    }
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    if ci || !std::io::stdin().is_terminal() {
        return Err(
            "/etc/xspot differs from the tree (see sync-config-preview above), and nobody can be asked here (stdin is not a terminal, or CI is set): run again with --yes to copy it into the tree; nothing was copied"
                .to_owned(),
        );
    }
    if ask("xmake: copy /etc/xspot's changes (shown above) into the tree? [y/N] ") {
        Ok(())
    } else {
        Err("not confirmed: nothing was copied; run again when ready (or with --yes)".to_owned())
    }
}

/// Asks on stderr, reads one line from stdin: true for `y` or `yes`.
fn ask(question: &str) -> bool {
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{question}");
    let _ = err.flush();
    let mut answer = String::new();
    if std::io::stdin().lock().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
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
