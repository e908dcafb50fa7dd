//! Implicit rule search (GNU make manual 10.8, "Implicit Rule Search Algorithm", and
//! implicit.c): which pattern rule makes a file, with which stem and prerequisites, possibly
//! through a chain of intermediate files.

use crate::make::rule::pattern::{split_pattern, substitute_prereq};
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
    /// Second expansion of one prerequisite word of a pattern rule for candidate `target`
    /// with stem `stem` (`$*`); `None` when it failed (make stops) or cannot be done.
    fn second_expand(&self, _target: &str, _stem: &str, _word: &str) -> Option<String> {
        None
    }
}

/// Pattern rules bucketed by the last byte of their target patterns' suffix, so a search
/// only looks at rules that can match (rules keep their order inside the merged list).
#[derive(Debug)]
pub struct RuleIndex {
    /// For each last byte of a name: the rules that may match it, in definition order
    /// (rules bucketed under that byte merged with the rules whose suffix is empty).
    by_last: Vec<Vec<usize>>,
    /// Rules whose suffix is empty (they may match any name, including the empty one).
    any: Vec<usize>,
    /// For each rule, each target pattern's `%` position and whether it has a `/`
    /// (`None` for a pattern without `%`).
    shapes: Vec<Vec<Option<Shape>>>,
    /// For each rule with a second-expansion text, its make-words.
    second: Vec<Option<Vec<String>>>,
}

/// Where a target pattern's `%` is and whether the pattern has a directory part.
#[derive(Clone, Copy, Debug)]
struct Shape {
    percent: usize,
    slash: bool,
}

impl Default for RuleIndex {
    fn default() -> Self {
        Self {
            by_last: vec![Vec::new(); 256],
            any: Vec::new(),
            shapes: Vec::new(),
            second: Vec::new(),
        }
    }
}

impl RuleIndex {
    /// Indexes the database's pattern rules.
    pub fn new(db: &Database) -> Self {
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); 256];
        let mut any = Vec::new();
        for (i, rule) in db.pattern_rules().iter().enumerate() {
            let mut lasts: Vec<Option<u8>> = rule
                .targets
                .iter()
                .map(|t| t.rsplit('%').next().and_then(|suf| suf.bytes().last()))
                .collect();
            lasts.dedup();
            if lasts.contains(&None) {
                any.push(i);
            } else {
                for b in lasts.into_iter().flatten() {
                    let v = &mut buckets[usize::from(b)];
                    if v.last() != Some(&i) {
                        v.push(i);
                    }
                }
            }
        }
        let by_last = buckets.iter().map(|some| merge(some, &any)).collect();
        let shapes = db
            .pattern_rules()
            .iter()
            .map(|r| {
                r.targets
                    .iter()
                    .map(|t| {
                        t.find('%').map(|percent| Shape {
                            percent,
                            slash: t.contains('/'),
                        })
                    })
                    .collect()
            })
            .collect();
        let second = db
            .pattern_rules()
            .iter()
            .map(|r| r.deferred.as_ref().map(|d| super::second::words(&d.text)))
            .collect();
        Self {
            by_last,
            any,
            shapes,
            second,
        }
    }

    /// Rules that may match `name`, in definition order.
    fn rules_for(&self, name: &str) -> &[usize] {
        match name.bytes().last() {
            Some(b) => self
                .by_last
                .get(usize::from(b))
                .map_or(&[][..], Vec::as_slice),
            None => &self.any,
        }
    }
}

