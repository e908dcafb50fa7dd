//! Implicit rule search (GNU make manual 10.8, "Implicit Rule Search Algorithm", and
//! implicit.c): which pattern rule makes a file, with which stem and prerequisites, possibly
//! through a chain of intermediate files.

use crate::make::rule::pattern::{match_target, matches_target, substitute_prereq};
use crate::make::rule::{Database, PatternRule, Prereq};

/// How deep chains of intermediate files may go (GNU has no fixed limit; rules cannot be
/// reused inside one chain, so this only bounds pathological rule sets).
const MAX_DEPTH: usize = 16;

/// The result of a successful search.
#[derive(Clone, Debug)]
pub struct Match {
    /// Index into [`Database::pattern_rules`].
    pub rule: usize,
    /// `$*`.
    pub stem: String,
    /// Prerequisites with the stem substituted, in the rule's order.
    pub prereqs: Vec<Prereq>,
    /// The other targets the rule makes (multi-target pattern rules are grouped).
    pub also_make: Vec<String>,
    /// Files to make first through other pattern rules (intermediate files), each with its
    /// own match.
    pub intermediates: Vec<(String, Match)>,
}

/// What the search needs to know about files.
pub trait FileQuery {
    /// The file exists (directly or through `vpath`).
    fn exists(&self, name: &str) -> bool;
    /// The makefiles mention the file (as a target or a prerequisite).
    fn mentioned(&self, name: &str) -> bool;
}

/// Pattern rules bucketed by the last byte of their target patterns' suffix, so a search
/// only looks at rules that can match (rules keep their order inside the merged list).
#[derive(Debug, Default)]
pub struct RuleIndex {
    by_last: std::collections::HashMap<u8, Vec<usize>>,
    any: Vec<usize>,
}

impl RuleIndex {
    /// Indexes the database's pattern rules.
    pub fn new(db: &Database) -> Self {
        let mut idx = Self::default();
        for (i, rule) in db.pattern_rules().iter().enumerate() {
            let mut lasts: Vec<Option<u8>> = rule
                .targets
                .iter()
                .map(|t| t.rsplit('%').next().and_then(|suf| suf.bytes().last()))
                .collect();
            lasts.dedup();
            if lasts.contains(&None) {
                idx.any.push(i);
            } else {
                for b in lasts.into_iter().flatten() {
                    let v = idx.by_last.entry(b).or_default();
                    if v.last() != Some(&i) {
                        v.push(i);
                    }
                }
            }
        }
        idx
    }

    /// Rules that may match `name`, in definition order.
    fn rules_for(&self, name: &str) -> Vec<usize> {
        let some = name
            .bytes()
            .last()
            .and_then(|b| self.by_last.get(&b))
            .map_or(&[][..], Vec::as_slice);
        let mut out = Vec::with_capacity(some.len() + self.any.len());
        let (mut i, mut j) = (0, 0);
        while i < some.len() || j < self.any.len() {
            if j >= self.any.len() || (i < some.len() && some[i] < self.any[j]) {
                out.push(some[i]);
                i += 1;
            } else {
                out.push(self.any[j]);
                j += 1;
            }
        }
        out
    }
}

/// Finds the pattern rule for `name`.
pub fn search(db: &Database, name: &str, files: &dyn FileQuery) -> Option<Match> {
    search_indexed(db, &RuleIndex::new(db), name, files)
}

/// Like [`search`], with an index built once per run.
pub fn search_indexed(
    db: &Database,
    index: &RuleIndex,
    name: &str,
    files: &dyn FileQuery,
) -> Option<Match> {
    let mut in_use = vec![false; db.pattern_rules().len()];
    let cx = Cx { db, index, files };
    search_at(&cx, name, 0, &mut in_use).or_else(|| {
        // An archive member `lib.a(m.o)` is then searched as `(m.o)` (GNU's
        // try_implicit_rule), which the built-in `(%): %` rule matches.
        let (_, member) = super::archive::split_member(name)?;
        search_at(&cx, &format!("({member})"), 0, &mut in_use)
    })
}

struct Cx<'c> {
    db: &'c Database,
    index: &'c RuleIndex,
    files: &'c dyn FileQuery,
}

struct Candidate {
    rule: usize,
    target: usize,
    stem: String,
    dir: String,
}

fn candidates(cx: &Cx<'_>, name: &str, depth: usize, in_use: &[bool]) -> Vec<Candidate> {
    let db = cx.db;
    let mut out = Vec::new();
    let mut specific = false;
    for i in cx.index.rules_for(name) {
        let rule = &db.pattern_rules()[i];
        for (t, pat) in rule.targets.iter().enumerate() {
            if !matches_target(pat, name) {
                continue;
            }
            let Some((stem, dir)) = match_target(pat, name) else {
                continue;
            };
            if stem.len() == dir.len() {
                continue; // empty stem: GNU never matches it
            }
            if pat != "%" {
                specific = true;
            }
            if rule.recipe.is_none() && rule.prereqs.is_empty() {
                continue; // suffix "disqualifier" rule
            }
            if in_use[i] || (depth > 0 && pat == "%" && !rule.terminal) {
                continue;
            }
            out.push(Candidate {
                rule: i,
                target: t,
                stem,
                dir,
            });
            break;
        }
    }
    let rules = db.pattern_rules();
    if specific {
        out.retain(|c| !(rules[c.rule].is_match_anything() && !rules[c.rule].terminal));
    }
    // GNU 4.3 prefers the shortest stem, counting the directory part (`lib/%.o` beats
    // `%.o` for `lib/x.o`).
    out.sort_by_key(|c| c.stem.len());
    out
}

fn search_at(cx: &Cx<'_>, name: &str, depth: usize, in_use: &mut Vec<bool>) -> Option<Match> {
    if depth > MAX_DEPTH {
        return None;
    }
    let db = cx.db;
    let cands = candidates(cx, name, depth, in_use);
    for intermediate_ok in [false, true] {
        for c in &cands {
            let rule = &db.pattern_rules()[c.rule];
            if intermediate_ok && rule.terminal {
                continue;
            }
            if let Some(m) = try_rule(cx, rule, c, intermediate_ok, depth, in_use) {
                return Some(m);
            }
        }
    }
    None
}

fn try_rule(
    cx: &Cx<'_>,
    rule: &PatternRule,
    c: &Candidate,
    intermediate_ok: bool,
    depth: usize,
    in_use: &mut Vec<bool>,
) -> Option<Match> {
    let bare = c.stem.strip_prefix(c.dir.as_str()).unwrap_or(&c.stem);
    let mut prereqs = Vec::new();
    let mut intermediates = Vec::new();
    for p in &rule.prereqs {
        let name = substitute_prereq(&p.name, &c.stem, &c.dir);
        if !(cx.files.mentioned(&name) || cx.files.exists(&name)) {
            if !intermediate_ok {
                return None;
            }
            in_use[c.rule] = true;
            let found = search_at(cx, &name, depth + 1, in_use);
            in_use[c.rule] = false;
            intermediates.push((name.clone(), found?));
        }
        prereqs.push(Prereq {
            name,
            order_only: p.order_only,
        });
    }
    let also_make = rule
        .targets
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != c.target)
        .map(|(_, t)| substitute_prereq(t, bare, "").replace('%', bare))
        .map(|t| format!("{}{t}", if t.contains('/') { "" } else { &c.dir }))
        .collect();
    Some(Match {
        rule: c.rule,
        stem: c.stem.clone(),
        prereqs,
        also_make,
        intermediates,
    })
}
