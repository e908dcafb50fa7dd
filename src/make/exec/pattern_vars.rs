//! The database's pattern-specific variables indexed for matching: every target's scope
//! asks which of them match its name (and its parents' names), and a tree with a pattern
//! per module (`obj/m0042/%.o: FLAGS := ...`) would compare every name with every pattern.
//! Patterns are grouped by the length of their part before `%`, then by that part, so a
//! name is looked up once per distinct prefix length (a handful) instead of once per pattern.

use rustc_hash::FxHashMap;

use crate::make::rule::Database;

/// For one prefix length: the patterns by prefix, each as (suffix, index in
/// [`Database::pattern_vars`]).
type ByPrefix<'a> = FxHashMap<&'a str, Vec<(&'a str, usize)>>;

#[derive(Debug, Default)]
pub(super) struct PatternVars<'a> {
    by_len: Vec<(usize, ByPrefix<'a>)>,
}

impl<'a> PatternVars<'a> {
    pub(super) fn new(db: &'a Database) -> Self {
        let mut by_len: Vec<(usize, ByPrefix<'a>)> = Vec::new();
        for (i, (p, _)) in db.pattern_vars().iter().enumerate() {
            let (pre, suf) = (&p.text[..p.percent], &p.text[p.percent + 1..]);
            let at = if let Some(at) = by_len.iter().position(|(len, _)| *len == pre.len()) {
                at
            } else {
                by_len.push((pre.len(), FxHashMap::default()));
                by_len.len() - 1
            };
            by_len[at].1.entry(pre).or_default().push((suf, i));
        }
        Self { by_len }
    }

    /// `(stem length, index)` of every pattern `name` matches, in no particular order: as
    /// [`crate::make::rule::VarPattern::stem`] finds them (the stem is never empty).
    pub(super) fn matching(&self, name: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (len, prefixes) in &self.by_len {
            let Some(pre) = name.get(..*len) else {
                continue;
            };
            let Some(list) = prefixes.get(pre) else {
                continue;
            };
            for &(suf, i) in list {
                if name.len() > len + suf.len() && name.ends_with(suf) {
                    out.push((name.len() - len - suf.len(), i));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_the_patterns_stem_finds() {
        let mut db = Database::default();
        let patterns = [
            "obj/%.o",
            "%",
            "a%a",
            "obj/m1/%.o",
            "obj/m2/%.o",
            "%.o",
            "x%",
            "a\\%%",
        ];
        let var = crate::make::rule::TargetVar {
            name: "V".into(),
            op: crate::make::rule::AssignOp::Simple,
            value: "".into(),
            origin: crate::make::var::Origin::File,
            shown_recursive: false,
            export: None,
            private: false,
            loc: crate::make::rule::Location::new("Makefile", 1),
        };
        for p in patterns {
            db.add_target_var(&[p.to_owned()], &var);
        }
        let index = PatternVars::new(&db);
        let names = [
            "obj/m1/f.o",
            "obj/m2/f.c",
            "obj/.o",
            "obj.o",
            "",
            "a",
            "aa",
            "a%p",
            "a%",
            "x",
            "xy",
            "é.o",
        ];
        for name in names {
            let mut got = index.matching(name);
            got.sort_unstable_by_key(|&(_, i)| i);
            let want: Vec<(usize, usize)> = db
                .pattern_vars()
                .iter()
                .enumerate()
                .filter_map(|(i, (p, _))| p.stem(name).map(|s| (s.len(), i)))
                .collect();
            assert_eq!(got, want, "{name}");
        }
    }
}
