//! `%` patterns as `patsubst`, `filter` and substitution references use them: the first
//! unescaped `%` matches any stem (`\%` is a literal percent).

use super::words;
use crate::make::blank::is_space_byte;

/// A pattern split at its `%`: `(prefix, Some(suffix))`, or `(whole, None)` without `%`.
/// As GNU's `find_percent`: a run of backslashes right before a `%` is halved; an odd run
/// quoted the `%` (a literal percent, keep looking), an even one leaves it the pattern's
/// `%`. Backslashes elsewhere, and everything after the pattern's `%`, stay as written.
pub fn split(pattern: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(i) = rest.find('%') {
        let before = &rest[..i];
        let run = before.len() - before.trim_end_matches('\\').len();
        out.push_str(&before[..i - run]);
        out.push_str(&"\\".repeat(run / 2));
        if run % 2 == 0 {
            return (out, Some(rest[i + 1..].to_owned()));
        }
        out.push('%');
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    (out, None)
}

/// The stem when `word` matches `pattern`.
pub fn matches<'w>(pattern: &(String, Option<String>), word: &'w str) -> Option<&'w str> {
    match &pattern.1 {
        None => (word == pattern.0).then_some(""),
        Some(suffix) => {
            if word.len() >= pattern.0.len() + suffix.len()
                && word.starts_with(pattern.0.as_str())
                && word.ends_with(suffix.as_str())
            {
                word.get(pattern.0.len()..word.len() - suffix.len())
            } else {
                None
            }
        }
    }
}

/// `$(patsubst pattern,replacement,text)`.
pub fn patsubst(pattern: &str, replacement: &str, text: &str) -> String {
    let pat = split(pattern);
    let rep = split(replacement);
    if pat.1.is_none() {
        return subst_words(text, &pat.0, &unsplit(&rep));
    }
    let mut out: Vec<String> = Vec::new();
    for word in words(text) {
        match matches(&pat, word) {
            Some(stem) => match &rep.1 {
                Some(suffix) => out.push(format!("{}{stem}{suffix}", rep.0)),
                // An empty replacement without `%` leaves no word and no space
                // (function.c `patsubst_expand_pat`).
                None if rep.0.is_empty() => {}
                None => out.push(rep.0.clone()),
            },
            None => out.push(word.to_owned()),
        }
    }
    out.join(" ")
}

/// A pattern without `%`: function.c `subst_expand` by word. Every whole-word occurrence of
/// `from` becomes `to`, the text between (blanks included) stays as written; an empty `from`
/// matches at the end of each word and is whole only after a blank or at the text's start.
fn subst_words(text: &str, from: &str, to: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut t = 0;
    loop {
        let p = if from.is_empty() {
            let start = t + b[t..].iter().take_while(|&&c| is_space_byte(c)).count();
            start
                + b[start..]
                    .iter()
                    .take_while(|&&c| !is_space_byte(c))
                    .count()
        } else {
            match text[t..].find(from) {
                Some(i) => t + i,
                None => {
                    out.push_str(&text[t..]);
                    return out;
                }
            }
        };
        out.push_str(&text[t..p]);
        let end = p + from.len();
        let whole =
            (p == 0 || is_space_byte(b[p - 1])) && (end >= b.len() || is_space_byte(b[end]));
        out.push_str(if whole { to } else { from });
        t = end;
        if t >= b.len() {
            return out;
        }
    }
}

/// A split replacement put back together (its quoted `%`s unescaped, as GNU leaves it).
fn unsplit(rep: &(String, Option<String>)) -> String {
    match &rep.1 {
        Some(suffix) => format!("{}%{suffix}", rep.0),
        None => rep.0.clone(),
    }
}

/// `$(var:from=to)`: a suffix replacement unless `from` has a `%`. GNU unescapes `from`
/// either way, but `to` only when `from` has a `%` (`$(x:\%=R)` replaces a final `%`).
pub fn subst_ref(value: &str, from: &str, to: &str) -> String {
    let (pre, suf) = split(from);
    if suf.is_some() {
        return patsubst(from, to, value);
    }
    let mut out: Vec<String> = Vec::new();
    for word in words(value) {
        match word.strip_suffix(pre.as_str()) {
            Some(stem) => out.push(format!("{stem}{to}")),
            None => out.push(word.to_owned()),
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patsubst_replaces_stems_and_whole_words() {
        assert_eq!(patsubst("%.c", "%.o", "a.c  b.h c.c"), "a.o b.h c.o");
        assert_eq!(patsubst("a", "b", "a ab a"), "b ab b");
        assert_eq!(subst_ref("x.c y.c", ".c", ".o"), "x.o y.o");
        assert_eq!(patsubst("\\%a", "b", "%a a"), "b a");
        assert_eq!(patsubst("a\\\\%", "<%>", "a\\b ab"), "<b> ab");
        assert_eq!(patsubst("a\\\\\\%b", "Z\\%", "a\\%b a\\b"), "Z% a\\b");
        assert_eq!(subst_ref("100% %", "\\%", "R"), "100R R");
        assert_eq!(subst_ref("a%b", "a\\%%", "<\\%%>"), "<%b>");
    }
}
