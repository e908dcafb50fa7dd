//! Rendering a [`Report`]: miette's graphical handler on a terminal, a stable plain-text form
//! otherwise (the form tests and CI logs read), and JSON for `--format=json`.

use std::fmt::Write as _;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use serde::Serialize;

use super::{escape, redact, Diagnostic, Report, Severity};

/// Renders every diagnostic, fancy when `fancy` is set, followed by a one-line summary.
pub fn render_text(report: &Report, fancy: bool) -> String {
    mask_sources(report.diagnostics.iter());
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

/// Masks (and so registers the secrets of) every source the diagnostics point into, so their
/// messages lose what those lines hold: call before rendering a document of them.
pub fn mask_sources<'d>(diagnostics: impl Iterator<Item = &'d Diagnostic>) {
    for loc in diagnostics.filter_map(|d| d.location.as_ref()) {
        redact::shown(&loc.source);
    }
}

/// `3 errors (2 in conf/env.cfg, 1 in config.toml), 1 warning in conf/env.cfg` (or
/// `no problems found`): see [`summary_in_files`]. Diagnostics without a location count
/// without a file.
pub fn summary(report: &Report) -> String {
    summary_in_files(report.diagnostics.iter().map(|d| (d, d.file())))
}

/// The summary naming the file of each problem: `1 error in config.toml, 0 warnings`, or
/// with several files `3 errors (2 in conf/env.cfg, 1 in config.toml), 1 warning in
/// conf/env.cfg`; `no problems found` when there are none. Each diagnostic comes with its
/// file (`None`: counted, in no file).
pub fn summary_in_files<'a>(
    items: impl Iterator<Item = (&'a Diagnostic, Option<&'a str>)>,
) -> String {
    let items: Vec<(&Diagnostic, Option<&str>)> = items.collect();
    let total =
        |severity: Severity| -> usize { items.iter().map(|(d, _)| d.weight(severity)).sum() };
    let (errors, warnings) = (total(Severity::Error), total(Severity::Warning));
    if errors == 0 && warnings == 0 {
        return "no problems found".to_owned();
    }
    let part = |severity: Severity, total: usize, one: &str, many: &str| {
        let mut files: Vec<(&str, usize)> = Vec::new();
        for (d, file) in &items {
            let weight = d.weight(severity);
            // A note standing for hidden diagnostics counts them in its file.
            let file = file.or_else(|| d.not_shown.as_ref().map(|n| n.file.as_str()));
            let Some(file) = file.filter(|_| weight > 0) else {
                continue;
            };
            match files.iter_mut().find(|(f, _)| f == &file) {
                Some((_, n)) => *n += weight,
                None => files.push((file, weight)),
            }
        }
        let counted = super::wording::plural(total, one, many);
        match files.as_slice() {
            [] => counted,
            [(file, n)] if *n == total => format!("{counted} in {file}"),
            _ => format!(
                "{counted} ({})",
                files
                    .iter()
                    .map(|(f, n)| format!("{n} in {f}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    };
    format!(
        "{}, {}",
        part(Severity::Error, errors, "error", "errors"),
        part(Severity::Warning, warnings, "warning", "warnings")
    )
}

/// The plain form: `file:line:col: severity[code]: message`, the source line with a caret
/// underline and its label, then `help: …`. Secrets are masked (see [`redact`]) and control
/// characters escaped (see [`escape`]) in every part.
pub fn render_plain(d: &Diagnostic) -> String {
    let mut out = String::new();
    match &d.location {
        Some(loc) => {
            let shown = redact::shown(&loc.source);
            let lc = loc.source.line_col(loc.span.start);
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}]: {}",
                clean(loc.source.name()),
                lc.line,
                lc.column,
                d.severity.as_str(),
                d.code,
                clean(&d.message)
            );
            let line = loc.source.shown_line_text(lc.line);
            let before: String = line.chars().take(lc.column - 1).collect();
            // The line is shown without its CR line end: a pointed CR there counts one column.
            let pointed = shown
                .get(loc.span.start..loc.span.end)
                .map_or("", |s| s.split('\n').next().unwrap_or(""));
            let visible = pointed.trim_end_matches('\r');
            let width = (escape::controls(visible).chars().count()
                + usize::from(visible.len() < pointed.len()))
            .max(1);
            // A long line is shown as a window around the caret (bounded output).
            let window = super::snippet::window(
                &clean(line),
                escape::controls(&before).chars().count(),
                width,
            );
            let _ = writeln!(out, "  {:>4} | {}", lc.line, window.text);
            let _ = writeln!(
                out,
                "       | {}{} {}",
                " ".repeat(window.caret),
                "^".repeat(window.width),
                clean(&loc.label)
            );
        }
        None => {
            let _ = writeln!(
                out,
                "{}[{}]: {}",
                d.severity.as_str(),
                d.code,
                clean(&d.message)
            );
        }
    }
    if let Some(help) = &d.help {
        let _ = writeln!(out, "  help: {}", clean(help));
    }
    out
}

fn clean(text: &str) -> String {
    redact::clean(text).into_owned()
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
    let mut builder = miette::MietteDiagnostic::new(clean(&d.message))
        .with_code(d.code)
        .with_severity(match d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Note => miette::Severity::Advice,
        });
    if let Some(help) = &d.help {
        builder = builder.with_help(clean(help));
    }
    let report = match &d.location {
        Some(loc) => {
            let shown = redact::shown(&loc.source);
            let start = escape::escaped_offset(shown, loc.span.start);
            let end = escape::escaped_offset(shown, loc.span.end).max(start);
            let span = crate::source::Span::new(start, end);
            builder = builder.with_label(LabeledSpan::at(span, clean(&loc.label)));
            miette::Report::new(builder).with_source_code(NamedSource::new(
                clean(loc.source.name()),
                escape::controls(shown).into_owned(),
            ))
        }
        None => miette::Report::new(builder),
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode());
    let _ = handler.render_report(&mut out, report.as_ref());
    out
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
    mask_sources(report.diagnostics.iter());
    let doc = Doc {
        diagnostics: report
            .diagnostics
            .iter()
            .map(JsonDiagnostic::from)
            .collect(),
        errors: report.count(Severity::Error),
        warnings: report.count(Severity::Warning),
    };
    redact::scrub(&serde_json::to_string_pretty(&doc).unwrap_or_default()).into_owned()
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::source::{Source, Span};

    #[test]
    fn summaries_name_each_file_and_count_hidden_problems_in_theirs() {
        let env = Diagnostic::error("envcfg::x", "a");
        let toml = Diagnostic::error("toml::y", "b");
        let warn = Diagnostic::warning("envcfg::z", "c");
        let items = [
            (&env, Some("conf/env.cfg")),
            (&toml, Some("config.toml")),
            (&warn, Some("conf/env.cfg")),
        ];
        assert_eq!(
            summary_in_files(items.into_iter()),
            "2 errors (1 in conf/env.cfg, 1 in config.toml), 1 warning in conf/env.cfg"
        );
        let hidden = crate::diag::cap::note(
            "conf/env.cfg",
            crate::diag::cap::Counts {
                errors: 5,
                warnings: 0,
                notes: 0,
            },
        );
        let items = [(&env, Some("conf/env.cfg")), (&hidden, None)];
        assert_eq!(
            summary_in_files(items.into_iter()),
            "6 errors in conf/env.cfg, 0 warnings"
        );
        assert_eq!(summary_in_files(std::iter::empty()), "no problems found");
    }

    #[test]
    fn plain_form_points_at_line_and_column() {
        let src = std::sync::Arc::new(Source::new("conf/env.cfg", "A=1\nREMOTE_DIR=nfs\n"));
        let d = Diagnostic::error("envcfg::relative-remote-dir", "REMOTE_DIR is not absolute")
            .at(&src, Span::new(15, 18), "relative path")
            .with_help("write it as an absolute path, e.g. /nfs-apps");
        let text = render_plain(&d);
        assert!(text.starts_with("conf/env.cfg:2:12: error[envcfg::relative-remote-dir]"));
        assert!(text.contains("           ^^^ relative path"), "{text}");
        assert!(text.contains("help: write it"));
    }

    #[test]
    fn secrets_are_masked_and_control_characters_escaped_in_both_forms() {
        let text = "NOTE=\"a\x1b[2Jb\"\nDB_PASSWORD=XSPOTRENDER-1\nX=1\n";
        let src = std::sync::Arc::new(Source::new("conf/env.cfg", text));
        let d = |at: usize| {
            Diagnostic::warning("envcfg::unknown-key", "value \x1b[2J XSPOTRENDER-1").at(
                &src,
                Span::new(at, at + 4),
                "label\r",
            )
        };
        let db = text.find("DB_").unwrap();
        let report = Report {
            diagnostics: vec![d(0), d(db)],
        };
        for fancy in [false, true] {
            let out = render_text(&report, fancy);
            assert!(!out.contains("XSPOTRENDER"), "{out}");
            assert!(!out.contains("\x1b[2J") && !out.contains('\r'), "{out:?}");
            assert!(out.contains("a\\x1b[2Jb"), "{out}");
        }
        let plain = render_plain(&d(db));
        assert!(plain.contains("DB_PASSWORD=*************\n"), "{plain}");
        assert!(plain.contains("value \\x1b[2J <redacted>"), "{plain}");
        assert!(!render_json(&report).contains("XSPOTRENDER"));
    }
}
