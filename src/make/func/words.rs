//! Splitting text into make words byte by byte: GNU's blanks are all ASCII, and an ASCII
//! byte never occurs inside a multi-byte UTF-8 character, so no character needs decoding.
//! Every list function walks its words this way (`$(filter)` of a 50k-word list once per
//! module is 10⁷ words).

/// The words of a text, in order.
pub struct Words<'a> {
    rest: &'a str,
}

impl<'a> Words<'a> {
    pub fn new(s: &'a str) -> Self {
        Self { rest: s }
    }
}

/// A byte [`super::is_space`] accepts.
fn blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.rest.as_bytes();
        let Some(start) = bytes.iter().position(|&b| !blank(b)) else {
            self.rest = "";
            return None;
        };
        let len = bytes[start..]
            .iter()
            .position(|&b| blank(b))
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
                .split(crate::make::func::is_space)
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(Words::new(text).collect::<Vec<_>>(), want, "{text:?}");
        }
        assert!(
            (0u8..128).all(|b| blank(b) == crate::make::func::is_space(char::from(b))),
            "the same blanks"
        );
    }
}
