//! `--format github`: GitHub Actions workflow commands, one line per finding:
//! `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::message`, which the
//! runner turns into annotations on the file. Escaping follows the runner's toolkit
//! (`@actions/core` `escapeData`/`escapeProperty`): `%`, CR and LF in data; also `:` and `,`
//! in property values.

use std::fmt::Write as _;

use super::message_with_help;
use crate::diag::Severity;
use crate::lint::finding::{Finding, Lint};

pub fn render(lint: &Lint) -> String {
    let mut out = String::new();
    for f in &lint.findings {
        let _ = writeln!(out, "{}", command(f));
    }
    out
}

fn command(f: &Finding) -> String {
    let level = match f.diag.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let mut props = Vec::new();
    if let Some(file) = f.file() {
        props.push(format!("file={}", escape_property(file)));
    }
    if let Some((line, col)) = f.line_col() {
        props.push(format!("line={line}"));
        props.push(format!("col={col}"));
        if let Some((end_line, end_col)) = f.end_line_col() {
            props.push(format!("endLine={end_line}"));
            props.push(format!("endColumn={end_col}"));
        }
    }
    props.push(format!("title={}", escape_property(f.diag.code)));
    format!(
        "::{level} {}::{}",
        props.join(","),
        escape_data(&message_with_help(f))
    )
}

/// The message part: `%`, CR, LF.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as data, plus `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_like_the_actions_toolkit() {
        assert_eq!(escape_data("50% done\nnext\r"), "50%25 done%0Anext%0D");
        assert_eq!(escape_property("lint::a,b"), "lint%3A%3Aa%2Cb");
    }
}