/// Merges two sorted lists of rule indexes.
fn merge(some: &[usize], any: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(some.len() + any.len());
    let (mut i, mut j) = (0, 0);
    while i < some.len() || j < any.len() {
        if j >= any.len() || (i < some.len() && some[i] < any[j]) {
            out.push(some[i]);
            i += 1;
        } else {
            out.push(any[j]);
            j += 1;
        }
    }
    out
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

/// A rule whose target pattern matched; the stem is `name[..dir]` + `name[start..end]`.
struct Candidate {
    rule: usize,
    target: usize,
    dir: usize,
    start: usize,
    end: usize,
}

impl Candidate {
    fn stem_len(&self) -> usize {
        self.dir + self.end - self.start
    }
}

fn candidates(cx: &Cx<'_>, name: &str, depth: usize, in_use: &[bool]) -> Vec<Candidate> {
    let db = cx.db;
    let mut out = Vec::new();
    let mut specific = false;
    let name_dir = crate::make::rule::pattern::dir_len(name);
    for &i in cx.index.rules_for(name) {
        let rule = &db.pattern_rules()[i];
        let shapes = &cx.index.shapes[i];
        for (t, pat) in rule.targets.iter().enumerate() {
            let Some(m) = shapes
                .get(t)
                .copied()
                .flatten()
                .and_then(|shape| stem_bounds(pat, shape, name, name_dir))
            else {
                continue;
            };
            if m.dir + m.end == m.start {
                // An empty stem never matches, but a directory counts: GNU compares the
                // whole name's length with the pattern's (`%.c` matches `d/.c`, stem `d/`).
                continue;
            }
            if pat != "%" {
                specific = true;
            }
            if rule.recipe.is_none() {
                continue; // a suffix "disqualifier" rule, or a cancelling rule
            }
            if in_use[i] || (depth > 0 && pat == "%" && !rule.terminal) {
                continue;
            }
            out.push(Candidate {
                rule: i,
                target: t,
                dir: m.dir,
                start: m.start,
                end: m.end,
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
    out.sort_by_key(Candidate::stem_len);
    out
}

/// Where [`match_target`](crate::make::rule::pattern::match_target) would find the stem,
/// without allocating: the stem is `name[..dir]` followed by `name[start..end]`.
struct StemBounds {
    dir: usize,
    start: usize,
    end: usize,
}

fn stem_bounds(pattern: &str, shape: Shape, name: &str, name_dir: usize) -> Option<StemBounds> {
    let (pre, suf) = (&pattern[..shape.percent], &pattern[shape.percent + 1..]);
    let dir = if shape.slash { 0 } else { name_dir };
    let part = &name[dir..];
    if part.len() >= pre.len() + suf.len() && part.ends_with(suf) && part.starts_with(pre) {
        Some(StemBounds {
            dir,
            start: dir + pre.len(),
            end: name.len() - suf.len(),
        })
    } else {
        None
    }
}

fn search_at(cx: &Cx<'_>, name: &str, depth: usize, in_use: &mut Vec<bool>) -> Option<Match> {
    if depth > MAX_DEPTH {
        return None;
    }
    let db = cx.db;
    let cands = candidates(cx, name, depth, in_use);
    let mut scratch = String::new();
    for intermediate_ok in [false, true] {
        for c in &cands {
            let rule = &db.pattern_rules()[c.rule];
            if intermediate_ok && rule.terminal {
                continue;
            }
            // A second-expansion rule is expanded once per pass, by `try_rule`.
            let second = cx.index.second.get(c.rule).is_some_and(Option::is_some);
            if !intermediate_ok && !second && !all_present(cx, rule, name, c, &mut scratch) {
                continue;
            }
            if let Some(m) = try_rule(cx, rule, name, c, intermediate_ok, depth, in_use) {
                return Some(m);
            }
        }
    }
    None
}

/// Writes the prerequisite `pattern` with the candidate's stem into `out` (like
/// [`substitute_prereq`], without allocating).
fn prereq_into(out: &mut String, pattern: &str, name: &str, c: &Candidate) {
    out.clear();
    let Some((pre, suf)) = split_pattern(pattern) else {
        out.push_str(pattern);
        return;
    };
    let (dir, bare) = (&name[..c.dir], &name[c.start..c.end]);
    out.push_str(dir);
    out.push_str(pre);
    out.push_str(bare);
    out.push_str(suf);
}

/// True when every prerequisite of the candidate is mentioned or exists (the first pass
/// only accepts such rules), checked without allocating per name.
fn all_present(
    cx: &Cx<'_>,
    rule: &PatternRule,
    name: &str,
    c: &Candidate,
    buf: &mut String,
) -> bool {
    rule.prereqs.iter().all(|p| {
        prereq_into(buf, &p.name, name, c);
        cx.files.mentioned(buf) || cx.files.exists(buf) || !glob_matches(buf).is_empty()
    })
}

/// The files a prerequisite with wildcards names once the stem is in (GNU expands them
/// then); empty for a plain name or a pattern that matches nothing.
fn glob_matches(name: &str) -> Vec<String> {
    if crate::make::glob::is_magic(name) {
        crate::make::glob::glob(".", name)
    } else {
        Vec::new()
    }
}

fn try_rule(
    cx: &Cx<'_>,
    rule: &PatternRule,
    target: &str,
    c: &Candidate,
    intermediate_ok: bool,
    depth: usize,
    in_use: &mut Vec<bool>,
) -> Option<Match> {
    let dir = &target[..c.dir];
    let bare = &target[c.start..c.end];
    let stem = format!("{dir}{bare}");
    let mut prereqs = Vec::with_capacity(rule.prereqs.len());
    let mut intermediates = Vec::new();
    // (Names stay `String`s until the rule matches: most candidates fail.)
    let mut take = |name: String, order_only: bool| -> Option<()> {
        if !(cx.files.mentioned(&name) || cx.files.exists(&name)) {
            if !intermediate_ok {
                return None;
            }
            in_use[c.rule] = true;
            let found = search_at(cx, &name, depth + 1, in_use);
            in_use[c.rule] = false;
            intermediates.push((name.clone(), found?));
        }
        prereqs.push((name, order_only));
        Some(())
    };
    if let Some(words) = cx.index.second.get(c.rule).and_then(Option::as_ref) {
        // Word by word: a word that names an impossible file ends the expansion.
        let mut order_only = false;
        for w in words {
            let (text, had_percent) = super::second::with_stem(w, bare);
            let expanded = cx.files.second_expand(target, &stem, &text)?;
            let prefix = if had_percent { dir } else { "" };
            for p in super::second::parse(&expanded, prefix, &mut order_only) {
                take(p.name.to_string(), p.order_only)?;
            }
        }
    }
    for p in &rule.prereqs {
        let name = substitute_prereq(&p.name, &stem, dir);
        let globbed = glob_matches(&name);
        if !globbed.is_empty() {
            for name in globbed {
                take(name, p.order_only)?;
            }
            continue;
        }
        take(name, p.order_only)?;
    }
    let also_make = rule
        .targets
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != c.target)
        .map(|(_, t)| substitute_prereq(t, bare, "").replace('%', bare))
        .map(|t| format!("{}{t}", if t.contains('/') { "" } else { dir }))
        .collect();
    Some(Match {
        rule: c.rule,
        stem,
        prereqs: prereqs
            .into_iter()
            .map(|(name, order_only)| Prereq {
                name: name.into(),
                order_only,
            })
            .collect(),
        also_make,
        intermediates,
    })
}
