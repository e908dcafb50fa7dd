//! The database's pattern-specific variables with each pattern split at its `%` once per
//! run: every target's scope asks which of them match its name (and its parents' names),
//! and a tree with a pattern per module asks that ~10² times per file.

use crate::make::rule::Database;

/// Prefix and suffix of each pattern of [`Database::pattern_vars`], in its order.
#[derive(Debug, Default)]
pub(super) struct PatternVars<'a> {
    /// (`None` for a pattern without `%`, which matches nothing.)
    splits: Vec<Option<(&'a str, &'a str)>>,
}

impl<'a> PatternVars<'a> {
    pub(super) fn new(db: &'a Database) -> Self {
        let splits = db
            .pattern_vars()
            .iter()
            .map(|(p, _)| crate::make::rule::pattern::split_pattern(p))
            .collect();
        Self { splits }
    }

    /// `(stem length, index)` of every pattern `name` matches, in database order.
    pub(super) fn matching<'n>(
        &'n self,
        name: &'n str,
    ) -> impl Iterator<Item = (usize, usize)> + 'n {
        self.splits
            .iter()
            .enumerate()
            .filter_map(move |(i, split)| {
                let (pre, suf) = (*split)?;
                stem_len(pre, suf, name).map(|s| (s, i))
            })
    }
}

/// The length of `name`'s stem for a pattern `pre%suf`, when it matches.
fn stem_len(pre: &str, suf: &str, name: &str) -> Option<usize> {
    let fits = name.len() >= pre.len() + suf.len();
    (fits && name.starts_with(pre) && name.ends_with(suf))
        .then(|| name.len() - pre.len() - suf.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_as_match_plain_finds_them() {
        for (pat, name) in [
            ("obj/%.o", "obj/a/b.o"),
            ("obj/%.o", "obj/.o"),
            ("obj/%.o", "obj.o"),
            ("%", ""),
            ("%.o", "x.c"),
            ("a%a", "a"),
            ("a%a", "aa"),
        ] {
            let (pre, suf) = crate::make::rule::pattern::split_pattern(pat).unwrap();
            assert_eq!(
                stem_len(pre, suf, name),
                crate::make::rule::pattern::match_plain(pat, name).map(|s| s.len()),
                "{pat} against {name}"
            );
        }
    }
}
