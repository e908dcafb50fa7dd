//! Silences written in the file a finding is in: a comment `# xmake-lint: allow CODE…` in
//! env.cfg or the Makefile. At the end of a line it silences that line; alone on its line it
//! silences the line below. Codes are separated by spaces or commas. The files are scanned
//! line by line, so the marker must follow a `#` that starts the line or follows a blank.

use std::sync::Arc;

use super::{Silence, Where};
use crate::source::{Source, Span};

/// What starts a silencing comment, after `#` and blanks.
pub const MARKER: &str = "xmake-lint:";

/// Every silence in `source`, scoped to the line it applies to.
pub fn scan(source: &Arc<Source>) -> Vec<Silence> {
    let mut out = Vec::new();
    let mut offset = 0;
    for (index, line) in source.text().split_inclusive('\n').enumerate() {
        if let Some((hash, rest)) = comment(line) {
            if let Some(codes) = directive(rest) {
                let alone = line[..hash].trim().is_empty();
                let applies_to = index + 1 + usize::from(alone);
                let codes_at = offset + (codes.as_ptr() as usize - line.as_ptr() as usize);
                out.extend(codes_with_spans(codes).map(|(at, code)| Silence {
                    code: code.to_owned(),
                    scope: Where::Line(source.name().to_owned(), applies_to),
                    source: Arc::clone(source),
                    span: Span::new(codes_at + at, codes_at + at + code.len()),
                    used: false,
                }));
            }
        }
        offset += line.len();
    }
    out
}

/// The comment on `line`: the byte offset of its `#` and the text after it.
fn comment(line: &str) -> Option<(usize, &str)> {
    let bytes = line.as_bytes();
    line.match_indices('#')
        .map(|(i, _)| i)
        .find(|&i| i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\t')
        .map(|i| (i, &line[i + 1..]))
}

/// `xmake-lint: allow CODES` → `CODES` (line end removed).
fn directive(after_hash: &str) -> Option<&str> {
    let rest = after_hash.trim_start_matches(['#', ' ', '\t']);
    let rest = rest.strip_prefix(MARKER)?.trim_start();
    let rest = rest.strip_prefix("allow")?;
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some(rest.trim_start().trim_end_matches(['\n', '\r']))
}

/// Each code and its offset in `codes`.
fn codes_with_spans(codes: &str) -> impl Iterator<Item = (usize, &str)> {
    codes
        .split([' ', '\t', ','])
        .scan(0usize, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scopes(text: &str) -> Vec<(String, usize, String)> {
        let source = Arc::new(Source::new("f", text));
        scan(&source)
            .into_iter()
            .map(|s| {
                let Where::Line(_, line) = s.scope else {
                    panic!("line scope")
                };
                let shown = source.text()[s.span.start..s.span.end].to_owned();
                (s.code, line, shown)
            })
            .collect()
    }

    #[test]
    fn trailing_comments_silence_their_line_and_lone_ones_the_next() {
        let found = scopes(
            "A=1 # xmake-lint: allow envcfg::unknown-key\n# xmake-lint: allow a::b, c::d\nB=2\nC='#x' # nothing\n",
        );
        assert_eq!(
            found,
            vec![
                (
                    "envcfg::unknown-key".into(),
                    1,
                    "envcfg::unknown-key".into()
                ),
                ("a::b".into(), 3, "a::b".into()),
                ("c::d".into(), 3, "c::d".into()),
            ]
        );
    }

    #[test]
    fn other_comments_are_not_silences() {
        assert!(
            scopes("# xmake-lint: allowed x\n#xmake-lint allow y\nA=b#xmake-lint: allow z\n")
                .is_empty()
        );
    }
}
