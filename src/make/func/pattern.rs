//! `%` patterns as `patsubst`, `filter` and substitution references use them: the first
//! unescaped `%` matches any stem (`\%` is a literal percent).

use super::words;

/// A pattern split at its `%`: `(prefix, Some(suffix))`, or `(whole, None)` without `%`.
pub fn split(pattern: &str) -> (String, Option<String>) {
    let b = pattern.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' if b.get(i + 1) == Some(&b'%') => {
                out.push('%');
                i += 2;
            }
            b'%' => return (out, Some(unescape(&pattern[i + 1..]))),
            _ => {
                let ch = pattern[i..].chars().next().unwrap_or('\0');
                out.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    (out, None)
}

fn unescape(s: &str) -> String {
    s.to_owned()
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
    let mut out: Vec<String> = Vec::new();
    for word in words(text) {
        match matches(&pat, word) {
            Some(stem) if pat.1.is_some() => match &rep.1 {
                Some(suffix) => out.push(format!("{}{stem}{suffix}", rep.0)),
                None => out.push(rep.0.clone()),
            },
            Some(_) => out.push(replacement.to_owned()),
            None => out.push(word.to_owned()),
        }
    }
    out.join(" ")
}

/// `$(var:from=to)`: a suffix replacement unless `from` has a `%`.
pub fn subst_ref(value: &str, from: &str, to: &str) -> String {
    if split(from).1.is_some() {
        patsubst(from, to, value)
    } else {
        patsubst(&format!("%{from}"), &format!("%{to}"), value)
    }
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
    }
}
