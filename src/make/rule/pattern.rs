//! Pattern rules (`%.o: %.c`) and `%` matching (GNU make manual 10.5).

use std::rc::Rc;

use super::{Deferred, Location, Prereq, Recipe};

/// One pattern rule: user-written, converted from a suffix rule, or built in.
#[derive(Clone, Debug)]
pub struct PatternRule {
    /// Target patterns, each containing one `%` (`%.tab.c %.tab.h: %.y` has two).
    pub targets: Vec<String>,
    /// Prerequisite patterns (with `%` or plain file names).
    pub prereqs: Vec<Prereq>,
    /// Second-expansion text, when `.SECONDEXPANSION` was on.
    pub deferred: Option<Deferred>,
    /// The recipe; `None` only for GNU's suffix "disqualifier" rules (`%.c:`).
    pub recipe: Option<Rc<Recipe>>,
    /// `::`: terminal (prerequisites must exist; no chaining through this rule's prereqs).
    pub terminal: bool,
    /// Where it was defined.
    pub loc: Location,
}

impl PatternRule {
    /// True for a match-anything rule (`%: ...`).
    pub fn is_match_anything(&self) -> bool {
        self.targets.iter().any(|t| t == "%")
    }
}

/// Splits a pattern at its first `%`: (prefix, suffix). `None` when there is no `%`.
pub fn split_pattern(pattern: &str) -> Option<(&str, &str)> {
    let i = pattern.find('%')?;
    Some((&pattern[..i], &pattern[i + 1..]))
}

/// The name a target-specific assignment (`targets: VAR = value`) is recorded under, and
/// whether it is a pattern, as GNU's `find_percent` decides: quoting backslashes before a
/// `%` are halved (`a\\%` is the pattern `a\%`, `a\%b` the file `a%b`).
pub fn var_target(target: &str) -> (String, bool) {
    match crate::make::func::pattern::split(target) {
        (pre, Some(suf)) => (format!("{pre}%{suf}"), true),
        (name, None) => (name, false),
    }
}

/// [`var_target`]'s name alone, borrowed when `target` has no `%` (nothing to unquote,
/// not a pattern): the common case of a file's target-specific line, without allocating.
pub fn var_target_name(target: &str) -> std::borrow::Cow<'_, str> {
    if target.contains('%') {
        std::borrow::Cow::Owned(var_target(target).0)
    } else {
        std::borrow::Cow::Borrowed(target)
    }
}

/// The stem of `name` matched against `pattern`, if it matches.
///
/// GNU make rule: a pattern with a directory part (`dir/%.o`) is matched against the whole
/// name; a pattern with no `/` is matched against the file part of the name and the
/// directory is prepended to the stem (manual 10.5.4). This function does the plain match;
/// [`match_target`] adds the directory handling.
pub fn match_plain(pattern: &str, name: &str) -> Option<String> {
    let (pre, suf) = split_pattern(pattern)?;
    if name.len() >= pre.len() + suf.len() && name.starts_with(pre) && name.ends_with(suf) {
        Some(name[pre.len()..name.len() - suf.len()].to_owned())
    } else {
        None
    }
}

/// True when [`match_plain`] would find a stem, without allocating it.
pub fn matches_plain(pattern: &str, name: &str) -> bool {
    split_pattern(pattern).is_some_and(|(pre, suf)| {
        name.len() >= pre.len() + suf.len() && name.starts_with(pre) && name.ends_with(suf)
    })
}

/// True when `name` matches `pattern` as [`match_target`] would, without allocating.
pub fn matches_target(pattern: &str, name: &str) -> bool {
    let Some((pre, suf)) = split_pattern(pattern) else {
        return false;
    };
    let part = if pattern.contains('/') {
        name
    } else {
        &name[dir_len(name)..]
    };
    part.len() >= pre.len() + suf.len() && part.ends_with(suf) && part.starts_with(pre)
}

/// The length of `name`'s directory part as implicit rule search sees it: up to its last
/// slash, not counting one at the very end (GNU: `foo/bar/` is `bar/` in `foo/`).
pub fn dir_len(name: &str) -> usize {
    let b = name.as_bytes();
    b[..b.len().saturating_sub(1)]
        .iter()
        .rposition(|&c| c == b'/')
        .map_or(0, |i| i + 1)
}

/// Matches a target name against a target pattern the way implicit rule search does.
/// Returns (stem, directory prefix that was removed), where the stem already includes the
/// directory when the pattern had no slash (so `$*` is `dir/foo` for `dir/foo.o`).
pub fn match_target(pattern: &str, name: &str) -> Option<(String, String)> {
    if pattern.contains('/') {
        return match_plain(pattern, name).map(|s| (s, String::new()));
    }
    let (dir, file) = name.split_at(dir_len(name));
    let stem = match_plain(pattern, file)?;
    Some((format!("{dir}{stem}"), dir.to_owned()))
}

