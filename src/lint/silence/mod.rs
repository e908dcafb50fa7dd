//! Silencing findings: per tree in `.xmake.toml` ([`config`]), per line with a comment in
//! env.cfg or the Makefile ([`comments`]). A silence that matched no finding is itself
//! reported (`lint::unused-silence`), so stale silences do not pile up; silences of the node
//! checks are not, when the node checks did not run.

pub mod comments;
pub mod config;

use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::lint::finding::Finding;
use crate::lint::rules::unused_silence;
use crate::source::{Source, Span};

/// Which findings a silence covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Where {
    /// Everywhere in the tree (`[lint] allow`).
    Tree,
    /// The file with this tree-relative path, or every file under it when it ends with `/`
    /// (`[lint.per-file]`).
    Path(String),
    /// This 1-based line of this file (a comment).
    Line(String, usize),
}

/// One silenced code and where it was written.
#[derive(Clone, Debug)]
pub struct Silence {
    pub code: String,
    pub scope: Where,
    /// The file that holds the silence, and the span of the code in it.
    pub source: Arc<Source>,
    pub span: Span,
    pub used: bool,
}

impl Silence {
    fn covers(&self, f: &Finding) -> bool {
        if self.code != f.diag.code {
            return false;
        }
        match &self.scope {
            Where::Tree => true,
            Where::Path(path) => f.file().is_some_and(|file| {
                file == path || (path.ends_with('/') && file.starts_with(path.as_str()))
            }),
            Where::Line(file, line) => {
                f.file() == Some(file.as_str()) && f.line_col().is_some_and(|(l, _)| l == *line)
            }
        }
    }
}

/// Drops the findings a silence covers and adds one `lint::unused-silence` finding per
/// silence that covered none. `skipped` are codes of checks that did not run (their
/// silences are not reported).
pub fn apply(findings: Vec<Finding>, silences: &mut [Silence], skipped: &[&str]) -> Vec<Finding> {
    let mut kept: Vec<Finding> = findings
        .into_iter()
        .filter(|f| !silence_one(f, silences))
        .collect();
    let unused: Vec<Finding> = silences
        .iter()
        .filter(|s| !s.used && !skipped.contains(&s.code.as_str()))
        .map(unused_finding)
        .collect();
    kept.extend(unused.into_iter().filter(|f| !silence_one(f, silences)));
    kept
}

/// Marks every silence that covers `f`; whether any did.
fn silence_one(f: &Finding, silences: &mut [Silence]) -> bool {
    let mut silenced = false;
    for s in silences.iter_mut().filter(|s| s.covers(f)) {
        s.used = true;
        silenced = true;
    }
    silenced
}

fn unused_finding(s: &Silence) -> Finding {
    let scope = match &s.scope {
        Where::Tree => "anywhere in the tree".to_owned(),
        Where::Path(path) => format!("in `{path}`"),
        Where::Line(_, line) => format!("on line {line}"),
    };
    let known = crate::lint::registry::rule(&s.code).is_some()
        || s.code.starts_with("envcfg::")
        || s.code.starts_with("toml::");
    let help = if known {
        "remove the silence: the problem it was written for is gone"
    } else {
        "no check has this code: fix its spelling (codes look like `lint::missing-file`) or remove it"
    };
    crate::lint::rules::located(
        Diagnostic::warning(
            unused_silence::RULE.code,
            format!(
                "`{}` is silenced {scope}, but nothing there is reported with that code",
                s.code
            ),
        )
        .at(&s.source, s.span, "silences nothing")
        .with_help(help),
    )
}
