//! `$'…'` strings: bash's ANSI-C quoting, whose backslash escapes are decoded while lexing.

use super::{push_lit, Lexer};
use crate::envcfg::word::Part;

impl Lexer<'_> {
    /// The body of `$'…'` after the opening quote; `start` is the `$`.
    pub(super) fn ansi_c(&mut self, parts: &mut Vec<Part>, start: usize) {
        push_empty(parts, start, start + 2);
        // A NUL ends the string in bash: the rest of this `$'…'` is read but dropped.
        let mut after_nul = false;
        loop {
            let at = self.pos;
            match self.bump() {
                None => return self.unterminated(start + 1, '\''),
                Some('\'') => break,
                Some('\\') => {
                    for c in self.ansi_escape().chars() {
                        after_nul |= c == '\0';
                        if !after_nul {
                            push_lit(parts, c, true, at, self.pos);
                        }
                    }
                }
                Some(c) if !after_nul => push_lit(parts, c, true, at, self.pos),
                Some(_) => {}
            }
        }
    }

    /// Decodes the escape after a `\` into the text it stands for.
    fn ansi_escape(&mut self) -> String {
        let Some(c) = self.bump() else {
            return "\\".to_owned();
        };
        let simple = match c {
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'e' | 'E' => Some('\x1b'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '\\' | '\'' | '"' | '?' => Some(c),
            _ => None,
        };
        if let Some(simple) = simple {
            return simple.to_string();
        }
        let decoded = match c {
            '0'..='7' => {
                let mut value = c.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match self.peek().and_then(|d| d.to_digit(8)) {
                        Some(d) => {
                            self.bump();
                            value = value * 8 + d;
                        }
                        None => break,
                    }
                }
                nul_or(value & 0xff)
            }
            'x' => match self.hex_escape(2) {
                Some(v) => nul_or(v),
                None => return "\\x".to_owned(),
            },
            'u' | 'U' => match self.hex_escape(if c == 'u' { 4 } else { 8 }) {
                Some(v) => return unicode_in_c_locale(v),
                None => return format!("\\{c}"),
            },
            'c' => match self.bump() {
                Some(ctl) => nul_or(u32::from(ctl) & 0x1f),
                None => return "\\c".to_owned(),
            },
            // Unknown escapes keep their backslash: `$'\q'` is `\q`.
            other => return format!("\\{other}"),
        };
        decoded.map(String::from).unwrap_or_default()
    }

    fn hex_escape(&mut self, max: usize) -> Option<u32> {
        let mut value = 0u32;
        let mut digits = 0;
        while digits < max {
            match self.peek().and_then(|d| d.to_digit(16)) {
                Some(d) => {
                    self.bump();
                    value = value * 16 + d;
                    digits += 1;
                }
                None => break,
            }
        }
        (digits > 0).then_some(value)
    }
}

/// `env -i` runs bash in the C locale, where `\u`/`\U` above ASCII cannot be encoded and
/// bash keeps the escape, normalised to upper-case hex.
fn unicode_in_c_locale(value: u32) -> String {
    match byte_char(value) {
        Some(c) => c.to_string(),
        None if value == 0 => "\0".to_owned(),
        None if value <= 0xffff => format!("\\u{value:04X}"),
        None => format!("\\U{value:08X}"),
    }
}

/// Bytes above 0x7f would make invalid UTF-8 in bash's value; we keep only ASCII and
/// report nothing else here (NUL ends the string in bash, so it is dropped).
/// Like [`byte_char`], but a NUL is kept (as `\0`) so the caller can end the string there.
fn nul_or(value: u32) -> Option<char> {
    if value == 0 {
        Some('\0')
    } else {
        byte_char(value)
    }
}

fn byte_char(value: u32) -> Option<char> {
    (1..0x80)
        .contains(&value)
        .then(|| char::from_u32(value))
        .flatten()
}

fn push_empty(parts: &mut Vec<Part>, start: usize, end: usize) {
    parts.push(Part {
        kind: crate::envcfg::word::PartKind::Lit {
            text: String::new(),
            quoted: true,
        },
        span: crate::source::Span::new(start, end),
    });
}
