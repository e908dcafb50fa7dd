//! `$…` in a word: names (across line continuations), `$NAME`, special parameters, and the
//! `$(…)`, `$((…))`, `$[…]` forms, which are code and are reported, never run.

use super::{push_lit, Lexer};
use crate::envcfg::word::{name_len, Param, ParamOp, Part, PartKind};
use crate::source::Span;

impl Lexer<'_> {
    /// Bash removes `\`-newline before it tokenizes, so a name may continue on the next line.
    pub(super) fn skip_continuations(&mut self) {
        while self
            .text
            .get(self.pos..)
            .is_some_and(|r| r.starts_with("\\\n"))
        {
            self.pos += 2;
        }
    }

    /// A shell name at the current position, across line continuations.
    pub(super) fn read_name(&mut self) -> String {
        let mut name = String::new();
        loop {
            self.skip_continuations();
            let len = name_len(self.text.get(self.pos..).unwrap_or(""));
            let more = if name.is_empty() {
                len
            } else {
                self.text.get(self.pos..).map_or(0, |r| {
                    r.bytes()
                        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                        .count()
                })
            };
            if more == 0 {
                return name;
            }
            name.push_str(&self.text[self.pos..self.pos + more]);
            self.pos += more;
        }
    }

    pub(super) fn dollar(&mut self, parts: &mut Vec<Part>, start: usize, in_dq: bool) {
        self.skip_continuations();
        match self.peek() {
            Some('\'') if !in_dq => {
                self.bump();
                self.ansi_c(parts, start);
            }
            Some('"') if !in_dq => {
                self.bump();
                self.double_quoted(parts, start);
            }
            Some('(' | '[') => self.code_dollar(parts, start),
            Some('{') => {
                self.bump();
                self.braced(parts, start, in_dq);
            }
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                let name = self.read_name();
                self.param(parts, start, name, ParamOp::Plain, in_dq);
            }
            Some(c) if c.is_ascii_digit() || "@*#?$!-".contains(c) => {
                self.bump();
                self.special_parameter(parts, start);
            }
            _ => push_lit(parts, '$', in_dq, start, self.pos),
        }
    }

    pub(super) fn param(
        &mut self,
        parts: &mut Vec<Part>,
        start: usize,
        name: String,
        op: ParamOp,
        quoted: bool,
    ) {
        if name == "_" {
            return self.special_parameter(parts, start);
        }
        parts.push(Part {
            kind: PartKind::Param(Box::new(Param { name, op, quoted })),
            span: Span::new(start, self.pos),
        });
    }

    pub(super) fn special_parameter(&mut self, parts: &mut Vec<Part>, start: usize) {
        let span = Span::new(start, self.pos);
        let text = self.text[start..self.pos].to_owned();
        self.error(
            "envcfg::special-parameter",
            span,
            format!("`{text}` depends on how the file is run, not on the file"),
            "special parameter",
            "refer only to variables assigned earlier in env.cfg",
        );
        parts.push(Part {
            kind: PartKind::Invalid,
            span,
        });
    }

    pub(super) fn code_dollar(&mut self, parts: &mut Vec<Part>, start: usize) {
        let open = self.bump();
        let arithmetic = open == Some('[') || self.peek() == Some('(');
        if open == Some('[') {
            while let Some(c) = self.bump() {
                if c == ']' {
                    break;
                }
            }
        } else {
            self.skip_balanced();
        }
        let span = Span::new(start, self.pos);
        let (message, label) = if arithmetic {
            (
                "arithmetic expansion is code: env.cfg must not compute values",
                "arithmetic",
            )
        } else {
            (
                "`$(…)` runs a command: env.cfg must not contain code",
                "command substitution",
            )
        };
        self.error(
            if arithmetic {
                "envcfg::arithmetic"
            } else {
                "envcfg::command-substitution"
            },
            span,
            message.into(),
            label,
            "write the value itself instead of code that computes it",
        );
        parts.push(Part {
            kind: PartKind::Invalid,
            span,
        });
    }
}
