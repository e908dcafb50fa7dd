//! Bash's expansions over a parsed word: parameter expansion (with defaults, assignment,
//! alternatives, length and `%`/`#` trims), quote removal, and, for array elements, field
//! splitting on the default IFS. Pathname and brace expansion are not performed: the value
//! layer reports words where bash would do them.

use super::glob::Pattern;
use super::word::{Param, ParamOp, PartKind, TrimKind, Word};
use crate::source::Span;

/// The longest value xmake keeps, in bytes. Configuration values are far shorter; the cap keeps
/// a hostile file (`A=$A$A` a hundred times) from taking unbounded memory or time.
pub const MAX_VALUE: usize = 4096;

/// The variables an expansion reads, and `${NAME:=…}` writes.
pub trait Scope {
    /// The scalar value (element 0 of an array), `None` when unset.
    fn lookup(&self, name: &str) -> Option<String>;
    /// Assigns a scalar, as `${NAME:=word}` does.
    fn assign(&mut self, name: &str, value: String, span: Span);
}

/// Expanded text with whether IFS may split it (unquoted expansion results).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Piece {
    text: String,
    split: bool,
}

/// Expands a word as the value of a scalar assignment: no splitting, no globbing.
pub fn expand_scalar(word: &Word, scope: &mut dyn Scope) -> String {
    let mut pieces = Vec::new();
    expand_pieces(word, scope, false, &mut pieces);
    pieces.into_iter().map(|p| p.text).collect()
}

/// Expands a word as an array element: may give zero, one or several fields.
pub fn expand_fields(word: &Word, scope: &mut dyn Scope) -> Vec<String> {
    let mut pieces = Vec::new();
    expand_pieces(word, scope, false, &mut pieces);
    split_fields(&pieces, word.parts.is_empty())
}

fn split_fields(pieces: &[Piece], empty_word: bool) -> Vec<String> {
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut exists = false;
    for piece in pieces {
        if !piece.split {
            current.push_str(&piece.text);
            exists = true;
            continue;
        }
        for c in piece.text.chars() {
            if matches!(c, ' ' | '\t' | '\n') {
                if exists {
                    fields.push(std::mem::take(&mut current));
                    exists = false;
                }
            } else {
                current.push(c);
                exists = true;
            }
        }
    }
    if exists && !(empty_word && current.is_empty()) {
        fields.push(current);
    }
    fields
}

/// `inner`: the word is an operator's word inside `${…}`, whose unquoted text is split too.
fn expand_pieces(word: &Word, scope: &mut dyn Scope, inner: bool, out: &mut Vec<Piece>) {
    let mut total: usize = out.iter().map(|p| p.text.len()).sum();
    for part in &word.parts {
        if total > MAX_VALUE {
            break;
        }
        let before = out.len();
        match &part.kind {
            PartKind::Lit { text, quoted } => out.push(Piece {
                text: text.clone(),
                split: inner && !quoted,
            }),
            PartKind::Param(param) => expand_param(param, part.span, scope, out),
            PartKind::Invalid => {}
        }
        total += out[before..].iter().map(|p| p.text.len()).sum::<usize>();
    }
}

/// Cuts `text` to at most [`MAX_VALUE`] bytes, at a character boundary; true if it was cut.
pub fn truncate_value(text: &mut String) -> bool {
    if text.len() <= MAX_VALUE {
        return false;
    }
    let mut end = MAX_VALUE;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    true
}

fn expand_param(param: &Param, span: Span, scope: &mut dyn Scope, out: &mut Vec<Piece>) {
    let value = scope.lookup(&param.name);
    let split = !param.quoted;
    let unset_or_null = |colon: bool| value.as_ref().is_none_or(|v| colon && v.is_empty());
    match &param.op {
        ParamOp::Plain => out.push(Piece {
            text: value.unwrap_or_default(),
            split,
        }),
        ParamOp::Length => out.push(Piece {
            text: value.map_or(0, |v| v.chars().count()).to_string(),
            split,
        }),
        ParamOp::Default { colon, word } => {
            if unset_or_null(*colon) {
                expand_pieces(word, scope, split, out);
            } else {
                out.push(Piece {
                    text: value.unwrap_or_default(),
                    split,
                });
            }
        }
        ParamOp::Assign { colon, word } => {
            let text = if unset_or_null(*colon) {
                let text = expand_scalar(word, scope);
                scope.assign(&param.name, text.clone(), span);
                text
            } else {
                value.unwrap_or_default()
            };
            out.push(Piece { text, split });
        }
        ParamOp::Alternate { colon, word } => {
            if !unset_or_null(*colon) {
                expand_pieces(word, scope, split, out);
            }
        }
        ParamOp::Trim { kind, pattern } => {
            let text = trim(&value.unwrap_or_default(), *kind, pattern, scope);
            out.push(Piece { text, split });
        }
    }
}

