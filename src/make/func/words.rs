//! Splitting text into make words byte by byte: GNU's blanks (`crate::make::blank`) are
//! all ASCII, and an ASCII byte never occurs inside a multi-byte UTF-8 character, so no
//! character needs decoding. Every list function walks its words this way (`$(filter)`
//! of a 50k-word list once per module is 10⁷ words).

use crate::make::blank::is_space_byte;

/// The words of a text, in order.
pub struct Words<'a> {
    rest: &'a str,
}

impl<'a> Words<'a> {
    pub fn new(s: &'a str) -> Self {
        Self { rest: s }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.rest.as_bytes();
        let Some(start) = bytes.iter().position(|&b| !is_space_byte(b)) else {
            self.rest = "";
            return None;
        };
        let len = bytes[start..]
            .iter()
            .position(|&b| is_space_byte(b))
            .unwrap_or(bytes.len() - start);
        // Both ends sit next to an ASCII byte or at an end: character boundaries.
        let word = &self.rest[start..start + len];
        self.rest = &self.rest[start + len..];
        Some(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_as_splitting_on_each_blank_character_does() {
        for text in [
            "",
            "   ",
            "a",
            " a  b\tc\n",
            "\x0b\x0cx\ry\u{a0}z é  ü\u{2003}v ",
            "obj/m1/f.o obj/m2/g.o",
        ] {
            let want: Vec<&str> = text
                .split(crate::make::blank::is_space)
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(Words::new(text).collect::<Vec<_>>(), want, "{text:?}");
        }
    }
}
