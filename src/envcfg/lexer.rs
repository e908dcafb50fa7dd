//! The env.cfg lexer: bash's tokenisation for the subset configuration files use. It turns the
//! text into words (with quoting and `$…` expansions resolved into parts), `NAME=( … )` array
//! tokens, newlines and operators. Anything bash would run (`$(…)`, backticks, `$((…))`) is
//! reported here, at its line and column, and becomes an inert part: nothing is ever executed.

use std::sync::Arc;

use super::word::{assignment_prefix, Part, PartKind, Word};
use crate::diag::Diagnostic;
use crate::source::{Source, Span};

/// One token of env.cfg.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token {
    Word(Word),
    Array(ArrayToken),
    Newline(Span),
    /// `;`, `|`, `&&`, `>`, `(`, …: always code, never configuration.
    Op {
        text: String,
        span: Span,
    },
    /// An unterminated quote, array or `${`: bash rejects the whole command (already reported).
    Broken(Span),
}

/// `NAME=( … )` or `NAME+=( … )`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArrayToken {
    pub name: String,
    pub name_span: Span,
    pub append: bool,
    pub elements: Vec<Word>,
    pub span: Span,
    /// Text glued after `)` (e.g. a CR): bash then makes the whole thing one string.
    pub trailing: Option<Word>,
}

/// Splits `source` into tokens, pushing a diagnostic for every construct that is code.
pub fn tokenize(source: &Arc<Source>, diags: &mut Vec<Diagnostic>) -> Vec<Token> {
    let mut lexer = Lexer {
        text: source.text(),
        pos: 0,
        source,
        diags,
        broken: false,
        depth: 0,
    };
    lexer.run()
}

struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    source: &'a Arc<Source>,
    diags: &'a mut Vec<Diagnostic>,
    /// Set when a construct ran off the end of the file.
    broken: bool,
    /// How many `${…}` enclose the current position.
    depth: usize,
}

fn is_meta(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | ';' | '&' | '|' | '<' | '>' | '(' | ')'
    )
}

fn push_lit(parts: &mut Vec<Part>, ch: char, quoted: bool, start: usize, end: usize) {
    if let Some(Part {
        kind: PartKind::Lit { text, quoted: q },
        span,
    }) = parts.last_mut()
    {
        if *q == quoted && span.end == start {
            text.push(ch);
            span.end = end;
            return;
        }
    }
    parts.push(Part {
        kind: PartKind::Lit {
            text: ch.to_string(),
            quoted,
        },
        span: Span::new(start, end),
    });
}

