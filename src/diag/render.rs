//! Rendering a [`Report`]: miette's graphical handler on a terminal, a stable plain-text form
//! otherwise (the form tests and CI logs read), and JSON for `--format=json`.

use std::fmt::Write as _;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan};
use serde::Serialize;

use super::{Diagnostic, Report, Severity};
use crate::source::Source;

/// Renders every diagnostic, fancy when `fancy` is set, followed by a one-line summary.
pub fn render_text(report: &Report, fancy: bool) -> String {
    let mut out = String::new();
    for diagnostic in &report.diagnostics {
        if fancy {
            out.push_str(&render_fancy(diagnostic));
        } else {
            out.push_str(&render_plain(diagnostic));
        }
        out.push('\n');
    }
    out
}

/// `3 errors, 1 warning` (or `no problems found`).
pub fn summary(report: &Report) -> String {
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    if errors == 0 && warnings == 0 {
        return "no problems found".to_owned();
    }
    format!(
        "{}, {}",
        super::wording::plural(errors, "error", "errors"),
        super::wording::plural(warnings, "warning", "warnings")
    )
}

/// The plain form: `file:line:col: severity[code]: message`, the source line with a caret
/// underline and its label, then `help: …`.
pub fn render_plain(d: &Diagnostic) -> String {
    let mut out = String::new();
    match &d.location {
        Some(loc) => {
            let lc = loc.source.line_col(loc.span.start);
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}]: {}",
                loc.source.name(),
                lc.line,
                lc.column,
                d.severity.as_str(),
                d.code,
                d.message
            );
            let text = loc.source.line_text(lc.line);
            let width = loc
                .source
                .text()
                .get(loc.span.start..loc.span.end)
                .map_or(1, |s| s.lines().next().unwrap_or("").chars().count().max(1));
            let shown = super::snippet::window(text, lc.column - 1, width);
            let _ = writeln!(out, "  {:>4} | {}", lc.line, shown.text);
            let _ = writeln!(
                out,
                "       | {}{} {}",
                " ".repeat(shown.caret),
                "^".repeat(shown.width),
                loc.label
            );
        }
        None => {
            let _ = writeln!(out, "{}[{}]: {}", d.severity.as_str(), d.code, d.message);
        }
    }
    if let Some(help) = &d.help {
        let _ = writeln!(out, "  help: {help}");
    }
    out
}

fn render_fancy(d: &Diagnostic) -> String {
    // miette shows whole lines: a long one is shown in the plain form, cut to a window.
    if let Some(loc) = &d.location {
        let first = loc.source.line_col(loc.span.start).line;
        let last = loc.source.line_col(loc.span.end).line;
        if (first..=last).any(|l| loc.source.line_text(l).len() > super::snippet::WINDOW) {
            return render_plain(d);
        }
    }
    let mut builder = miette::MietteDiagnostic::new(d.message.clone())
        .with_code(d.code)
        .with_severity(match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        });
    if let Some(help) = &d.help {
        builder = builder.with_help(help.clone());
    }
    let report = match &d.location {
        Some(loc) => {
            builder = builder.with_label(LabeledSpan::at(loc.span, loc.label.clone()));
            miette::Report::new(builder).with_source_code(Shared(Arc::clone(&loc.source)))
        }
        None => miette::Report::new(builder),
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode());
    let _ = handler.render_report(&mut out, report.as_ref());
    out
}

/// A [`Source`] handed to miette without copying its text (miette reads only the lines
/// around the span).
struct Shared(Arc<Source>);

impl miette::SourceCode for Shared {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self
            .0
            .text()
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.0.name().to_owned(),
            inner.data(),
            *inner.span(),
            inner.line(),
            inner.column(),
            inner.line_count(),
        )))
    }
}

/// One diagnostic as JSON: positions are 1-based, `file` is the name the text form prints.
#[derive(Serialize)]
pub struct JsonDiagnostic<'a> {
    pub code: &'a str,
    pub severity: Severity,
    pub message: &'a str,
    pub file: Option<&'a str>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub end_line: Option<usize>,
    pub end_column: Option<usize>,
    pub label: Option<&'a str>,
    pub help: Option<&'a str>,
}

impl<'a> From<&'a Diagnostic> for JsonDiagnostic<'a> {
    fn from(d: &'a Diagnostic) -> Self {
        let loc = d.location.as_ref();
        let start = loc.map(|l| l.source.line_col(l.span.start));
        let end = loc.map(|l| l.source.line_col(l.span.end));
        Self {
            code: d.code,
            severity: d.severity,
            message: &d.message,
            file: loc.map(|l| l.source.name()),
            line: start.map(|p| p.line),
            column: start.map(|p| p.column),
            end_line: end.map(|p| p.line),
            end_column: end.map(|p| p.column),
            label: loc.map(|l| l.label.as_str()),
            help: d.help.as_deref(),
        }
    }
}

/// The whole report as a JSON document: `{"diagnostics":[…],"errors":N,"warnings":N}`.
pub fn render_json(report: &Report) -> String {
    #[derive(Serialize)]
    struct Doc<'a> {
        diagnostics: Vec<JsonDiagnostic<'a>>,
        errors: usize,
        warnings: usize,
    }
    let doc = Doc {
        diagnostics: report
            .diagnostics
            .iter()
            .map(JsonDiagnostic::from)
            .collect(),
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
    };
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::source::{Source, Span};

    #[test]
    fn plain_form_points_at_line_and_column() {
        let src = Arc::new(Source::new("conf/env.cfg", "A=1\nREMOTE_DIR=nfs\n"));
        let d = Diagnostic::error("envcfg::relative-remote-dir", "REMOTE_DIR is not absolute")
            .at(&src, Span::new(15, 18), "relative path")
            .with_help("write it as an absolute path, e.g. /nfs-apps");
        let text = render_plain(&d);
        assert!(text.starts_with("conf/env.cfg:2:12: error[envcfg::relative-remote-dir]"));
        assert!(text.contains("           ^^^ relative path"), "{text}");
        assert!(text.contains("help: write it"));
    }
}
