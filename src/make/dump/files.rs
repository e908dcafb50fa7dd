//! `# Files`: one entry per file GNU's file table would hold after the run: every file the
//! makefiles mention, GNU's built-in suffix-rule files (unless `-r`), `.DEFAULT`,
//! `.SUFFIXES`, the makefiles, and the files the engine reached (implicit prerequisites,
//! intermediate files). Each entry is its target-specific variables, `# Not a target:`
//! when it is one, the rule line, the state lines ([`super::file_state`]) and the recipe;
//! a double-colon file has one such entry per rule.

use std::fmt::Write as _;

use std::collections::HashSet;

use super::facts::Facts;
use super::file_state::State;
use super::implicit::{prefix_of, prereq_text, recipe_lines};
use super::variables::Hider;
use super::variables::{definition, origin_comment};
use super::Dump;
use crate::make::graph::{Graph, Node};
use crate::make::plan::archive::split_member;
use crate::make::rule::{Colon, File, Prereq, Recipe, DEFAULT_SUFFIXES, SUFFIX_RULES};

/// The section: the header, a blank line before each entry, and one after the last.
pub fn section(out: &mut String, d: &Dump<'_>, hide: &Hider) {
    out.push_str("# Files\n");
    // GNU notes a change of recipe prefix before the first entry printed with the new one.
    let mut prefix = d.ev.recipe_prefix();
    let facts = Facts::new([d.graph, d.makefiles_graph]);
    for name in names(d) {
        out.push('\n');
        if let Some(p) = entry_prefix(d, &name).filter(|p| *p != prefix) {
            prefix = p;
            let shown = if p == '\t' {
                String::new()
            } else {
                p.to_string()
            };
            let _ = writeln!(out, ".RECIPEPREFIX = {shown}");
        }
        entry(out, d, &facts, &name, hide);
    }
    out.push('\n');
}

/// Every file name, each once, in a stable order (the normalisation sorts entries).
fn names(d: &Dump<'_>) -> Vec<String> {
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    if d.startup {
        return out;
    }
    let mut add = |n: &str| {
        if seen.insert(n.to_owned()) {
            out.push(n.to_owned());
        }
    };
    for f in d.db.files() {
        add(&f.name);
    }
    if !d.no_builtin_rules {
        for s in DEFAULT_SUFFIXES {
            add(s);
        }
        for (name, _) in SUFFIX_RULES {
            add(name);
        }
    }
    add(".DEFAULT");
    if !d.no_builtin_rules || suffixes_looked_up(d) {
        add(".SUFFIXES");
    }
    for m in &d.makefiles {
        add(m);
    }
    for g in [d.graph, d.makefiles_graph].into_iter().flatten() {
        // A file renamed into another through vpath has no entry of its own (GNU's
        // `rehash_file` takes it out of the table).
        for n in g.iter().filter(|n| n.renamed().is_none()) {
            add(&n.name);
            // Looking at a member's time enters the archive itself.
            if let Some((archive, _)) = split_member(&n.name) {
                add(archive);
            }
        }
    }
    out
}

/// GNU looks `.SUFFIXES` up when it computes `$*` for a target without a known stem (the
/// entry then exists even under `-r`, and loses its built-in mark).
fn suffixes_looked_up(d: &Dump<'_>) -> bool {
    // Per rule: a double-colon file may have an implicit stem for one rule and none for another.
    let stem_unknown = |n: &Node, i: usize| {
        n.stages.get(i).is_none_or(|s| !s.implicit)
            && d.db
                .file(&n.name)
                .and_then(|f| f.rules.get(i))
                .is_none_or(|r| r.stem.is_none())
    };
    d.graph.is_some_and(|g| {
        g.iter()
            .any(|n| n.autos().iter().any(|(i, _)| stem_unknown(n, *i)))
    })
}

/// Whether `name` is one of GNU's built-in suffix-rule files.
fn is_builtin(d: &Dump<'_>, name: &str) -> bool {
    !d.no_builtin_rules
        && (DEFAULT_SUFFIXES.contains(&name) || SUFFIX_RULES.iter().any(|(n, _)| *n == name))
}

