//! Diagnostics for xmake's own inputs (env.cfg, config.toml, lint, native targets): a plain
//! data type holding a stable code, a severity, a message, a labelled span in a [`Source`],
//! and a help line; rendered by miette on a terminal, as plain text otherwise, or as JSON.
//!
//! Makefile-language errors do not come through here: they print GNU make's exact text
//! (see `make::messages`).

pub mod escape;
pub mod redact;
pub mod render;
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
            message: message.into(),
            location: None,
            help: None,
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
            label: label.into(),
        });
        self
    }

    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
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

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// Sorts by file, then position, so output is stable for CI.
    pub fn sort(&mut self) {
        self.diagnostics.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                d.position()
                    .map(|(f, lc)| (f.to_owned(), lc.line, lc.column))
            };
            key(a).cmp(&key(b))
        });
    }
}
