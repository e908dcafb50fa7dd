//! GNU make's two kinds of blank (makeint.h): `ISBLANK`, a space or a tab, which separates
//! a line's words and operators as it is read; and `ISSPACE`, those and the rest of the C
//! locale's white space (newline, carriage return, vertical tab, form feed), which
//! separates the words functions split and what `strip` removes. Both are ASCII, so a test
//! on a byte never lands inside a multi-byte UTF-8 character.

/// `ISBLANK`: a space or a tab.
pub fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t')
}

/// `ISSPACE` on a byte: a space, tab, newline, carriage return, vertical tab or form feed.
pub fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// `ISSPACE` on a character (no character outside ASCII is one).
pub fn is_space(c: char) -> bool {
    u8::try_from(c).is_ok_and(is_space_byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_locale_classes() {
        // C's isspace is Rust's ASCII white space and the vertical tab.
        for b in 0u8..=255 {
            let c_space = b.is_ascii_whitespace() || b == 0x0b;
            assert_eq!(is_space_byte(b), c_space, "{b:#x}");
            assert_eq!(is_blank(b), b == b' ' || b == b'\t', "{b:#x}");
        }
        assert!(!is_space('\u{a0}') && !is_space('\u{2003}') && !is_space('\u{10b}'));
        assert!(is_space('\x0b'));
    }
}
