//! Bash pattern matching for the `${NAME%pat}` family: `*`, `?` and `[…]` classes, where
//! characters that were quoted in the file match only themselves.

/// One element of a compiled pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Char(char),
    Any,
    Star,
    Class {
        negated: bool,
        items: Vec<(char, char)>,
    },
}

/// A compiled pattern.
#[derive(Clone, Debug)]
pub struct Pattern {
    toks: Vec<Tok>,
}

impl Pattern {
    /// Compiles `chars`, each paired with whether it was quoted (and so literal).
    pub fn new(chars: &[(char, bool)]) -> Self {
        let mut toks = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let (c, quoted) = chars[i];
            i += 1;
            if quoted {
                toks.push(Tok::Char(c));
                continue;
            }
            match c {
                '*' => toks.push(Tok::Star),
                '?' => toks.push(Tok::Any),
                '[' => match class(&chars[i..]) {
                    Some((tok, used)) => {
                        toks.push(tok);
                        i += used;
                    }
                    None => toks.push(Tok::Char('[')),
                },
                '\\' if i < chars.len() => {
                    toks.push(Tok::Char(chars[i].0));
                    i += 1;
                }
                c => toks.push(Tok::Char(c)),
            }
        }
        Self { toks }
    }

    /// Whether the whole of `text` matches.
    pub fn matches(&self, text: &[char]) -> bool {
        match_from(&self.toks, text)
    }
}

/// Parses a class after `[`; returns it and how many chars it used (including `]`).
fn class(chars: &[(char, bool)]) -> Option<(Tok, usize)> {
    let mut i = 0;
    let negated = matches!(chars.first(), Some(('!' | '^', false)));
    if negated {
        i += 1;
    }
    let mut items = Vec::new();
    let first = i;
    while i < chars.len() {
        let (c, quoted) = chars[i];
        if c == ']' && !quoted && i > first {
            return Some((Tok::Class { negated, items }, i + 1));
        }
        if chars.get(i + 1).is_some_and(|&(d, q)| d == '-' && !q)
            && chars.get(i + 2).is_some_and(|&(e, _)| e != ']')
        {
            items.push((c, chars[i + 2].0));
            i += 3;
        } else {
            items.push((c, c));
            i += 1;
        }
    }
    None
}

fn match_from(toks: &[Tok], text: &[char]) -> bool {
    // Iterative matching with one backtrack point for the last `*` (linear-ish, no recursion).
    let (mut t, mut s) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while s < text.len() {
        match toks.get(t) {
            Some(Tok::Star) => {
                star = Some((t, s));
                t += 1;
                continue;
            }
            Some(tok) if single(tok, text[s]) => {
                t += 1;
                s += 1;
                continue;
            }
            _ => {}
        }
        match star {
            Some((st, ss)) => {
                t = st + 1;
                s = ss + 1;
                star = Some((st, ss + 1));
            }
            None => return false,
        }
    }
    toks[t.min(toks.len())..]
        .iter()
        .all(|tok| *tok == Tok::Star)
}

fn single(tok: &Tok, c: char) -> bool {
    match tok {
        Tok::Char(p) => *p == c,
        Tok::Any => true,
        Tok::Star => false,
        Tok::Class { negated, items } => {
            items.iter().any(|&(lo, hi)| lo <= c && c <= hi) != *negated
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat(s: &str) -> Pattern {
        Pattern::new(&s.chars().map(|c| (c, false)).collect::<Vec<_>>())
    }

    fn m(p: &str, s: &str) -> bool {
        pat(p).matches(&s.chars().collect::<Vec<_>>())
    }

    #[test]
    fn matches_like_bash() {
        assert!(m("/", "/"));
        assert!(m("*/", "a/b/"));
        assert!(m("a?c", "abc"));
        assert!(m("[a-c]x", "bx"));
        assert!(m("[!a]x", "bx"));
        assert!(!m("[!a]x", "ax"));
        assert!(m("*", ""));
        assert!(!m("a*b", "ac"));
        assert!(m("a*b*c", "aXbYbc"));
        let quoted = Pattern::new(&[('*', true)]);
        assert!(!quoted.matches(&['x']));
        assert!(quoted.matches(&['*']));
    }
}