impl Lexer<'_> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.pos..)?.chars().next()
    }

    fn peek_at(&self, n: usize) -> Option<char> {
        self.text.get(self.pos..)?.chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn error(&mut self, code: &'static str, span: Span, message: String, label: &str, help: &str) {
        let d = Diagnostic::error(code, message)
            .at(self.source, span, label)
            .with_help(help);
        crate::diag::cap::push_bounded(self.diags, d);
    }

    fn run(&mut self) -> Vec<Token> {
        let mut tokens = Vec::new();
        while let Some(c) = self.peek() {
            let start = self.pos;
            match c {
                ' ' | '\t' => {
                    self.bump();
                }
                '\\' if self.peek_at(1) == Some('\n') => self.pos += 2,
                '\n' => {
                    self.bump();
                    tokens.push(Token::Newline(Span::new(start, self.pos)));
                }
                '#' => self.skip_comment(),
                c if is_meta(c) => tokens.push(self.operator()),
                _ => tokens.push(self.word_or_array(false)),
            }
            if std::mem::take(&mut self.broken) {
                tokens.push(Token::Broken(Span::new(start, self.pos)));
            }
        }
        tokens
    }

    fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            if c == '\n' {
                break;
            }
            self.bump();
        }
    }

    fn operator(&mut self) -> Token {
        let start = self.pos;
        let first = self.bump().unwrap_or(';');
        let doubled = matches!(first, ';' | '&' | '|' | '<' | '>') && self.peek() == Some(first);
        if doubled
            || (first == '>' && self.peek() == Some('|'))
            || (first == '&' && self.peek() == Some('>'))
        {
            self.bump();
        }
        let span = Span::new(start, self.pos);
        Token::Op {
            text: self.text[start..self.pos].to_owned(),
            span,
        }
    }

    /// A word; or, when the word so far is `NAME=` and `(` follows, an array assignment.
    fn word_or_array(&mut self, in_array: bool) -> Token {
        let start = self.pos;
        let mut parts = Vec::new();
        while let Some(c) = self.peek() {
            if c == '(' && !in_array {
                if let Some(array) = self.array_after(&parts, start) {
                    return Token::Array(array);
                }
            }
            if is_meta(c) {
                break;
            }
            self.word_char(&mut parts);
        }
        Token::Word(Word {
            parts,
            span: Span::new(start, self.pos),
        })
    }

    /// One unquoted-context step of a word: a literal, an escape, a quote or an expansion.
    fn word_char(&mut self, parts: &mut Vec<Part>) {
        let start = self.pos;
        let Some(c) = self.bump() else { return };
        match c {
            '\\' => match self.bump() {
                Some('\n') => {}
                Some(e) => push_lit(parts, e, true, start, self.pos),
                None => push_lit(parts, '\\', false, start, self.pos),
            },
            '\'' => self.single_quoted(parts, start),
            '"' => self.double_quoted(parts, start),
            '$' => self.dollar(parts, start, false),
            '`' => self.backtick(parts, start),
            c => push_lit(parts, c, false, start, self.pos),
        }
    }

    fn array_after(&mut self, parts: &[Part], start: usize) -> Option<ArrayToken> {
        let [Part {
            kind: PartKind::Lit {
                text,
                quoted: false,
            },
            ..
        }] = parts
        else {
            return None;
        };
        let (name_len, append) = assignment_prefix(text)?;
        let eq_len = if append { 2 } else { 1 };
        if name_len + eq_len != text.len() {
            return None;
        }
        let open = self.pos;
        self.bump();
        let elements = self.array_elements(open)?;
        let trailing = match self.peek() {
            Some(c) if !is_meta(c) => match self.word_or_array(true) {
                Token::Word(w) => Some(w),
                _ => None,
            },
            _ => None,
        };
        Some(ArrayToken {
            name: text[..name_len].to_owned(),
            name_span: Span::new(start, start + name_len),
            append,
            elements,
            span: Span::new(start, self.pos),
            trailing,
        })
    }

    /// The words between `(` and `)`, across lines, skipping comments.
    fn array_elements(&mut self, open: usize) -> Option<Vec<Word>> {
        let mut elements = Vec::new();
        loop {
            match self.peek() {
                None => {
                    self.broken = true;
                    self.error(
                        "envcfg::unterminated-array",
                        Span::new(open, open + 1),
                        "this array is never closed".into(),
                        "`(` opened here",
                        "close the array with `)`",
                    );
                    return Some(elements);
                }
                Some(' ' | '\t' | '\n') => {
                    self.bump();
                }
                Some('\\') if self.peek_at(1) == Some('\n') => self.pos += 2,
                Some('#') => self.skip_comment(),
                Some(')') => {
                    self.bump();
                    return Some(elements);
                }
                Some(c) if is_meta(c) => {
                    let Token::Op { text, span } = self.operator() else {
                        continue;
                    };
                    self.error(
                        "envcfg::operator",
                        span,
                        format!("`{text}` inside an array is shell code"),
                        "not allowed in an array",
                        "list only words between `(` and `)`",
                    );
                }
                Some(_) => {
                    if let Token::Word(w) = self.word_or_array(true) {
                        elements.push(w);
                    }
                }
            }
        }
    }

    fn single_quoted(&mut self, parts: &mut Vec<Part>, start: usize) {
        let body = self.pos;
        match self.text[body..].find('\'') {
            Some(len) => {
                self.pos = body + len + 1;
                let text = self.text[body..body + len].to_owned();
                parts.push(Part {
                    kind: PartKind::Lit { text, quoted: true },
                    span: Span::new(start, self.pos),
                });
            }
            None => self.unterminated(start, '\''),
        }
    }

    fn unterminated(&mut self, start: usize, quote: char) {
        self.pos = self.text.len();
        self.broken = true;
        self.error(
            "envcfg::unterminated-quote",
            Span::new(start, start + quote.len_utf8()),
            format!("this `{quote}` is never closed"),
            "quote opened here",
            "close the quote where the value ends; an unbalanced quote earlier in the file makes bash read on to here",
        );
    }

    fn double_quoted(&mut self, parts: &mut Vec<Part>, start: usize) {
        // An empty quoted literal keeps `""` a word of its own.
        parts.push(Part {
            kind: PartKind::Lit {
                text: String::new(),
                quoted: true,
            },
            span: Span::new(start, start + 1),
        });
        loop {
            let at = self.pos;
            match self.bump() {
                None => return self.unterminated(start, '"'),
                Some('"') => return,
                Some('\\') => self.dquote_escape(parts, at, &['$', '`', '"', '\\']),
                Some('$') => self.dollar(parts, at, true),
                Some('`') => self.backtick(parts, at),
                Some(c) => push_lit(parts, c, true, at, self.pos),
            }
        }
    }

    /// `\` inside double quotes escapes only `special` chars and newline; otherwise it stays.
    fn dquote_escape(&mut self, parts: &mut Vec<Part>, at: usize, special: &[char]) {
        match self.peek() {
            Some('\n') => {
                self.bump();
            }
            Some(c) if special.contains(&c) => {
                self.bump();
                push_lit(parts, c, true, at, self.pos);
            }
            _ => push_lit(parts, '\\', true, at, self.pos),
        }
    }

    fn backtick(&mut self, parts: &mut Vec<Part>, start: usize) {
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '`' => break,
                _ => {}
            }
        }
        let span = Span::new(start, self.pos);
        self.error(
            "envcfg::command-substitution",
            span,
            "backticks run a command: env.cfg must not contain code".into(),
            "command substitution",
            "write the value itself instead of a command that prints it",
        );
        parts.push(Part {
            kind: PartKind::Invalid,
            span,
        });
    }

    /// Skips to the `)` that balances an already consumed `(`, minding quotes.
    fn skip_balanced(&mut self) {
        let mut depth = 1usize;
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '\'' => match self.text[self.pos..].find('\'') {
                    Some(n) => self.pos += n + 1,
                    None => self.pos = self.text.len(),
                },
                '(' => depth += 1,
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

mod ansi_c;
mod braced;
mod dollar;
