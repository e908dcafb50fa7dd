//! The cause of an unterminated quote, as shellcheck finds it: bash stops at the end of the
//! file, on the last quote it opened, but the mistake is usually a quote left open much
//! earlier that runs across lines into the next assignments (`A="x` then `B=y` read as part of
//! A's value). [`fold`] moves `envcfg::unterminated-quote` to the first quoted string that
//! swallows a line starting a new assignment, and folds under it the problems that only
//! follow from it: anything reported inside the swallowed text, and required keys "missing"
//! because their assignment was swallowed.

use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::diag::Diagnostic;
use crate::source::{Source, Span};

/// The code whose cause this looks for.
pub const CODE: &str = "envcfg::unterminated-quote";
/// A line that starts an assignment: `NAME=`, `NAME+=`, `export NAME=`, `NAME=(`.
static ASSIGNMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[ \t]*(?:export[ \t]+|declare[ \t]+(?:-[a-zA-Z]+[ \t]+)*)?([A-Za-z_][A-Za-z0-9_]*)\+?=",
    )
    .expect("valid regex")
});

/// One quoted string as bash reads it: where it opens and closes (`None`: never).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Quoted {
    open: usize,
    close: Option<usize>,
    quote: char,
}

/// The codes of constructs that run to the end of the file (bash rejects all of it).
pub const RUNAWAY_CODES: [&str; 3] = [
    CODE,
    "envcfg::unterminated-array",
    "envcfg::unterminated-expansion",
];

/// Rewrites `diags` (env.cfg's, read and checked) when one of them is a construct that runs
/// to the end of the file: an unterminated quote is moved to its cause; the problems that
/// only follow from it are folded into its help.
pub fn fold(source: &Arc<Source>, diags: &mut Vec<Diagnostic>) {
    let Some(first) = diags.iter().position(|d| RUNAWAY_CODES.contains(&d.code)) else {
        return;
    };
    let Some(reported_at) = diags[first].location.as_ref().map(|l| l.span.start) else {
        return;
    };
    let text = source.text();
    let runaway = (diags[first].code == CODE)
        .then(|| {
            quoted_strings(text)
                .into_iter()
                .find_map(|q| swallowed_assignment(text, &q).map(|line| (q, line)))
        })
        .flatten();
    let open = runaway.map_or(reported_at, |(q, _)| q.open.min(reported_at));
    let keys = swallowed_keys(text, open);
    let mut folded = Folded::default();
    let mut kept = Vec::with_capacity(diags.len());
    for (i, d) in std::mem::take(diags).into_iter().enumerate() {
        let consequence = d.code == CODE || follows(&d, open, &keys);
        if i != first && consequence {
            folded.add(&d);
        } else {
            kept.push(d);
        }
    }
    *diags = kept;
    let Some(d) = diags.iter_mut().find(|d| RUNAWAY_CODES.contains(&d.code)) else {
        return;
    };
    if let Some((q, line)) = runaway {
        *d = primary(source, q.open, q.quote, line, &folded);
    } else {
        let help = d.help.take().unwrap_or_default();
        d.help = Some(format!("{help}{}", folded.sentence()));
    }
}

/// What was folded under the runaway quote: keys not reported missing, other problems.
#[derive(Default)]
struct Folded {
    keys: Vec<String>,
    others: Vec<String>,
}

impl Folded {
    fn add(&mut self, d: &Diagnostic) {
        if d.code == "envcfg::missing-key" {
            if let Some(key) = d.message.split('`').nth(1) {
                self.keys.push(format!("`{key}`"));
                return;
            }
        }
        let code = d.code.trim_start_matches("envcfg::");
        self.others.push(match d.position() {
            Some((_, lc)) => format!("{code} on line {}", lc.line),
            None => code.to_owned(),
        });
    }

    /// `; not reported: …` for the help line, or nothing.
    fn sentence(&self) -> String {
        let mut parts = Vec::new();
        if !self.keys.is_empty() {
            parts.push(format!(
                "{} not set because bash reads {} part of the value ({})",
                crate::diag::wording::plural(self.keys.len(), "required key", "required keys"),
                if self.keys.len() == 1 {
                    "its line as"
                } else {
                    "their lines as"
                },
                self.keys.join(", ")
            ));
        }
        if !self.others.is_empty() {
            parts.push(format!(
                "{} inside the runaway value ({})",
                crate::diag::wording::plural(self.others.len(), "problem", "problems"),
                self.others.join(", ")
            ));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("; folded here, not reported: {}", parts.join("; "))
        }
    }
}

