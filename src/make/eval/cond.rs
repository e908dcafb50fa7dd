//! Conditionals: `ifdef`, `ifndef`, `ifeq`, `ifneq` (both syntaxes), `else` (optionally
//! followed by another conditional) and `endif`, with the ignoring states of read.c's
//! `conditional_line` (0 = reading, 1 = not yet taken, 2 = already taken).

use super::Evaluator;
use crate::make::messages::{self, Fatal, MakeError};
use crate::make::var::Scope;

/// The conditional stack of one makefile (or one `$(eval)`).
#[derive(Debug, Default)]
pub struct Conditionals {
    ignoring: Vec<u8>,
    seen_else: Vec<bool>,
    /// The last state left at each depth above the live stack: read.c keeps its levels in an
    /// array and a level pushed by an invalid `else ifeq ...` reads whatever is there.
    stale: Vec<u8>,
}

impl Conditionals {
    pub fn ignoring(&self) -> bool {
        self.ignoring.iter().any(|&i| i != 0)
    }

    pub fn depth(&self) -> usize {
        self.ignoring.len()
    }

    fn remember(&mut self, depth: usize, state: u8) {
        if self.stale.len() <= depth {
            self.stale.resize(depth + 1, 2);
        }
        self.stale[depth] = state;
    }

    fn pop(&mut self) -> Option<u8> {
        let state = self.ignoring.pop()?;
        self.seen_else.pop();
        self.remember(self.ignoring.len(), state);
        Some(state)
    }
}

/// The characters GNU's `ISSPACE` accepts (blanks and newline-like).
const GNU_SPACE: [char; 6] = [' ', '\t', '\n', '\r', '\x0b', '\x0c'];

const DIRECTIVES: &[&str] = &["ifdef", "ifndef", "ifeq", "ifneq", "else", "endif"];

/// Whether the first word of `line` is a conditional directive.
pub fn directive(line: &str) -> Option<&'static str> {
    let wend = line.find([' ', '\t']).unwrap_or(line.len());
    DIRECTIVES.iter().copied().find(|d| *d == &line[..wend])
}

impl Evaluator {
    /// Handles a conditional line; `Ok(false)` if `line` is not one. `line` has no leading
    /// blanks and no comment.
    pub(crate) fn conditional(
        &mut self,
        c: &mut Conditionals,
        line: &str,
    ) -> Result<bool, MakeError> {
        let Some(kind) = directive(line) else {
            return Ok(false);
        };
        let rest = line[kind.len()..].trim_start_matches([' ', '\t']);
        self.conditional_kind(c, kind, rest)?;
        Ok(true)
    }

    fn conditional_kind(
        &mut self,
        c: &mut Conditionals,
        kind: &'static str,
        rest: &str,
    ) -> Result<bool, MakeError> {
        match kind {
            "endif" => {
                if !rest.is_empty() {
                    self.warn(&messages::extraneous_text(kind));
                }
                if c.pop().is_none() {
                    return Err(self.error(Fatal::Extraneous("endif")));
                }
                Ok(true)
            }
            "else" => self.else_(c, rest),
            _ => {
                let outer_ignoring = c.ignoring();
                c.seen_else.push(false);
                if outer_ignoring {
                    c.ignoring.push(1);
                    return Ok(true);
                }
                let Some(truth) = self.test(kind, rest)? else {
                    c.seen_else.pop();
                    return Err(self.error(Fatal::InvalidConditional));
                };
                c.ignoring.push(u8::from(!truth));
                Ok(true)
            }
        }
    }

    fn else_(&mut self, c: &mut Conditionals, rest: &str) -> Result<bool, MakeError> {
        let Some(o) = c.ignoring.len().checked_sub(1) else {
            return Err(self.error(Fatal::Extraneous("else")));
        };
        if c.seen_else[o] {
            return Err(self.error(Fatal::OnlyOneElse));
        }
        match c.ignoring[o] {
            0 => c.ignoring[o] = 2,
            1 => c.ignoring[o] = 0,
            _ => {}
        }
        if rest.is_empty() {
            c.seen_else[o] = true;
            return Ok(true);
        }
        let kind = directive(rest);
        let ok = match kind {
            Some(k @ ("ifdef" | "ifndef" | "ifeq" | "ifneq")) => {
                let inner = rest[k.len()..].trim_start_matches([' ', '\t']);
                // Evaluate the chained test only if this branch is now live.
                let truth = if c.ignoring.iter().take(o).any(|&i| i != 0) || c.ignoring[o] != 0 {
                    Some(false)
                } else {
                    self.test(k, inner)?
                };
                match truth {
                    Some(t) => {
                        c.remember(o + 1, u8::from(!t));
                        if c.ignoring[o] < 2 {
                            c.ignoring[o] = u8::from(!t);
                        }
                        true
                    }
                    None => {
                        // read.c pushed the new level before finding the syntax invalid and
                        // never pops it: it needs an `endif` of its own.
                        // A slot never used holds heap garbage in GNU make; in makefiles
                        // it behaves as "already taken" (2), which is what we use.
                        let state = c.stale.get(o + 1).copied().unwrap_or(2);
                        c.ignoring.push(state);
                        c.seen_else.push(false);
                        false
                    }
                }
            }
            _ => false,
        };
        if !ok {
            self.warn(&messages::extraneous_text("else"));
        }
        Ok(true)
    }

