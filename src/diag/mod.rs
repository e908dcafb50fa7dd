//! Diagnostics for xmake's own inputs (env.cfg, config.toml, lint, native targets): a plain
//! data type holding a stable code, a severity, a message, a labelled span in a [`Source`],
//! and a help line; rendered by miette on a terminal, as plain text otherwise, or as JSON.
//!
//! Makefile-language errors do not come through here: they print GNU make's exact text
//! (see `make::messages`).

pub mod cap;
pub mod escape;
pub mod redact;
pub mod render;
pub mod snippet;
pub mod style;
pub mod wording;

use std::sync::Arc;

use serde::Serialize;

use crate::source::{LineCol, Source, Span};

/// How bad a diagnostic is. Errors stop a target before it changes anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One finding about a user's input.
#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// Stable, namespaced rule code, e.g. `envcfg::relative-remote-dir`.
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The file the finding is in, with the span it points at and the span's label.
    pub location: Option<Located>,
    /// An imperative sentence saying how to fix it.
    pub help: Option<String>,
    /// Set on the note that stands for diagnostics left out by the per-file cap
    /// (see [`cap`]): what it stands for.
    pub not_shown: Option<cap::NotShown>,
}

/// A span in a shared source, with the label printed under it.
#[derive(Clone, Debug)]
pub struct Located {
    pub source: Arc<Source>,
    pub span: Span,
    pub label: String,
}

impl Diagnostic {
    pub fn new(code: &'static str, severity: Severity, message: impl Into<String>) -> Self {
        Self {
            code,
            severity,
            message: snippet::clip(message.into()),
            location: None,
            help: None,
            not_shown: None,
        }
    }

    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, message)
    }

    pub fn note(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Note, message)
    }

    #[must_use]
    pub fn at(mut self, source: &Arc<Source>, span: Span, label: impl Into<String>) -> Self {
        self.location = Some(Located {
            source: Arc::clone(source),
            span,
            label: snippet::clip(label.into()),
        });
        self
    }

    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(snippet::clip(help.into()));
        self
    }

    /// The file name, line and column this diagnostic points at, if any.
    pub fn position(&self) -> Option<(&str, LineCol)> {
        self.location
            .as_ref()
            .map(|l| (l.source.name(), l.source.line_col(l.span.start)))
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The file this diagnostic is about: where it points, or what a not-shown note counts.
    pub fn file(&self) -> Option<&str> {
        self.location
            .as_ref()
            .map(|l| l.source.name())
            .or_else(|| self.not_shown.as_ref().map(|n| n.file.as_str()))
    }

    /// How many diagnostics of `severity` this one counts for: itself, or for a not-shown
    /// note, the ones it stands for.
    pub fn weight(&self, severity: Severity) -> usize {
        match &self.not_shown {
            Some(n) => n.counts.of(severity),
            None => usize::from(self.severity == severity),
        }
    }

    /// A key that orders diagnostics by file, then position (cheap: a byte offset, never a
    /// column count); located ones after unlocated, not-shown notes last in their file.
    pub fn order_key(&self) -> (Option<&str>, usize) {
        let at = match (&self.location, &self.not_shown) {
            (Some(l), _) => l.span.start.saturating_add(1),
            (None, Some(_)) => usize::MAX,
            (None, None) => 0,
        };
        (self.file(), at)
    }
}

/// Diagnostics collected over a whole run, so every problem is reported at once.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// How many diagnostics of `severity` the report holds, counting the ones a not-shown
    /// note stands for.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().map(|d| d.weight(severity)).sum()
    }

    /// Sorts by file, then position, so output is stable for CI.
    pub fn sort(&mut self) {
        self.diagnostics
            .sort_by(|a, b| a.order_key().cmp(&b.order_key()));
    }

    /// Shows at most [`cap::PER_FILE`] diagnostics per file (call after [`Report::sort`]).
    pub fn cap(&mut self) {
        let all = std::mem::take(&mut self.diagnostics);
        self.diagnostics = cap::cap(all, |d| d.file().map(str::to_owned), |d| d, |note| note);
    }
}