/// Whether `d` only follows from a quote opened at `open`: reported inside the swallowed text,
/// or a required key missing because its assignment was swallowed.
fn follows(d: &Diagnostic, open: usize, swallowed_keys: &[String]) -> bool {
    if d.code == "envcfg::missing-key" {
        return swallowed_keys
            .iter()
            .any(|k| d.message.contains(&format!("`{k}`")));
    }
    d.location.as_ref().is_some_and(|l| l.span.start > open)
}

fn primary(
    source: &Arc<Source>,
    open: usize,
    quote: char,
    swallowed: usize,
    folded: &Folded,
) -> Diagnostic {
    let open_line = source.line_col(open).line;
    let message = format!(
        "this `{quote}` is never closed where its value ends: bash reads on into the assignment on line {swallowed} and beyond"
    );
    let help = format!(
        "close the quote on line {open_line}, where the value ends{}",
        folded.sentence()
    );
    Diagnostic::error(CODE, message)
        .at(
            source,
            Span::new(open, open + quote.len_utf8()),
            "quote opened here",
        )
        .with_help(help)
}

/// The line (1-based) of the first assignment a quoted string swallows: a line inside it,
/// after the one it opens on, that starts an assignment.
fn swallowed_assignment(text: &str, q: &Quoted) -> Option<usize> {
    let end = q.close.unwrap_or(text.len());
    let inside = &text[q.open..end];
    let first_newline = inside.find('\n')?;
    let mut offset = q.open + first_newline + 1;
    for line in text[offset..end].split_inclusive('\n') {
        if ASSIGNMENT.is_match(line) {
            return Some(text[..offset].matches('\n').count() + 1);
        }
        offset += line.len();
    }
    None
}

/// The names assigned at the start of `open`'s line (bash rejects that assignment) and of
/// every line after it (bash reads them as text).
fn swallowed_keys(text: &str, open: usize) -> Vec<String> {
    let from = text[..open].rfind('\n').map_or(0, |n| n + 1);
    text[from..]
        .lines()
        .filter_map(|l| ASSIGNMENT.captures(l))
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_owned()))
        .collect()
}

/// Every quoted string of `text` as bash pairs its quotes: `'…'`, `"…"` (with `\"`), `$'…'`
/// (with `\'`), outside comments (`#` starting a word); `\` escapes outside quotes.
fn quoted_strings(text: &str) -> Vec<Quoted> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b';') => {
                i = text[i..].find('\n').map_or(bytes.len(), |n| i + n);
            }
            b'\'' | b'"' => {
                let ansi_c = bytes[i] == b'\'' && i > 0 && bytes[i - 1] == b'$';
                let close = closing(bytes, i, ansi_c);
                out.push(Quoted {
                    open: i,
                    close,
                    quote: char::from(bytes[i]),
                });
                i = close.map_or(bytes.len(), |c| c + 1);
            }
            _ => i += 1,
        }
    }
    out
}

/// Where the quote opened at `open` closes.
fn closing(bytes: &[u8], open: usize, ansi_c: bool) -> Option<usize> {
    let quote = bytes[open];
    let escapes = quote == b'"' || ansi_c;
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if escapes => i += 2,
            b if b == quote => return Some(i),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_quotes_as_bash_does() {
        let q = quoted_strings("A=\"x\\\"y\" # it's\nB='z'\nC=$'a\\'b'\n");
        let spans: Vec<(usize, Option<usize>)> = q.iter().map(|q| (q.open, q.close)).collect();
        assert_eq!(spans, [(2, Some(7)), (18, Some(20)), (25, Some(30))]);
    }

    #[test]
    fn finds_the_quote_that_runs_into_the_next_assignment() {
        let text = "A=\"one\nB=two\nC=(\"x\")\n";
        let q = quoted_strings(text);
        assert_eq!(swallowed_assignment(text, &q[0]), Some(2));
        assert_eq!(swallowed_keys(text, q[0].open), ["A", "B", "C"]);
        let multi_line_value = "A=\"one\ntwo\"\nB=3\n";
        let q = quoted_strings(multi_line_value);
        assert_eq!(swallowed_assignment(multi_line_value, &q[0]), None);
    }
}
