//! Implicit rule search (GNU make manual 10.8, "Implicit Rule Search Algorithm", and
//! implicit.c): which pattern rule makes a file, with which stem and prerequisites, possibly
//! through a chain of intermediate files.

use crate::make::rule::pattern::{match_target, substitute_prereq};
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

/// Finds the pattern rule for `name`.
pub fn search(db: &Database, name: &str, files: &dyn FileQuery) -> Option<Match> {
    let mut in_use = vec![false; db.pattern_rules().len()];
    search_at(db, name, files, 0, &mut in_use)
}

struct Candidate {
    rule: usize,
    target: usize,
    stem: String,
    dir: String,
}

fn candidates(db: &Database, name: &str, depth: usize, in_use: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut specific = false;
    for (i, rule) in db.pattern_rules().iter().enumerate() {
        for (t, pat) in rule.targets.iter().enumerate() {
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
    out.sort_by_key(|c| c.stem.len() - c.dir.len());
    out
}

fn search_at(
    db: &Database,
    name: &str,
    files: &dyn FileQuery,
    depth: usize,
    in_use: &mut Vec<bool>,
) -> Option<Match> {
    if depth > MAX_DEPTH {
        return None;
    }
    let cands = candidates(db, name, depth, in_use);
    for intermediate_ok in [false, true] {
        for c in &cands {
            let rule = &db.pattern_rules()[c.rule];
            if intermediate_ok && rule.terminal {
                continue;
            }
            if let Some(m) = try_rule(db, rule, c, files, intermediate_ok, depth, in_use) {
                return Some(m);
            }
        }
    }
    None
}

fn try_rule(
    db: &Database,
    rule: &PatternRule,
    c: &Candidate,
    files: &dyn FileQuery,
    intermediate_ok: bool,
    depth: usize,
    in_use: &mut Vec<bool>,
) -> Option<Match> {
    let bare = c.stem.strip_prefix(c.dir.as_str()).unwrap_or(&c.stem);
    let mut prereqs = Vec::new();
    let mut intermediates = Vec::new();
    for p in &rule.prereqs {
        let name = substitute_prereq(&p.name, &c.stem, &c.dir);
        if !(files.mentioned(&name) || files.exists(&name)) {
            if !intermediate_ok {
                return None;
            }
            in_use[c.rule] = true;
            let found = search_at(db, &name, files, depth + 1, in_use);
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
