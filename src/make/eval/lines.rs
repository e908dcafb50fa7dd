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
            // (At the end of the file too: the line is then continued by nothing.)
            if had_nl && odd_backslashes(phys) {
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
    collapse_in(text, false)
}

/// [`collapse`], or under `.POSIX` (`posix`) the POSIX way: the blanks before the backslash
/// stay and each backslash-newline is a space of its own.
pub fn collapse_in(text: &str, posix: bool) -> String {
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
            while !posix && out.ends_with([' ', '\t']) {
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

/// Cuts a `#` comment, as read.c's `remove_comments` (`find_char_unquote`): variable
/// references (`$(...)`, `${...}`, `$x`) are skipped whole, and a run of `n` backslashes before
/// `#` keeps `n/2` of them, the `#` being literal when `n` is odd.
pub fn remove_comments(line: &str) -> String {
    let b = line.as_bytes();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'$' => {
                let end = skip_reference(b, i);
                out.push_str(&line[i..end]);
                i = end;
            }
            b'#' => {
                let n = out.bytes().rev().take_while(|&c| c == b'\\').count();
                let keep = out.len() - n + n / 2;
                out.truncate(keep);
                if n % 2 == 0 {
                    return out;
                }
                out.push('#');
                i += 1;
            }
            _ => {
                let ch = line[i..].chars().next().unwrap_or(' ');
                out.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    out
}

/// The index after a variable reference starting with the `$` at `i`.
fn skip_reference(b: &[u8], i: usize) -> usize {
    let Some(&open) = b.get(i + 1) else {
        return b.len();
    };
    let mut p = i + 2;
    if open == b'(' || open == b'{' {
        let close = if open == b'(' { b')' } else { b'}' };
        let mut count = 1;
        while p < b.len() {
            if b[p] == open {
                count += 1;
            } else if b[p] == close {
                count -= 1;
                if count == 0 {
                    return p + 1;
                }
            }
            p += 1;
        }
        return b.len();
    }
    // `$$` or `$x`: two bytes, unless x is a multi-byte character.
    let mut end = p.min(b.len());
    while end < b.len() && (b[end] & 0xC0) == 0x80 {
        end += 1;
    }
    end
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
        assert_eq!(remove_comments("$(subst #,z,a#b) # c"), "$(subst #,z,a#b) ");
        assert_eq!(remove_comments("x$# y"), "x$# y");
    }
}
