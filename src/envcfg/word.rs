//! The shapes the lexer produces and the expander consumes: a shell word as a list of parts
//! (literal text, quoted or not, and parameter expansions), each with its span in the file.

use crate::source::Span;

/// One shell word, e.g. `"${REMOTE_DIR}"/images`, as its parts in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    pub parts: Vec<Part>,
    pub span: Span,
}

/// A piece of a word with the bytes of the file it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub kind: PartKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartKind {
    /// Literal text after quote removal. `quoted` text is never split or globbed.
    Lit { text: String, quoted: bool },
    /// `$NAME` or `${NAME…}`; `quoted` when it appeared inside double quotes.
    Param(Box<Param>),
    /// Something bash would run or that we do not model; already reported, expands to nothing.
    Invalid,
}

/// A parameter expansion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub op: ParamOp,
    pub quoted: bool,
}

/// What a `${NAME…}` does with the value of `NAME`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamOp {
    /// `$NAME`, `${NAME}`.
    Plain,
    /// `${#NAME}`.
    Length,
    /// `${NAME:-word}` (`colon`: also when empty) or `${NAME-word}`.
    Default { colon: bool, word: Word },
    /// `${NAME:=word}` or `${NAME=word}`: like `Default`, and assigns.
    Assign { colon: bool, word: Word },
    /// `${NAME:+word}` or `${NAME+word}`.
    Alternate { colon: bool, word: Word },
    /// `${NAME%pat}`, `%%`, `#`, `##`.
    Trim { kind: TrimKind, pattern: Word },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrimKind {
    ShortSuffix,
    LongSuffix,
    ShortPrefix,
    LongPrefix,
}

impl Word {
    /// The word's text when it is one unquoted literal (a command name, `export`, `-x`).
    pub fn plain_text(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [Part {
                kind:
                    PartKind::Lit {
                        text,
                        quoted: false,
                    },
                ..
            }] => Some(text),
            _ => None,
        }
    }

    /// The leading unquoted literal text, if the word starts with one.
    pub fn leading_unquoted(&self) -> &str {
        match self.parts.first() {
            Some(Part {
                kind:
                    PartKind::Lit {
                        text,
                        quoted: false,
                    },
                ..
            }) => text,
            _ => "",
        }
    }
}

/// `NAME=` or `NAME+=` at the start of `text`: returns the name length and whether it appends.
pub fn assignment_prefix(text: &str) -> Option<(usize, bool)> {
    let name_len = name_len(text);
    if name_len == 0 {
        return None;
    }
    let rest = &text[name_len..];
    if rest.starts_with("+=") {
        Some((name_len, true))
    } else if rest.starts_with('=') {
        Some((name_len, false))
    } else {
        None
    }
}

/// `NAME[subscript]=` or `NAME[subscript]+=` at the start of `text` (bash's assignment to
/// one array element): the name and the subscript.
pub fn element_prefix(text: &str) -> Option<(&str, &str)> {
    let name_len = name_len(text);
    let rest = text.get(name_len..)?.strip_prefix('[')?;
    let close = rest.find(']')?;
    let after = &rest[close + 1..];
    (name_len > 0 && (after.starts_with('=') || after.starts_with("+=")))
        .then(|| (&text[..name_len], &rest[..close]))
}

/// The length of the shell name (`[A-Za-z_][A-Za-z0-9_]*`) at the start of `text`.
pub fn name_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    if !bytes
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
    {
        return 0;
    }
    bytes
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
        .count()
}

/// Whether `text` is a whole shell name.
pub fn is_name(text: &str) -> bool {
    !text.is_empty() && name_len(text) == text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_assignment_prefixes() {
        assert_eq!(assignment_prefix("A=1"), Some((1, false)));
        assert_eq!(assignment_prefix("A_1+=x"), Some((3, true)));
        assert_eq!(assignment_prefix("1A=x"), None);
        assert_eq!(assignment_prefix("A =x"), None);
        assert_eq!(assignment_prefix("\u{feff}A=1"), None);
        assert!(is_name("_X9"));
        assert!(!is_name("X-9"));
    }
}