    /// Evaluates a test; `None` for invalid syntax.
    fn test(&mut self, kind: &str, rest: &str) -> Result<Option<bool>, MakeError> {
        if kind == "ifdef" || kind == "ifndef" {
            // GNU takes the name up to the first space of the expansion (none when it
            // starts with one) and rejects anything but spaces after it.
            let var = self.expand(rest, &Scope::global())?;
            let wend = var.find(GNU_SPACE).unwrap_or(var.len());
            if !var[wend..].trim_matches(GNU_SPACE).is_empty() {
                return Ok(None);
            }
            let defined = self
                .lookup(&var[..wend], &Scope::global())
                .is_some_and(|(_, v)| !v.value.is_empty());
            return Ok(Some(defined == (kind == "ifdef")));
        }
        let Some((first, _, _)) = split_first(rest) else {
            return Ok(None);
        };
        let a = self.expand(first, &Scope::global())?;
        let Some((_, b, extra)) = split_eq(rest) else {
            return Ok(None);
        };
        if extra {
            self.warn(&messages::extraneous_text(kind));
        }
        let b = self.expand(b, &Scope::global())?;
        Ok(Some((a == b) == (kind == "ifeq")))
    }
}

/// Splits `(a,b)` / `"a" "b"` / `'a' 'b'` into the two unexpanded strings, plus whether extra
/// text follows.
fn split_eq(s: &str) -> Option<(&str, &str, bool)> {
    let (a, i, termin) = split_first(s)?;
    split_second(s, a, i, termin)
}

/// The first string of a comparison, the index of its terminator and the terminator kind.
/// GNU make expands it before looking at the second (so its errors come first).
fn split_first(s: &str) -> Option<(&str, usize, u8)> {
    let b = s.as_bytes();
    let termin = match b.first()? {
        b'(' => b',',
        q @ (b'"' | b'\'') => *q,
        _ => return None,
    };
    let s1 = 1;
    let mut i = 1;
    if termin == b',' {
        let mut count = 0i32;
        while i < b.len() {
            match b[i] {
                b'(' => count += 1,
                b')' => count -= 1,
                b',' if count <= 0 => break,
                _ => {}
            }
            i += 1;
        }
    } else {
        while i < b.len() && b[i] != termin {
            i += 1;
        }
    }
    if i >= b.len() {
        return None;
    }
    let a = if termin == b',' {
        s[s1..i].trim_end_matches([' ', '\t'])
    } else {
        &s[s1..i]
    };
    Some((a, i, termin))
}

/// The second string of a comparison starting after the first's terminator at `i`.
fn split_second<'s>(
    s: &'s str,
    a: &'s str,
    mut i: usize,
    termin: u8,
) -> Option<(&'s str, &'s str, bool)> {
    let b = s.as_bytes();
    i += 1;
    if termin != b',' {
        while i < b.len() && crate::make::blank::is_blank(b[i]) {
            i += 1;
        }
    }
    let termin2 = if termin == b',' { b')' } else { *b.get(i)? };
    if termin2 != b')' && termin2 != b'"' && termin2 != b'\'' {
        return None;
    }
    let s2;
    if termin2 == b')' {
        while i < b.len() && crate::make::blank::is_blank(b[i]) {
            i += 1;
        }
        s2 = i;
        let mut count = 0i32;
        while i < b.len() {
            if b[i] == b'(' {
                count += 1;
            } else if b[i] == b')' {
                if count <= 0 {
                    break;
                }
                count -= 1;
            }
            i += 1;
        }
    } else {
        i += 1;
        s2 = i;
        while i < b.len() && b[i] != termin2 {
            i += 1;
        }
    }
    if i >= b.len() {
        return None;
    }
    let second = &s[s2..i];
    let extra = !s[i + 1..].trim_matches([' ', '\t']).is_empty();
    Some((a, second, extra))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_both_syntaxes() {
        assert_eq!(split_eq("(a, b)"), Some(("a", "b", false)));
        assert_eq!(split_eq("($(x),(y))"), Some(("$(x)", "(y)", false)));
        assert_eq!(split_eq("\"a\" 'b'"), Some(("a", "b", false)));
        assert_eq!(split_eq("(a,b) x"), Some(("a", "b", true)));
        assert_eq!(split_eq("a b"), None);
    }
}
