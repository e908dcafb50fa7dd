//! Source text and spans: one loaded input file (a Makefile, `conf/env.cfg`, a TOML config)
//! together with the byte offsets of its lines, so any stage can turn a byte span into the
//! 1-based line and column that diagnostics print.

use std::sync::{Arc, OnceLock};

/// A byte range into a [`Source`]'s text, half-open: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        (span.start, span.len()).into()
    }
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// One input file: its display name, its text and the offsets where its lines start.
#[derive(Debug)]
pub struct Source {
    name: String,
    text: Arc<str>,
    line_starts: Vec<usize>,
    /// The text as outputs may show it (secrets masked, same bytes otherwise), once computed.
    shown: OnceLock<Arc<str>>,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<Arc<str>>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self {
            name: name.into(),
            text,
            line_starts,
            shown: OnceLock::new(),
        }
    }

    /// Records the text outputs show instead of [`Source::text`] (see `diag::redact`): it
    /// must have the same length and line ends, so every span means the same in both. The
    /// first call wins; a text of another shape is refused (`false`).
    pub fn set_shown(&self, shown: impl Into<Arc<str>>) -> bool {
        let shown = shown.into();
        let same_shape = shown.len() == self.text.len()
            && shown
                .bytes()
                .zip(self.text.bytes())
                .all(|(a, b)| (a == b'\n') == (b == b'\n'));
        same_shape && self.shown.set(shown).is_ok()
    }

    /// The shown text, if one was recorded.
    pub fn shown(&self) -> Option<&str> {
        self.shown.get().map(|s| &**s)
    }

    /// Builds a source from raw bytes, replacing invalid UTF-8 so no input can panic a reader.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Self {
        Self::new(name, String::from_utf8_lossy(bytes).into_owned())
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn shared_text(&self) -> Arc<str> {
        Arc::clone(&self.text)
    }

    /// The line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The text of 1-based line `line`, without its line end.
    pub fn line_text(&self, line: usize) -> &str {
        self.line_in(&self.text, line)
    }

    /// Line `line` of the shown text (the text itself when none was recorded).
    pub fn shown_line_text(&self, line: usize) -> &str {
        self.line_in(self.shown().unwrap_or(&self.text), line)
    }

    fn line_in<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(text.len(), |&next| next - 1);
        text.get(start..end).unwrap_or("").trim_end_matches('\r')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        let s = Source::new("f", "ab\ncdé\nx");
        assert_eq!(s.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(s.line_col(3), LineCol { line: 2, column: 1 });
        assert_eq!(s.line_col(7), LineCol { line: 2, column: 4 });
        assert_eq!(s.line_col(8), LineCol { line: 3, column: 1 });
        assert_eq!(s.line_text(2), "cdé");
        assert_eq!(s.line_text(9), "");
        assert!(!s.set_shown("ab\ncd"), "another shape is refused");
        assert!(s.set_shown("ab\n****\nx"));
        assert_eq!((s.shown_line_text(2), s.line_text(2)), ("****", "cdé"));
    }
}
