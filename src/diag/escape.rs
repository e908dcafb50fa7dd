//! Control characters never reach a terminal raw: ESC, CR and every other control character
//! but tab and newline are written as `\x1b`, `\x0d` (C1 ones as `\u{9b}`), so a value or a
//! file name cannot move the cursor, recolour or hide text in xmake's output.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` is escaped: a control character other than tab and newline.
pub fn needs_escape(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

/// `text` with each control character (but tab and newline) written as `\xNN` or `\u{NN}`.
pub fn controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_escaped(&mut out, c);
    }
    Cow::Owned(out)
}

fn push_escaped(out: &mut String, c: char) {
    if !needs_escape(c) {
        out.push(c);
    } else if u32::from(c) < 0x80 {
        let _ = write!(out, "\\x{:02x}", u32::from(c));
    } else {
        let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
    }
}

/// Where byte `offset` of `text` lands in `controls(text)` (offsets inside a character are
/// moved to its start).
pub fn escaped_offset(text: &str, offset: usize) -> usize {
    let mut moved = 0;
    for (i, c) in text.char_indices() {
        if i >= offset {
            break;
        }
        if needs_escape(c) {
            let mut s = String::new();
            push_escaped(&mut s, c);
            moved += s.len() - c.len_utf8();
        }
    }
    offset.min(text.len()) + moved
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_esc_cr_and_c1_but_not_tab_or_newline() {
        assert_eq!(controls("a\x1b[31mb\rc\td\n"), "a\\x1b[31mb\\x0dc\td\n");
        assert_eq!(controls("\u{9b}2J"), "\\u{9b}2J");
        assert!(matches!(controls("plain é"), Cow::Borrowed(_)));
        let text = "a\x1bb";
        assert_eq!(escaped_offset(text, 2), 5);
        assert_eq!(&controls(text)[escaped_offset(text, 2)..], "b");
        assert_eq!(escaped_offset(text, 1), 1);
    }
}
