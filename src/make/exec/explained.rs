//! `--explain` on the Makefile engine: a dry walk (GNU's own walk in `walk.rs`, with the
//! decisions its `--debug=b` trace prints) that records, for each file it considers, whether
//! it is out of date and why, and the expanded recipe lines that would run, without running,
//! printing or touching anything. [`Decision`]s come out in the walk's order (a file before
//! its prerequisites, each one deeper), and [`render_text`] lays them out.

use std::fmt::Write as _;

use serde::Serialize;

use super::engine::Engine;
use super::explain::Why;
use super::line::Line;
use crate::make::graph::NodeId;
use crate::make::plan::Stamp;

/// Why a file is (or is not) out of date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", content = "name", rename_all = "kebab-case")]
pub enum Reason {
    /// The file does not exist.
    Missing,
    /// `.PHONY`: always out of date.
    Phony,
    /// A prerequisite newer than the file.
    NewerPrerequisite(String),
    /// A prerequisite this run would remake first.
    RemadePrerequisite(String),
    /// An intermediate prerequisite must be made first.
    IntermediatePrerequisite,
    /// `-B` / `--always-make`.
    AlwaysMake,
    /// A `::` rule without prerequisites is always remade.
    DoubleColonNoPrerequisites,
    /// Up to date: newer than every prerequisite.
    NewerThanPrerequisites,
    /// Up to date: a target without recipe whose prerequisites did not change.
    NoRecipeNoChange,
    /// No rule makes it, and the file exists (a source file).
    NoRule,
    /// No rule makes it, and it does not exist: GNU stops.
    NoRuleMissing,
    /// `-o`: treated as very old and never remade.
    AssumedOld,
    /// A prerequisite cannot be made: no decision.
    PrerequisiteFailed,
}

impl Reason {
    /// The reason in words.
    pub fn text(&self) -> String {
        match self {
            Self::Missing => "the file does not exist".to_owned(),
            Self::Phony => "phony (.PHONY): always remade".to_owned(),
            Self::NewerPrerequisite(n) => format!("prerequisite '{n}' is newer"),
            Self::RemadePrerequisite(n) => format!("prerequisite '{n}' would be remade"),
            Self::IntermediatePrerequisite => "an intermediate prerequisite must be made".into(),
            Self::AlwaysMake => "-B (--always-make)".to_owned(),
            Self::DoubleColonNoPrerequisites => {
                "a '::' rule without prerequisites: always remade".to_owned()
            }
            Self::NewerThanPrerequisites => "newer than every prerequisite".to_owned(),
            Self::NoRecipeNoChange => "no recipe, and no prerequisite changed".to_owned(),
            Self::NoRule => "no rule makes it; the file exists".to_owned(),
            Self::NoRuleMissing => "no rule makes it, and it does not exist".to_owned(),
            Self::AssumedOld => "-o (--assume-old): never remade".to_owned(),
            Self::PrerequisiteFailed => "a prerequisite cannot be made".to_owned(),
        }
    }
}

/// The walk's verdict on one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Out of date: its recipe would run.
    Remake,
    UpToDate,
    /// Out of date, and one of the host's native targets: it would run natively.
    Native,
    /// No rule makes it and it does not exist.
    NoRule,
    /// Not decided: a prerequisite cannot be made.
    Undecided,
}

/// What the walk decided about one file (one rule of a `::` file).
#[derive(Clone, Debug, Serialize)]
pub struct Decision {
    pub target: String,
    /// GNU's depth in the walk (a goal 0, each prerequisite two deeper).
    pub depth: usize,
    pub outcome: Outcome,
    pub reasons: Vec<Reason>,
    /// The makefile and line of the rule whose recipe would run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The recipe lines, expanded, that would run (none for `up-to-date`).
    pub recipe: Vec<String>,
}

/// The decisions of one dry walk, and where each node's latest one is.
#[derive(Debug, Default)]
pub struct Explained {
    pub decisions: Vec<Decision>,
    at: rustc_hash::FxHashMap<NodeId, usize>,
}

