//! One lint finding (a [`Diagnostic`] plus the tree-relative file it is about, for findings
//! such as "missing file" that have no span), and the sorted list of them a run produced.

use crate::diag::{Diagnostic, Report, Severity};

/// A diagnostic and the file it concerns.
#[derive(Clone, Debug)]
pub struct Finding {
    pub diag: Diagnostic,
    /// The file the finding is about, relative to the tree, when the diagnostic has no
    /// location of its own (e.g. a missing file). Located diagnostics use their source's name.
    pub path: Option<String>,
}

impl Finding {
    /// A diagnostic from the env.cfg / config.toml checks; `toml_path` is the config.toml
    /// that was read (relative to the tree), for its findings without a span.
    pub fn from_settings(diag: Diagnostic, toml_path: Option<&str>) -> Self {
        let path = if diag.location.is_some() {
            None
        } else {
            crate::onboarding::settings::file_of(&diag, toml_path).map(str::to_owned)
        };
        Self { diag, path }
    }

    /// The file this finding is in, relative to the tree, if any.
    pub fn file(&self) -> Option<&str> {
        self.diag.file().or(self.path.as_deref())
    }

    /// 1-based line and column, when the diagnostic points into a file.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        self.diag.position().map(|(_, lc)| (lc.line, lc.column))
    }

    /// 1-based end line and column (exclusive end of the span).
    pub fn end_line_col(&self) -> Option<(usize, usize)> {
        self.diag.location.as_ref().map(|l| {
            let lc = l.source.line_col(l.span.end);
            (lc.line, lc.column)
        })
    }

    /// File, then position (a byte offset: cheap on any line length), code, message.
    fn sort_key(&self) -> (String, usize, &'static str, String) {
        (
            self.file().unwrap_or("").to_owned(),
            self.diag.order_key().1,
            self.diag.code,
            self.diag.message.clone(),
        )
    }
}

/// Every finding of one run, in a stable order: by file, line, column, code, message.
#[derive(Clone, Debug, Default)]
pub struct Lint {
    pub findings: Vec<Finding>,
}

impl Lint {
    /// Sorts the findings and shows at most [`crate::diag::cap::PER_FILE`] per file (the rest
    /// counted in one note per file).
    pub fn new(mut findings: Vec<Finding>) -> Self {
        findings.sort_by_cached_key(Finding::sort_key);
        let findings = crate::diag::cap::cap(
            findings,
            |f| f.file().map(str::to_owned),
            |f| &f.diag,
            |diag| Finding { diag, path: None },
        );
        Self { findings }
    }

    /// How many findings of `severity`, counting the ones a not-shown note stands for.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().map(|f| f.diag.weight(severity)).sum()
    }

    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// The exit status: 1 with any finding at or above `deny` (hidden ones counted), else 0.
    pub fn exit_code(&self, deny: Severity) -> i32 {
        let present = [Severity::Note, Severity::Warning, Severity::Error]
            .into_iter()
            .filter(|s| self.count(*s) > 0);
        crate::lint::level::exit_status(present, deny)
    }

    /// The findings as a [`Report`] for the shared renderers (order kept).
    pub fn report(&self) -> Report {
        Report {
            diagnostics: self.findings.iter().map(|f| f.diag.clone()).collect(),
        }
    }

    /// The codes that have findings, in first-seen order of [`Lint::findings`], deduplicated.
    pub fn codes(&self) -> Vec<&'static str> {
        let mut codes: Vec<&'static str> = Vec::new();
        for f in &self.findings {
            if !codes.contains(&f.diag.code) {
                codes.push(f.diag.code);
            }
        }
        codes
    }
}
