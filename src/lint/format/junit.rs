//! `--format junit`: `JUnit` XML as CI test reporters read it: one `<testsuite>` named
//! `xmake lint`, one `<testcase>` per rule (every registered rule, passing or not, then each
//! settings-check code that has findings), and one `<failure>` per error or warning, whose
//! `type` is the severity (warnings are failures too, as eslint's `JUnit` output does; the
//! exit status is what says whether CI should stop). Notes are not failures: they go to the
//! testcase's `<system-out>`.

use std::fmt::Write as _;

use super::xml::{escape, DECLARATION};
use super::{listed_codes, message_with_help};
use crate::diag::Severity;
use crate::lint::finding::{Finding, Lint};

pub fn render(lint: &Lint) -> String {
    let codes = listed_codes(lint);
    let failing_cases = codes
        .iter()
        .filter(|c| {
            lint.findings
                .iter()
                .any(|f| f.diag.code == **c && is_failure(f))
        })
        .count();
    let mut out = String::from(DECLARATION);
    let _ = writeln!(
        out,
        "<testsuites name=\"xmake lint\" tests=\"{}\" failures=\"{failing_cases}\" errors=\"0\">",
        codes.len()
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"xmake lint\" tests=\"{}\" failures=\"{failing_cases}\" errors=\"0\" skipped=\"0\">",
        codes.len()
    );
    for code in codes {
        let found: Vec<&Finding> = lint
            .findings
            .iter()
            .filter(|f| f.diag.code == code)
            .collect();
        let _ = write!(
            out,
            "    <testcase classname=\"xmake.lint\" name=\"{}\"",
            escape(code)
        );
        if found.is_empty() {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        for f in found.iter().filter(|f| is_failure(f)) {
            out.push_str(&failure(f));
        }
        let notes: Vec<String> = found
            .iter()
            .filter(|f| !is_failure(f))
            .map(|f| placed(f))
            .collect();
        if !notes.is_empty() {
            let _ = writeln!(
                out,
                "      <system-out>{}</system-out>",
                escape(&notes.join("\n"))
            );
        }
        out.push_str("    </testcase>\n");
    }
    let _ = writeln!(out, "  </testsuite>\n</testsuites>");
    out
}

fn is_failure(f: &Finding) -> bool {
    f.diag.severity != Severity::Note
}

fn failure(f: &Finding) -> String {
    let kind = if f.diag.severity == Severity::Error {
        "error"
    } else {
        "warning"
    };
    format!(
        "      <failure type=\"{kind}\" message=\"{}\">{}</failure>\n",
        escape(&f.diag.message),
        escape(&placed(f))
    )
}

/// `file:line:col: message` and the help line.
fn placed(f: &Finding) -> String {
    let place = match (f.file(), f.line_col()) {
        (Some(file), Some((line, col))) => format!("{file}:{line}:{col}: "),
        (Some(file), None) => format!("{file}: "),
        _ => String::new(),
    };
    format!("{place}{}", message_with_help(f))
}