fn entry(out: &mut String, d: &Dump<'_>, facts: &Facts, name: &str, hide: &Hider) {
    let file = d.db.file(name);
    let found = d.node(name);
    let (graph, node) = (found.map(|f| f.0), found.map(|f| f.1));
    let user_target = file.is_some_and(|f| f.is_target);
    // A file an implicit rule applied to counts as a target too.
    let implicit = node.is_some_and(|n| n.stages.first().is_some_and(|s| s.implicit));
    let suffixes_target =
        name == ".SUFFIXES" && !d.no_builtin_rules && !user_target && !suffixes_looked_up(d);
    let builtin = (is_builtin(d, name) && !user_target) || suffixes_target;
    let state = State::new(d, facts, name, file, (graph, node), builtin);
    target_vars(out, d, name, hide);
    if !user_target && !implicit && !state.made_by_pattern_with_others() {
        out.push_str("# Not a target:\n");
    }
    // A file found through `vpath` is shown by the name it was found as.
    let shown = node.map_or(name, |n| n.path());
    if let Some(f) = file.filter(|f| f.colon == Colon::Double) {
        for (i, rule) in f.rules.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            // As the run left each rule: an implicit rule may have given it prerequisites
            // and a recipe (GNU searches per double-colon rule).
            let prereqs = prereqs_of(graph, file, node, i);
            let _ = writeln!(out, "{shown}::{}", prereq_text(&prereqs));
            state.lines(out, i);
            let from_search = node
                .and_then(|n| n.stages.get(i))
                .filter(|st| st.implicit)
                .and_then(|st| st.recipe.clone());
            if let Some(r) = rule.recipe.clone().or(from_search) {
                recipe_lines(out, &r, None);
            }
        }
        return;
    }
    let prereqs = if name == ".SUFFIXES" {
        d.db.suffixes().iter().map(Prereq::normal).collect()
    } else {
        prereqs_of(graph, file, node, 0)
    };
    let mut prereqs = prereqs;
    if user_target && !d.extra_prereqs.iter().any(|e| e == name) {
        // GNU shows the global `.EXTRA_PREREQS` on every target's rule line.
        prereqs.extend(d.extra_prereqs.iter().map(Prereq::normal));
    }
    let _ = writeln!(out, "{shown}:{}", prereq_text(&prereqs));
    state.lines(out, 0);
    let recipe = recipe_of(file, node, builtin, name).or_else(|| {
        state
            .default_recipe()
            .then(|| d.db.globals().default_recipe.clone())?
    });
    if let Some(r) = recipe {
        recipe_lines(out, &r, None);
    }
}

/// The prefix of the first recipe a file's entry prints.
fn entry_prefix(d: &Dump<'_>, name: &str) -> Option<char> {
    let r =
        d.db.file(name)?
            .rules
            .iter()
            .find_map(|r| r.recipe.clone())?;
    Some(prefix_of(&r))
}

/// A file's target-specific variables, `name: VAR = value` after each origin comment.
fn target_vars(out: &mut String, d: &Dump<'_>, name: &str, hide: &Hider) {
    let Some(table) = d.ev.target_vars.get(name) else {
        return;
    };
    let mut vars: Vec<_> = table.iter().collect();
    vars.sort_by(|a, b| a.0.cmp(b.0));
    let prefix = format!("{name}: ");
    for (var, v) in vars {
        out.push_str(&origin_comment(v));
        out.push('\n');
        let v = hide.shown(var, v);
        out.push_str(&definition(var, &v, &prefix));
    }
}

/// The prerequisites as the run left them (implicit ones included), else as written.
fn prereqs_of(
    graph: Option<&Graph>,
    file: Option<&File>,
    node: Option<&Node>,
    rule: usize,
) -> Vec<Prereq> {
    if let (Some(g), Some(n)) = (graph, node.filter(|n| n.resolved)) {
        if let Some(st) = n.stages.get(rule) {
            return st
                .deps
                .iter()
                .filter(|dep| !dep.extra)
                .map(|dep| Prereq {
                    name: g.nodes[dep.node].path().into(),
                    order_only: dep.order_only,
                })
                .collect();
        }
    }
    file.and_then(|f| f.rules.get(rule))
        .map(|r| r.prereqs.clone())
        .unwrap_or_default()
}

/// The recipe to show: the engine's (an implicit rule's) or the makefile's, or the
/// built-in suffix rule's.
fn recipe_of(
    file: Option<&File>,
    node: Option<&Node>,
    builtin: bool,
    name: &str,
) -> Option<std::rc::Rc<Recipe>> {
    if let Some(r) = file.and_then(File::rule).and_then(|r| r.recipe.clone()) {
        return Some(r);
    }
    if builtin {
        return SUFFIX_RULES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, lines)| std::rc::Rc::new(builtin_recipe(lines)));
    }
    // An implicit rule's recipe, or `.DEFAULT`'s.
    node.and_then(|n| n.stages.first())
        .and_then(|st| st.recipe.clone())
}

fn builtin_recipe(lines: &[&str]) -> Recipe {
    let loc = crate::make::rule::Location::builtin();
    let lines = lines
        .iter()
        .map(|l| crate::make::rule::RecipeLine {
            text: (*l).to_owned(),
            loc: loc.clone(),
        })
        .collect();
    Recipe::new(lines, loc)
}
