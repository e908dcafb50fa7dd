//! Building the expansion scope of a target: automatic variables and the chain of
//! target-/pattern-specific variable frames (inherited from the parent that asked for it).

use super::engine::Engine;
use super::{AutoVars, Scope, VarFrame};
use crate::make::graph::NodeId;
use crate::make::rule::Prereq;

impl<'a> Engine<'a> {
    /// GNU's automatic variables for stage `stage` of `id`.
    pub(super) fn auto_vars(&mut self, id: NodeId, stage: usize) -> AutoVars {
        let newer: Vec<String> = self
            .newer_deps(id, stage)
            .into_iter()
            .map(|d| list_name(self.g.nodes[d].path()))
            .collect();
        let n = &self.g.nodes[id];
        let st = &n.stages[stage];
        let mut all = Vec::new();
        let mut all_dups = Vec::new();
        let mut order_only = Vec::new();
        let mut first = String::new();
        let mut seen_all = rustc_hash::FxHashSet::default();
        // A name that is also a normal prerequisite is not an order-only one.
        let mut seen_oo: rustc_hash::FxHashSet<NodeId> = st
            .deps
            .iter()
            .filter(|d| !d.extra && !d.order_only)
            .map(|d| d.node)
            .collect();
        for d in st.deps.iter().filter(|d| !d.extra) {
            let p = self.g.nodes[d.node].path().to_owned();
            if d.order_only {
                if seen_oo.insert(d.node) {
                    order_only.push(list_name(&p));
                }
            } else {
                if seen_all.insert(d.node) {
                    all.push(list_name(&p));
                }
                if all_dups.is_empty() {
                    first.clone_from(&p);
                }
                all_dups.push(list_name(&p));
            }
        }
        // `$@` of an archive member `lib.a(m.o)` is the archive, `$%` the member.
        let (target, member) = match crate::make::plan::archive::split_member(n.path()) {
            Some((a, m)) => (a.to_owned(), m.to_owned()),
            None => (n.path().to_owned(), String::new()),
        };
        // Under `.DEFAULT`'s recipe `$<` is the target itself (checked against GNU make 4.3).
        let by_default = match (&st.recipe, &self.db.globals().default_recipe) {
            (Some(r), Some(d)) => std::rc::Rc::ptr_eq(r, d),
            _ => false,
        };
        let first = if by_default {
            n.path().to_owned()
        } else {
            first
        };
        AutoVars {
            target,
            member,
            first,
            newer,
            all,
            all_dups,
            order_only,
            stem: st.stem.to_string(),
        }
    }

    /// Target-/pattern-specific frames for `id`, outermost first (parents first).
    pub(super) fn frames(&self, id: NodeId) -> Vec<VarFrame<'a>> {
        let mut chain = vec![id];
        let mut cur = self.g.nodes[id].parent();
        while let Some(p) = cur {
            if chain.contains(&p) {
                break;
            }
            chain.push(p);
            cur = self.g.nodes[p].parent();
        }
        let mut frames = Vec::new();
        for (depth, &n) in chain.iter().enumerate().rev() {
            self.frames_of(&self.g.nodes[n].name, depth > 0, &mut frames);
        }
        frames
    }

    pub(super) fn frames_of(&self, name: &str, inherited: bool, out: &mut Vec<VarFrame<'a>>) {
        let db: &'a crate::make::rule::Database = self.db;
        let mut pats = self.pattern_vars.matching(name);
        if !pats.is_empty() {
            // GNU's list is ordered by the pattern's length (longer stems first), then by
            // reading order.
            pats.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let vars = pats
                .iter()
                .map(|&(_, i)| std::rc::Rc::clone(&db.pattern_vars()[i].1))
                .collect::<Vec<_>>();
            out.push(VarFrame {
                vars: std::borrow::Cow::Owned(vars),
                inherited,
                pattern_file: Some(name.into()),
                file: None,
            });
        }
        if let Some(f) = db.file(name) {
            if !f.vars.is_empty() {
                out.push(VarFrame {
                    vars: std::borrow::Cow::Borrowed(&f.vars),
                    inherited,
                    pattern_file: None,
                    file: Some(std::rc::Rc::clone(&f.name)),
                });
            }
        }
    }

    /// Second expansion of prerequisite text (`.SECONDEXPANSION`, manual 3.9): `$$@`,
    /// `$$*`, `$$<`, `$$^` refer to the target; `$$^`/`$$+`/`$$<` are the normal
    /// prerequisites before the text and `$$|` the order-only ones. For static and pattern
    /// rules `%` is replaced by the stem afterwards.
    pub(super) fn second_expand_with(
        &mut self,
        id: NodeId,
        text: &str,
        stem: Option<&str>,
        (before, before_oo): (&[String], &[String]),
    ) -> Vec<Prereq> {
        let auto = second_auto(
            &self.g.nodes[id].name,
            stem.unwrap_or_default(),
            (before, before_oo),
        );
        let frames = self.frames(id);
        let scope = Scope {
            auto: Some(&auto),
            frames,
        };
        // GNU puts `$*` where each word's first `%` stands and expands that: the stem is
        // then seen by the functions and variable names of the text (`$$(%_flags)`).
        let text = stem.map_or_else(|| text.to_owned(), |_| stem_refs(text));
        self.exp.forget_location();
        let expanded = match self.exp.expand(&text, &scope) {
            Ok(s) => s,
            Err(e) => {
                super::report::err(&e.message);
                self.stop = true;
                self.failed = true;
                return Vec::new();
            }
        };
        let mut order_only = false;
        // `|` starts the order-only part even inside a word (`a|b` from a variable).
        crate::make::plan::second::parse(&expanded, "", &mut order_only)
    }
}

/// A prerequisite as `$^`, `$+`, `$?` and `$|` list it: an archive member `lib.a(m.o)` by
/// its member name (GNU's `set_file_variables`; `$<` keeps the whole name).
fn list_name(path: &str) -> String {
    match crate::make::plan::archive::split_member(path) {
        Some((_, member)) => member.to_owned(),
        None => path.to_owned(),
    }
}

/// The automatic variables of a second expansion for `target`: `$$^`, `$$+`, `$$<` are the
/// normal prerequisites `before` the text, `$$|` the order-only ones.
pub(super) fn second_auto(
    target: &str,
    stem: &str,
    (before, before_oo): (&[String], &[String]),
) -> AutoVars {
    AutoVars {
        target: target.to_owned(),
        stem: stem.to_owned(),
        first: before.first().cloned().unwrap_or_default(),
        all: dedup(before),
        all_dups: before.to_vec(),
        order_only: dedup(before_oo),
        ..AutoVars::default()
    }
}

/// `names` without repeats, in first-seen order.
fn dedup(names: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names
        .iter()
        .filter(|n| seen.insert(n.as_str()))
        .cloned()
        .collect()
}

/// `text` with the first `%` of each make-word replaced by `$*`.
fn stem_refs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some((s, e)) = crate::make::eval::next_mword(rest) {
        out.push_str(&rest[..s]);
        let word = &rest[s..e];
        match word.find('%') {
            Some(i) => {
                out.push_str(&word[..i]);
                out.push_str("$*");
                out.push_str(&word[i + 1..]);
            }
            None => out.push_str(word),
        }
        rest = &rest[e..];
    }
    out.push_str(rest);
    out
}