fn trim(value: &str, kind: TrimKind, pattern: &Word, scope: &mut dyn Scope) -> String {
    let mut pieces = Vec::new();
    expand_pieces(pattern, scope, true, &mut pieces);
    let chars: Vec<(char, bool)> = pieces
        .iter()
        .flat_map(|p| p.text.chars().map(move |c| (c, !p.split)))
        .collect();
    let pattern = Pattern::new(&chars);
    let text: Vec<char> = value.chars().collect();
    let n = text.len();
    let cut = match kind {
        TrimKind::ShortPrefix => (0..=n)
            .find(|&i| pattern.matches(&text[..i]))
            .map(|i| (i, n)),
        TrimKind::LongPrefix => (0..=n)
            .rev()
            .find(|&i| pattern.matches(&text[..i]))
            .map(|i| (i, n)),
        TrimKind::ShortSuffix => (0..=n)
            .rev()
            .find(|&i| pattern.matches(&text[i..]))
            .map(|i| (0, i)),
        TrimKind::LongSuffix => (0..=n)
            .find(|&i| pattern.matches(&text[i..]))
            .map(|i| (0, i)),
    };
    match cut {
        Some((from, to)) => text[from..to].iter().collect(),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::sync::Arc;

    use super::*;
    use crate::envcfg::{lexer, lexer::Token};
    use crate::source::Source;

    #[derive(Default)]
    struct Vars(HashMap<String, String>);

    impl Scope for Vars {
        fn lookup(&self, name: &str) -> Option<String> {
            self.0.get(name).cloned()
        }
        fn assign(&mut self, name: &str, value: String, _: Span) {
            self.0.insert(name.to_owned(), value);
        }
    }

    fn word(text: &str) -> Word {
        let src = Arc::new(Source::new("t", text));
        let mut diags = Vec::new();
        match lexer::tokenize(&src, &mut diags).into_iter().next() {
            Some(Token::Word(w)) => w,
            other => panic!("{other:?}"),
        }
    }

    fn vars() -> Vars {
        let mut v = Vars::default();
        v.0.insert("R".into(), "/nfs/".into());
        v.0.insert("S".into(), "a  b".into());
        v
    }

    #[test]
    fn scalar_expansions() {
        let mut v = vars();
        assert_eq!(expand_scalar(&word("${R%/}/images"), &mut v), "/nfs/images");
        assert_eq!(expand_scalar(&word("${R%%/*}x"), &mut v), "x");
        assert_eq!(expand_scalar(&word("${R#/}"), &mut v), "nfs/");
        assert_eq!(expand_scalar(&word("${U:-\"d e\"}"), &mut v), "d e");
        assert_eq!(expand_scalar(&word("${U:=set}$U"), &mut v), "setset");
        assert_eq!(expand_scalar(&word("${#R}${R:+y}${U2+n}"), &mut v), "5y");
        assert_eq!(
            expand_scalar(&word("'$R'\"$R\"$'\\t'"), &mut v),
            "$R/nfs/\t"
        );
    }

    #[test]
    fn fields_split_unquoted_expansions_only() {
        let mut v = vars();
        assert_eq!(expand_fields(&word("$S"), &mut v), ["a", "b"]);
        assert_eq!(expand_fields(&word("\"$S\""), &mut v), ["a  b"]);
        assert_eq!(expand_fields(&word("$U"), &mut v), Vec::<String>::new());
        assert_eq!(expand_fields(&word("\"\""), &mut v), [""]);
        assert_eq!(expand_fields(&word("x$S"), &mut v), ["xa", "b"]);
    }
}
