//! What a run reports: per target, each step's status and detail, then a recap line; or, with
//! `--format=json`, one JSON document on stdout:
//! `{"targets":[{"name","mode","steps":[{"name","status","detail"}]}],"summary":{…}}`.
//!
//! Everything printed passes [`redact::clean`]: registered secrets become `<redacted>` and
//! control characters from paths or values are escaped (diffs arrive already cleaned).

use std::io::Write;

use serde::Serialize;

use super::diff;
use super::step::{Outcome, Status};
use crate::adapters::root::Root;
use crate::diag::redact;

/// How a target was run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Native,
    Recipe,
}

#[derive(Clone, Debug, Serialize)]
pub struct StepReport {
    pub name: String,
    pub status: Status,
    pub detail: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct TargetReport {
    pub name: String,
    pub mode: Mode,
    pub steps: Vec<StepReport>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub ok: usize,
    pub changed: usize,
    pub skipped: usize,
    pub failed: usize,
}

impl Summary {
    pub fn add(&mut self, status: Status) {
        match status {
            Status::Ok => self.ok += 1,
            Status::Changed => self.changed += 1,
            Status::Skipped => self.skipped += 1,
            Status::Failed => self.failed += 1,
        }
    }

    pub fn of(target: &TargetReport) -> Self {
        let mut s = Self::default();
        for step in &target.steps {
            s.add(step.status);
        }
        s
    }
}

/// The whole run, as `--format=json` prints it.
#[derive(Clone, Debug, Serialize)]
pub struct RunReport {
    pub targets: Vec<TargetReport>,
    pub summary: Summary,
}

impl RunReport {
    pub fn new(targets: Vec<TargetReport>) -> Self {
        let mut summary = Summary::default();
        for step in targets.iter().flat_map(|t| &t.steps) {
            summary.add(step.status);
        }
        Self { targets, summary }
    }

    pub fn to_json(&self) -> String {
        redact::scrub(&serde_json::to_string_pretty(self).unwrap_or_default()).into_owned()
    }
}

/// Text output as the run goes (nothing is printed in JSON mode until the end).
pub struct Printer<'w> {
    pub out: &'w mut dyn Write,
    /// Failures are repeated here in JSON mode, where stdout holds only the document.
    pub err: &'w mut dyn Write,
    pub json: bool,
    pub color: bool,
    pub dry_run: bool,
    /// `-q`: nothing on stdout; failures are repeated on stderr as in JSON mode.
    pub quiet: bool,
    /// `--verbose`: list each step's actions on real runs too.
    pub verbose: bool,
}

impl Printer<'_> {
    /// Whether stdout is kept for the JSON document (or for nothing, under `-q`).
    fn silent(&self) -> bool {
        self.json || self.quiet
    }

    pub fn line(&mut self, text: &str) {
        if !self.silent() {
            let _ = writeln!(self.out, "{}", redact::clean(text));
        }
    }

    pub fn header(&mut self, target: &str, release: &str) {
        let mode = if self.dry_run {
            " (dry run: nothing will be changed)"
        } else {
            ""
        };
        self.line(&format!("{target}: native, release {release}{mode}"));
    }

    /// A step's line, its actions under `-n`, its notes and diffs.
    pub fn step(&mut self, name: &str, outcome: &Outcome, root: &Root) {
        let status = if self.dry_run && outcome.status == Status::Changed {
            "would change"
        } else {
            outcome.status.as_str()
        };
        self.line(&format!("  {status:<8} {name}: {}", outcome.detail));
        if self.silent() && outcome.status == Status::Failed {
            let line = format!("xmake: {name}: {}", outcome.detail);
            let _ = writeln!(self.err, "{}", redact::clean(&line));
        }
        if self.dry_run || self.verbose {
            for action in &outcome.actions {
                self.line(&format!("             - {}", action.describe(root)));
            }
        }
        for note in &outcome.notes {
            self.line(&format!("             note: {note}"));
        }
        if self.dry_run || outcome.always_show_diffs {
            for d in &outcome.diffs {
                let d = redact::clean(d);
                let text = if self.color {
                    diff::colorize(&d)
                } else {
                    d.into_owned()
                };
                if !self.silent() {
                    let _ = write!(self.out, "{text}");
                }
            }
        }
    }

    pub fn recap(&mut self, target: &TargetReport) {
        let s = Summary::of(target);
        self.line(&format!(
            "{}: ok={} changed={} skipped={} failed={}",
            target.name, s.ok, s.changed, s.skipped, s.failed
        ));
    }
}
