//! `${…}` expansions: the name, the operator, and the operator's own word (which may hold
//! quotes and further expansions). Forms outside the configuration subset are reported.

use super::{push_lit, Lexer};
use crate::envcfg::word::{ParamOp, Part, TrimKind, Word};
use crate::source::Span;

/// How deeply `${…}` may nest before xmake stops reading it (bash has no limit; a real
/// configuration never nests more than two or three deep).
const MAX_DEPTH: usize = 32;

impl Lexer<'_> {
    /// Everything after `${`; `start` is the `$`.
    pub(super) fn braced(&mut self, parts: &mut Vec<Part>, start: usize, in_dq: bool) {
        if self.depth >= MAX_DEPTH {
            return self.unsupported(parts, start);
        }
        self.depth += 1;
        self.braced_inner(parts, start, in_dq);
        self.depth -= 1;
    }

    fn braced_inner(&mut self, parts: &mut Vec<Part>, start: usize, in_dq: bool) {
        let length = self.peek() == Some('#')
            && self
                .peek_at(1)
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
        if length {
            self.bump();
        }
        self.skip_continuations();
        let name = self.read_name();
        if name.is_empty() {
            return self.unsupported(parts, start);
        }
        self.skip_continuations();
        if length {
            if self.peek() != Some('}') {
                return self.unsupported(parts, start);
            }
            self.bump();
            return self.param(parts, start, name, ParamOp::Length, in_dq);
        }
        let Some(op) = self.operator_kind() else {
            return self.unsupported(parts, start);
        };
        let op = match op {
            OpKind::Plain => ParamOp::Plain,
            OpKind::Default(colon) => ParamOp::Default {
                colon,
                word: self.brace_word(start, in_dq, false),
            },
            OpKind::Assign(colon) => ParamOp::Assign {
                colon,
                word: self.brace_word(start, in_dq, false),
            },
            OpKind::Alternate(colon) => ParamOp::Alternate {
                colon,
                word: self.brace_word(start, in_dq, false),
            },
            // A pattern stays a pattern inside double quotes: only its own quotes make it literal.
            OpKind::Trim(kind) => ParamOp::Trim {
                kind,
                pattern: self.brace_word(start, false, true),
            },
        };
        self.param(parts, start, name, op, in_dq);
    }

    /// Reads the operator after the name; `None` for operators outside the subset.
    fn operator_kind(&mut self) -> Option<OpKind> {
        let colon = self.peek() == Some(':');
        let (c, next) = if colon {
            (self.peek_at(1)?, self.peek_at(2))
        } else {
            (self.peek()?, self.peek_at(1))
        };
        let kind = match c {
            '}' if !colon => OpKind::Plain,
            '-' => OpKind::Default(colon),
            '=' => OpKind::Assign(colon),
            '+' => OpKind::Alternate(colon),
            '%' if !colon && next == Some('%') => OpKind::Trim(TrimKind::LongSuffix),
            '%' if !colon => OpKind::Trim(TrimKind::ShortSuffix),
            '#' if !colon && next == Some('#') => OpKind::Trim(TrimKind::LongPrefix),
            '#' if !colon => OpKind::Trim(TrimKind::ShortPrefix),
            _ => return None,
        };
        let width = usize::from(colon)
            + 1
            + usize::from(matches!(
                kind,
                OpKind::Trim(TrimKind::LongSuffix | TrimKind::LongPrefix)
            ));
        for _ in 0..width {
            self.bump();
        }
        Some(kind)
    }

    /// The word after an operator, up to the `}` that closes the expansion.
    fn brace_word(&mut self, start: usize, in_dq: bool, squote_quotes: bool) -> Word {
        let word_start = self.pos;
        let mut parts = Vec::new();
        loop {
            let at = self.pos;
            match self.bump() {
                None => {
                    self.unterminated_brace(start);
                    break;
                }
                Some('}') => break,
                Some('\\') if in_dq => {
                    self.dquote_escape(&mut parts, at, &['$', '`', '"', '\\', '}']);
                }
                Some('\\') => match self.bump() {
                    Some('\n') => {}
                    Some(c) => push_lit(&mut parts, c, true, at, self.pos),
                    None => push_lit(&mut parts, '\\', false, at, self.pos),
                },
                Some('\'') if in_dq && !squote_quotes => {
                    push_lit(&mut parts, '\'', true, at, self.pos);
                }
                Some('\'') => self.single_quoted(&mut parts, at),
                Some('"') => self.double_quoted(&mut parts, at),
                // Bash reads `$'…'` as ANSI-C quoting even inside a double-quoted `${…}`.
                Some('$') if self.peek() == Some('\'') => {
                    self.bump();
                    self.ansi_c(&mut parts, at);
                }
                Some('$') => self.dollar(&mut parts, at, in_dq),
                Some('`') => self.backtick(&mut parts, at),
                Some(c) => push_lit(&mut parts, c, in_dq, at, self.pos),
            }
        }
        Word {
            parts,
            span: Span::new(word_start, self.pos.saturating_sub(1).max(word_start)),
        }
    }

    fn unterminated_brace(&mut self, start: usize) {
        self.broken = true;
        self.error(
            "envcfg::unterminated-expansion",
            Span::new(start, start + 2),
            "this `${` is never closed".into(),
            "opened here",
            "close the expansion with `}`",
        );
    }

    /// Reports a `${…}` form outside the subset and skips to its closing brace.
    fn unsupported(&mut self, parts: &mut Vec<Part>, start: usize) {
        let mut depth = 1usize;
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                break;
            }
        }
        if depth > 0 {
            self.unterminated_brace(start);
            return parts.push(Part {
                kind: crate::envcfg::word::PartKind::Invalid,
                span: Span::new(start, self.pos),
            });
        }
        let span = Span::new(start, self.pos);
        let text = self.text[start..self.pos].to_owned();
        self.error(
            "envcfg::unsupported-expansion",
            span,
            format!("`{text}` is not a configuration expansion xmake understands"),
            "unsupported expansion",
            "use `${NAME}`, `${NAME:-default}`, `${NAME:=default}` or a `%`/`#` trim",
        );
        parts.push(Part {
            kind: crate::envcfg::word::PartKind::Invalid,
            span,
        });
    }
}

enum OpKind {
    Plain,
    Default(bool),
    Assign(bool),
    Alternate(bool),
    Trim(TrimKind),
}
