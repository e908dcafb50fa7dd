//! `--format checkstyle`: Checkstyle XML (`<checkstyle><file name=…><error …/></file>`),
//! read by Jenkins' warnings-ng, reviewdog and GitLab converters. One `<file>` per file in
//! the lint's order; findings about no file at all go under the tree itself, `.`.

use std::fmt::Write as _;

use super::message_with_help;
use super::xml::{escape, DECLARATION};
use crate::diag::Severity;
use crate::lint::finding::{Finding, Lint};

pub fn render(lint: &Lint) -> String {
    let mut out = String::from(DECLARATION);
    out.push_str("<checkstyle version=\"4.3\">\n");
    let mut files: Vec<(&str, Vec<&Finding>)> = Vec::new();
    for f in &lint.findings {
        let name = f.file().unwrap_or(".");
        match files.iter_mut().find(|(n, _)| *n == name) {
            Some((_, list)) => list.push(f),
            None => files.push((name, vec![f])),
        }
    }
    for (name, findings) in files {
        let _ = writeln!(out, "  <file name=\"{}\">", escape(name));
        for f in findings {
            out.push_str(&error(f));
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</checkstyle>\n");
    out
}

fn error(f: &Finding) -> String {
    let severity = match f.diag.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "info",
    };
    let (line, col) = f.line_col().unwrap_or((0, 0));
    let mut place = format!("line=\"{line}\"");
    if col > 0 {
        let _ = write!(place, " column=\"{col}\"");
    }
    format!(
        "    <error {place} severity=\"{severity}\" message=\"{}\" source=\"{}\"/>\n",
        escape(&message_with_help(f)),
        escape(f.diag.code)
    )
}