impl Engine<'_> {
    /// A rule of `id` is about to be walked: its entry, undecided until the walk decides.
    pub(super) fn explain_begin(&mut self, id: NodeId, depth: usize) {
        let target = self.g.nodes[id].name.clone();
        let Some(x) = self.explained.as_mut() else {
            return;
        };
        x.at.insert(id, x.decisions.len());
        x.decisions.push(Decision {
            target: target.to_string(),
            depth,
            outcome: Outcome::Undecided,
            reasons: vec![Reason::PrerequisiteFailed],
            rule: None,
            recipe: Vec::new(),
        });
    }

    fn explain_entry(&mut self, id: NodeId) -> Option<&mut Decision> {
        let x = self.explained.as_mut()?;
        let i = *x.at.get(&id)?;
        x.decisions.get_mut(i)
    }

    /// The walk's decision for stage `stage` of `id` (GNU's `update_file_1` end), with
    /// the reasons `--debug=b` would give.
    pub(super) fn explain_decide(&mut self, id: NodeId, stage: usize, d: (bool, Why, bool)) {
        if self.explained.is_none() {
            return;
        }
        let (must, why, intermediate) = d;
        let reasons = self.reasons(id, stage, must, why, intermediate);
        if let Some(e) = self.explain_entry(id) {
            e.outcome = if must {
                Outcome::Remake
            } else {
                Outcome::UpToDate
            };
            e.reasons = reasons;
        }
    }

    fn reasons(&mut self, id: NodeId, stage: usize, must: bool, why: Why, im: bool) -> Vec<Reason> {
        let mut out = Vec::new();
        match why {
            Why::Old => return vec![Reason::AssumedOld],
            Why::DoubleColonNoDeps => return vec![Reason::DoubleColonNoPrerequisites],
            Why::AlwaysMake => return vec![Reason::AlwaysMake],
            Why::NoRecipeNoChange => return vec![Reason::NoRecipeNoChange],
            Why::Times => {}
        }
        let this = self.stamp(id);
        let n = &self.g.nodes[id];
        if n.phony {
            out.push(Reason::Phony);
        } else if this == Stamp::Missing {
            out.push(Reason::Missing);
        }
        if this != Stamp::Missing {
            let deps: Vec<_> = n.stages[stage]
                .deps
                .iter()
                .filter(|d| !d.order_only)
                .map(|d| d.node)
                .collect();
            for d in deps {
                let ds = self.stamp(d);
                let name = self.g.nodes[d].name.to_string();
                let reason = if self.g.nodes[d].ran {
                    Reason::RemadePrerequisite(name)
                } else if self.dep_changed(d) || ds > this {
                    Reason::NewerPrerequisite(name)
                } else {
                    continue;
                };
                if !out.contains(&reason) {
                    out.push(reason);
                }
            }
        }
        if im {
            out.push(Reason::IntermediatePrerequisite);
        }
        if !must && out.is_empty() {
            let n = &self.g.nodes[id];
            let source = !n.is_target && n.stages.iter().all(|s| s.recipe.is_none());
            out.push(if source {
                Reason::NoRule
            } else {
                Reason::NewerThanPrerequisites
            });
        }
        out
    }

    /// The recipe that would run for `id`: recorded, not run or printed.
    pub(super) fn explain_recipe(&mut self, id: NodeId, stage: usize, lines: &[Line]) {
        let rule = self.g.nodes[id].stages[stage]
            .recipe
            .as_ref()
            .and_then(|r| r.lines.first())
            .filter(|l| !l.loc.is_builtin())
            .map(|l| format!("{}:{}", l.loc.file, l.loc.line));
        if let Some(e) = self.explain_entry(id) {
            e.rule = rule;
            e.recipe = lines
                .iter()
                .filter(|l| !l.text.trim().is_empty())
                .map(|l| l.text.clone())
                .collect();
        }
    }

    /// `id` is one of the host's native targets: it would run natively, not its recipe.
    pub(super) fn explain_native(&mut self, id: NodeId) {
        if let Some(e) = self.explain_entry(id) {
            e.outcome = Outcome::Native;
        }
    }

    /// No rule makes `id` and it does not exist: GNU's "No rule to make target".
    pub(super) fn explain_no_rule(&mut self, id: NodeId) {
        if let Some(e) = self.explain_entry(id) {
            e.outcome = Outcome::NoRule;
            e.reasons = vec![Reason::NoRuleMissing];
        }
    }
}

/// The decisions as text: one line per file, indented by depth, then its recipe.
pub fn render_text(decisions: &[Decision]) -> String {
    let mut out = String::new();
    for d in decisions {
        let pad = " ".repeat(d.depth);
        let why: Vec<String> = d.reasons.iter().map(Reason::text).collect();
        let verdict = match d.outcome {
            Outcome::Remake => "out of date",
            Outcome::UpToDate => "up to date",
            Outcome::Native => "out of date, runs natively",
            Outcome::NoRule => "cannot be made",
            Outcome::Undecided => "not decided",
        };
        let _ = writeln!(out, "{pad}{}: {verdict} ({})", d.target, why.join("; "));
        if d.outcome == Outcome::Native {
            let _ = writeln!(
                out,
                "{pad}  runs as xmake's native target: `xmake --explain {}` explains it",
                d.target
            );
            continue;
        }
        if !d.recipe.is_empty() {
            let at = d
                .rule
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            let _ = writeln!(out, "{pad}  would run{at}:");
            for l in &d.recipe {
                let _ = writeln!(out, "{pad}    {}", l.replace('\n', &format!("\n{pad}    ")));
            }
        } else if d.outcome == Outcome::Remake {
            let _ = writeln!(out, "{pad}  would run: nothing (no recipe)");
        }
    }
    out
}
