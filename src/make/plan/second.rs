//! Second expansion (`.SECONDEXPANSION`) of a pattern rule's prerequisites as implicit rule
//! search does it (GNU 4.3 implicit.c): the text is taken make-word by make-word, each
//! word's first `%` becomes the stem without its directory, the word is expanded for the
//! candidate target, and every name it gives gets the target's directory in front when the
//! word had a `%` (the target pattern had no slash). Also the parsing of an expanded
//! prerequisite text into names (`|`, wildcards, `./`), shared with explicit rules.

use crate::make::rule::Prereq;

/// The make-words of a second-expansion text (a `$(...)` reference is one word).
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((s, e)) = crate::make::eval::next_mword(rest) {
        out.push(rest[s..e].to_owned());
        rest = &rest[e..];
    }
    out
}

/// `word` ready for expansion: its first `%` replaced by `bare` (the stem without the
/// directory, a `$` in it doubled so it stays itself). The bool says whether it had a `%`
/// (its names then get the directory).
pub fn with_stem(word: &str, bare: &str) -> (String, bool) {
    match word.find('%') {
        Some(i) => {
            let bare = bare.replace('$', "$$");
            (format!("{}{bare}{}", &word[..i], &word[i + 1..]), true)
        }
        None => (word.to_owned(), false),
    }
}

/// The prerequisites an expanded text names, each with `prefix` in front: `|` (alone or
/// inside a word, `\|` escaping it) switches `order_only` on for the rest of the list;
/// wildcards are expanded and a leading `./` goes, as GNU enters the names.
pub fn parse(expanded: &str, prefix: &str, order_only: &mut bool) -> Vec<Prereq> {
    let mut out = Vec::new();
    for w in expanded.split_whitespace().flat_map(split_bar) {
        if w == "|" {
            *order_only = true;
            continue;
        }
        if w.is_empty() {
            continue;
        }
        let w = if prefix.is_empty() {
            w
        } else {
            format!("{prefix}{w}")
        };
        for name in crate::make::glob::names_of_word(&w) {
            out.push(Prereq {
                name: name.into(),
                order_only: *order_only,
            });
        }
    }
    out
}

/// `a|b|c` as `a`, `|`, `b`, `|`, `c` (empty pieces are left for the caller to skip); an
/// escaped `\|` is a `|` inside the word, as GNU reads it (`c\|d` names `c|d`).
fn split_bar(w: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut piece = String::new();
    let mut chars = w.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                piece.push('|');
                chars.next();
            }
            '|' => {
                out.push(std::mem::take(&mut piece));
                out.push("|".to_owned());
            }
            _ => piece.push(c),
        }
    }
    out.push(piece);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_references_whole() {
        assert_eq!(
            words(" $(addsuffix /%.c,foo bar)  x.h ${a b}"),
            vec!["$(addsuffix /%.c,foo bar)", "x.h", "${a b}"]
        );
    }

    #[test]
    fn only_the_first_percent_is_the_stem() {
        assert_eq!(
            with_stem("$(patsubst %,%.r,a)", "s"),
            ("$(patsubst s,%.r,a)".into(), true)
        );
        assert_eq!(with_stem("x.h", "s"), ("x.h".into(), false));
    }

    #[test]
    fn parse_prefixes_and_splits_order_only() {
        let mut oo = false;
        let got = parse("a b|c", "d/", &mut oo);
        let names: Vec<_> = got.iter().map(|p| (&*p.name, p.order_only)).collect();
        assert_eq!(names, vec![("d/a", false), ("d/b", false), ("d/c", true)]);
        assert!(oo);
    }
}