/// Substitutes the first `%` in `pattern` with `stem` (without directory handling).
pub fn substitute(pattern: &str, stem: &str) -> String {
    match split_pattern(pattern) {
        Some((pre, suf)) => {
            let mut out = String::with_capacity(pre.len() + stem.len() + suf.len());
            out.push_str(pre);
            out.push_str(stem);
            out.push_str(suf);
            out
        }
        None => pattern.to_owned(),
    }
}

/// `pattern` as GNU's find_percent reads it: prefix and suffix around the pattern's `%`.
fn gnu_split(pattern: &str) -> (String, Option<String>) {
    crate::make::func::pattern::split(pattern)
}

/// Whether `name` matches a static pattern rule's target pattern (as written).
pub fn static_matches(pattern: &str, name: &str) -> bool {
    crate::make::func::pattern::matches(&gnu_split(pattern), name).is_some()
}

/// A static pattern rule's stem for `name`: GNU computes it word by word (as
/// `$(patsubst pattern,%,name)`), so words that do not match stay whole, blanks collapse
/// (`foo\ \ bar.o` with `%.o` is `foo bar`), and a name that does not match the pattern at
/// all (GNU warns) is its own stem.
pub fn static_stem(pattern: &str, name: &str) -> String {
    let pat = gnu_split(pattern);
    let stem_of = |w: &str| {
        crate::make::func::pattern::matches(&pat, w)
            .filter(|_| pat.1.is_some())
            .map_or_else(|| w.to_owned(), str::to_owned)
    };
    if !name.contains([' ', '\t']) {
        return stem_of(name);
    }
    let words: Vec<String> = name
        .split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .map(stem_of)
        .collect();
    words.join(" ")
}

/// A static pattern rule's prerequisite for `stem`: GNU substitutes the stem word by word
/// (as `$(patsubst %,pattern,stem)`), so a stem with blanks (`foo\ bar.o: %.o: %.c`) gives
/// the one name `foo.c bar.c`; the pattern is read as find_percent reads it (`a\%%` puts the
/// stem after `a%`), and names without a pattern `%` stay as written.
pub fn substitute_static(pattern: &str, stem: &str) -> String {
    let (pre, Some(suf)) = gnu_split(pattern) else {
        return pattern.to_owned();
    };
    if !stem.contains([' ', '\t']) {
        return format!("{pre}{stem}{suf}");
    }
    stem.split([' ', '\t'])
        .filter(|w| !w.is_empty())
        .map(|w| format!("{pre}{w}{suf}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Substitutes for a prerequisite in implicit rule search: when the target pattern had no
/// slash and the target had a directory `dir`, the prerequisite gets `dir` in front and the
/// stem without directory (manual 10.5.4), whatever the prerequisite pattern holds (GNU:
/// `%.o: pre/%.c` makes `d/x.o` from `d/pre/x.c`).
pub fn substitute_prereq(pattern: &str, stem: &str, dir: &str) -> String {
    if !pattern.contains('%') {
        return pattern.to_owned();
    }
    if dir.is_empty() {
        return substitute(pattern, stem);
    }
    let bare = stem.strip_prefix(dir).unwrap_or(stem);
    let mut out = String::with_capacity(dir.len() + pattern.len() + bare.len());
    out.push_str(dir);
    match split_pattern(pattern) {
        Some((pre, suf)) => {
            out.push_str(pre);
            out.push_str(bare);
            out.push_str(suf);
        }
        None => out.push_str(pattern),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_with_directory() {
        assert_eq!(
            match_target("%.o", "src/a.o"),
            Some(("src/a".into(), "src/".into()))
        );
        assert_eq!(
            match_target("src/%.o", "src/a.o"),
            Some(("a".into(), String::new()))
        );
        assert_eq!(match_target("%.o", "a.c"), None);
        // A slash at the very end is part of the file name (GNU's pattern_search).
        assert_eq!(
            match_target("%", "d/x/"),
            Some(("d/x/".to_owned(), "d/".to_owned()))
        );
        assert_eq!(dir_len("é/"), 0);
        assert_eq!(substitute_prereq("%.c", "src/a", "src/"), "src/a.c");
        assert_eq!(substitute_prereq("x/%.c", "a", ""), "x/a.c");
    }

    #[test]
    fn overlapping_prefix_and_suffix_do_not_match() {
        assert_eq!(match_plain("a%a", "a"), None);
        assert_eq!(match_plain("a%a", "aa"), Some(String::new()));
    }

    #[test]
    fn static_stems_and_prerequisites_go_word_by_word() {
        assert_eq!(static_stem("%.o", "foo  bar.o"), "foo bar");
        assert_eq!(static_stem("%.o", "a.o b.x"), "a b.x");
        assert_eq!(static_stem("%.o", "x.y"), "x.y");
        assert_eq!(substitute_static("a %.c", "foo bar"), "a foo.c a bar.c");
        assert_eq!(substitute_static("plain", "foo bar"), "plain");
        assert_eq!(substitute_static("%.c", "foo"), "foo.c");
        assert_eq!(substitute_static("x%", ""), "x");
        assert_eq!(substitute_static("a\\%%", "s"), "a%s");
        assert!(static_matches("a\\%%", "a%b"));
        assert!(!static_matches("a\\%%", "ab"));
    }
}
