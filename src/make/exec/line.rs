//! One recipe line ready to run: the text after expansion with its `@ - +` prefixes
//! removed, and the flags they (and `$(MAKE)`) set (GNU manual 5.2-5.5, 5.7.1).

/// A recipe line after expansion.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Line {
    /// The command, prefixes and leading blanks removed.
    pub text: String,
    /// `@`: do not echo.
    pub silent: bool,
    /// `-`: ignore a failure.
    pub ignore: bool,
    /// `+` or a `$(MAKE)` reference: runs even under `-n`, `-t`, `-q`.
    pub recursive: bool,
    /// Index of the recipe line this came from (GNU reports that line's number).
    pub index: usize,
}

/// Splits an expanded recipe line at newlines not escaped by a backslash: GNU runs each
/// part as its own command, with its own prefixes (job.c, `start_job_command`).
pub fn split_commands(expanded: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let bytes = expanded.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' && (i == 0 || bytes[i - 1] != b'\\') {
            parts.push(&expanded[start..i]);
            start = i + 1;
        }
    }
    parts.push(&expanded[start..]);
    parts
}

impl Line {
    /// Builds a line from its unexpanded and expanded text. Prefix characters are read
    /// from the start of the unexpanded text and again from the expanded text (a variable
    /// may expand to `@`), as GNU's `chop_commands` and `start_job_command` do.
    pub fn parse(unexpanded: &str, expanded: &str) -> Self {
        let mut line = Self {
            recursive: crate::make::rule::Recipe::line_is_recursive(unexpanded),
            ..Self::default()
        };
        line.eat_prefixes(unexpanded);
        let rest = line.eat_prefixes(expanded);
        line.text = rest.to_owned();
        line
    }

    fn eat_prefixes<'t>(&mut self, text: &'t str) -> &'t str {
        let mut rest = text;
        loop {
            rest = rest.trim_start_matches([' ', '\t']);
            match rest.chars().next() {
                Some('@') => self.silent = true,
                Some('-') => self.ignore = true,
                Some('+') => self.recursive = true,
                _ => return rest,
            }
            rest = &rest[1..];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_from_both_texts() {
        let l = Line::parse("$(Q)echo hi", "@echo hi");
        assert!(l.silent && !l.ignore && !l.recursive);
        assert_eq!(l.text, "echo hi");
        let l = Line::parse("-+ @ $(MAKE) x", "-+ @ make x");
        assert!(l.silent && l.ignore && l.recursive);
        assert_eq!(l.text, "make x");
    }

    #[test]
    fn make_reference_is_recursive() {
        assert!(Line::parse("${MAKE} -C d", "make -C d").recursive);
        assert!(!Line::parse("echo $(MAKEFLAGS)", "echo").recursive);
    }
}
