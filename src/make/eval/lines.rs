//! Logical lines: physical lines joined where a line ends in an odd number of backslashes,
//! kept raw (backslash-newline included) so recipes and `define` bodies see them as GNU make
//! does; [`collapse`] then turns continuations into single spaces for ordinary lines.

/// One logical line and the physical line it starts on (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logical {
    pub text: String,
    pub line: usize,
}

/// Splits text into logical lines.
#[derive(Debug)]
pub struct Lines<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    /// Physical lines where a NUL byte cut the line short (for the warning).
    pub nul_lines: Vec<usize>,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            pos: 0,
            line: 1,
            nul_lines: Vec::new(),
        }
    }

    /// The physical line number after the last line read.
    pub fn line(&self) -> usize {
        self.line
    }
}

fn odd_backslashes(s: &str) -> bool {
    s.bytes().rev().take_while(|&c| c == b'\\').count() % 2 == 1
}

impl Iterator for Lines<'_> {
    type Item = Logical;

    fn next(&mut self) -> Option<Logical> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start_line = self.line;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let (phys, consumed, had_nl) = match rest.find('\n') {
                Some(i) => (&rest[..i], i + 1, true),
                None => (rest, rest.len(), false),
            };
            self.pos += consumed;
            self.line += 1;
            // A CR before the newline is dropped, as GNU make's readline does.
            let phys = if had_nl {
                phys.strip_suffix('\r').unwrap_or(phys)
            } else {
                phys
            };
            // GNU make ignores the rest of a line after a NUL byte (with a warning).
            let phys = match phys.find('\0') {
                Some(i) => {
                    self.nul_lines.push(self.line - 1);
                    &phys[..i]
                }
                None => phys,
            };
            out.push_str(phys);
            if had_nl && odd_backslashes(phys) && self.pos < self.text.len() {
                out.push('\n');
                continue;
            }
            return Some(Logical {
                text: out,
                line: start_line,
            });
        }
    }
}

/// GNU make's `collapse_continuations` for non-recipe lines: a run of `n` backslashes before a
/// newline keeps `n/2` of them; an odd run joins the lines with one space, swallowing the blanks
/// around it.
pub fn collapse(text: &str) -> String {
    if !text.contains('\n') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('\n') {
        let before = &rest[..i];
        let n = before.bytes().rev().take_while(|&c| c == b'\\').count();
        out.push_str(&before[..before.len() - n]);
        for _ in 0..n / 2 {
            out.push('\\');
        }
        rest = &rest[i + 1..];
        if n % 2 == 1 {
            while out.ends_with([' ', '\t']) {
                out.pop();
            }
            out.push(' ');
            rest = rest.trim_start_matches([' ', '\t']);
        } else {
            out.push('\n');
        }
    }
    out.push_str(rest);
    out
}

/// Cuts a `#` comment (not escaped by `\`; `\#` becomes `#`), as read.c's `remove_comments`.
pub fn remove_comments(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'#' {
            let n = out.bytes().rev().take_while(|&c| c == b'\\').count();
            if n % 2 == 0 {
                for _ in 0..n / 2 {
                    out.pop();
                }
                return out;
            }
            out.pop();
            for _ in 0..n / 2 {
                out.pop();
            }
            out.push('#');
            i += 1;
            continue;
        }
        let ch = line[i..].chars().next().unwrap_or(' ');
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_continued_lines() {
        let v: Vec<_> = Lines::new("a \\\n b\nc\n").collect();
        assert_eq!(v[0].text, "a \\\n b");
        assert_eq!(v[1].line, 3);
        assert_eq!(collapse(&v[0].text), "a b");
    }

    #[test]
    fn comments() {
        assert_eq!(remove_comments("a # b"), "a ");
        assert_eq!(remove_comments("a \\# b"), "a # b");
        assert_eq!(remove_comments("a \\\\# b"), "a \\");
    }
}
