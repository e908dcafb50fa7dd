//! Bounds on how many diagnostics one file can produce, so hostile input cannot make the output
//! (or memory) grow without end: while reading, a stage keeps at most [`HELD`] diagnostics and
//! only counts the rest; when a report is finished, at most [`PER_FILE`] are shown per file,
//! in position order, and the rest become one note per file saying how many more there are and
//! how bad they are. The note keeps the counts, so summaries and exit statuses stay exact.

use super::{Diagnostic, Severity};

/// Diagnostics shown per file; the rest are counted in one note.
pub const PER_FILE: usize = 100;
/// Diagnostics one reading stage keeps before it only counts.
pub const HELD: usize = 1_000;
/// The code of the note that stands for the diagnostics not shown.
pub const NOT_SHOWN: &str = "diag::not-shown";

/// How many diagnostics of each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Counts {
    pub fn of(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.errors,
            Severity::Warning => self.warnings,
            Severity::Note => self.notes,
        }
    }

    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.notes
    }

    /// Counts `d` (or, for a note that stands for others, what it stands for).
    pub fn add(&mut self, d: &Diagnostic) {
        for severity in [Severity::Error, Severity::Warning, Severity::Note] {
            let n = d.weight(severity);
            match severity {
                Severity::Error => self.errors += n,
                Severity::Warning => self.warnings += n,
                Severity::Note => self.notes += n,
            }
        }
    }

    fn worst(&self) -> Severity {
        if self.errors > 0 {
            Severity::Error
        } else if self.warnings > 0 {
            Severity::Warning
        } else {
            Severity::Note
        }
    }
}

/// What a [`NOT_SHOWN`] note stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotShown {
    /// The file the diagnostics are about, as messages name it.
    pub file: String,
    pub counts: Counts,
}

/// The note standing for `counts` diagnostics about `file`: as severe as the worst of them.
pub fn note(file: &str, counts: Counts) -> Diagnostic {
    let plural = super::wording::plural;
    let mut d = Diagnostic::new(
        NOT_SHOWN,
        counts.worst(),
        format!(
            "{} more {} in {file} not shown ({}, {}, {})",
            counts.total(),
            if counts.total() == 1 {
                "problem"
            } else {
                "problems"
            },
            plural(counts.errors, "error", "errors"),
            plural(counts.warnings, "warning", "warnings"),
            plural(counts.notes, "note", "notes"),
        ),
    )
    .with_help("fix the problems shown first, then run again");
    d.not_shown = Some(NotShown {
        file: file.to_owned(),
        counts,
    });
    d
}

/// Pushes `d`, or once [`HELD`] diagnostics are held, counts it in a trailing note instead.
pub fn push_bounded(diags: &mut Vec<Diagnostic>, d: Diagnostic) {
    if diags.len() < HELD {
        diags.push(d);
        return;
    }
    let file = d.file().unwrap_or("").to_owned();
    let held = diags.get_mut(HELD..).unwrap_or_default();
    if let Some(last) = held
        .iter_mut()
        .find(|x| x.not_shown.as_ref().is_some_and(|s| s.file == file))
    {
        let mut counts = last
            .not_shown
            .as_ref()
            .map(|s| s.counts)
            .unwrap_or_default();
        counts.add(&d);
        *last = note(&file, counts);
        return;
    }
    let mut counts = Counts::default();
    counts.add(&d);
    diags.push(note(&file, counts));
}

/// Keeps the first [`PER_FILE`] items of each file (items sorted by file, and by position
/// within a file) and folds the rest, with any earlier notes, into one note per file placed
/// after that file's items. `file` and `diag` look into an item; `make` wraps a note.
pub fn cap<T>(
    items: Vec<T>,
    file: impl Fn(&T) -> Option<String>,
    diag: impl Fn(&T) -> &Diagnostic,
    make: impl Fn(Diagnostic) -> T,
) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len().min(PER_FILE * 4));
    let mut current: Option<String> = None;
    let mut shown = 0;
    let mut hidden = Counts::default();
    for item in items {
        let name = file(&item);
        if name != current {
            flush(&mut out, current.as_deref(), &mut hidden, &make);
            current = name;
            shown = 0;
        }
        let d = diag(&item);
        if d.not_shown.is_some() || shown >= PER_FILE {
            hidden.add(d);
        } else {
            shown += 1;
            out.push(item);
        }
    }
    flush(&mut out, current.as_deref(), &mut hidden, &make);
    out
}

fn flush<T>(
    out: &mut Vec<T>,
    file: Option<&str>,
    hidden: &mut Counts,
    make: &impl Fn(Diagnostic) -> T,
) {
    if hidden.total() > 0 {
        out.push(make(note(file.unwrap_or("the input"), *hidden)));
    }
    *hidden = Counts::default();
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diag::Report;
    use crate::source::{Source, Span};

    #[test]
    fn a_flood_is_held_then_capped_with_exact_counts() {
        let src = Arc::new(Source::new("conf/env.cfg", "x".repeat(5000)));
        let mut diags = Vec::new();
        for i in 0..3000 {
            let d = if i % 2 == 0 {
                Diagnostic::error("t::e", "e")
            } else {
                Diagnostic::warning("t::w", "w")
            };
            push_bounded(&mut diags, d.at(&src, Span::new(i, i + 1), "here"));
        }
        assert_eq!(diags.len(), HELD + 1);
        let mut report = Report::default();
        report.extend(diags);
        report.sort();
        report.cap();
        assert_eq!(report.diagnostics.len(), PER_FILE + 1);
        assert_eq!(report.count(Severity::Error), 1500);
        assert_eq!(report.count(Severity::Warning), 1500);
        let last = report.diagnostics.last().unwrap();
        assert_eq!(last.code, NOT_SHOWN);
        assert!(last.is_error());
        assert!(
            last.message
                .starts_with("2900 more problems in conf/env.cfg"),
            "{}",
            last.message
        );
    }
}
