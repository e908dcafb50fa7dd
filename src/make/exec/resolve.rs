//! Turning a file's rules into graph stages the first time the walk reaches it: explicit
//! rules, second expansion, implicit rule search (with intermediate files), `.DEFAULT`, and
//! `vpath` search for the file itself.

use super::engine::Engine;
use super::{ExpandError, Expander, Scope};
use crate::make::graph::{Dep, NodeId, Stage};
use crate::make::plan::{implicit, FileQuery};
use crate::make::rule::{Colon, Prereq};

struct Query<'e, 'a> {
    engine: &'e Engine<'a>,
    vpath: std::rc::Rc<[String]>,
    /// The engine's expander, lent to the search for second expansions.
    exp: std::cell::RefCell<&'a mut dyn Expander>,
    /// The file searched for, and its explicit prerequisites (normal, order-only): `$$^`
    /// and `$$|` of a second expansion for it.
    target: (NodeId, Vec<String>, Vec<String>),
    /// A second expansion failed: make stops.
    failed: std::cell::Cell<bool>,
}

/// Stands in for the engine's expander while a [`Query`] has it.
struct Lent;

impl Expander for Lent {
    fn expand(&mut self, _: &str, _: &Scope<'_>) -> Result<String, ExpandError> {
        Ok(String::new())
    }
    fn value(&mut self, _: &str, _: &Scope<'_>) -> Result<Option<String>, ExpandError> {
        Ok(None)
    }
    fn environment(&mut self, _: &Scope<'_>) -> Result<Vec<(String, String)>, ExpandError> {
        Ok(Vec::new())
    }
}

impl FileQuery for Query<'_, '_> {
    fn exists(&self, name: &str) -> bool {
        self.engine.file_exists_cached(name)
            || self.engine.vpath_lookup(name, &self.vpath).is_some()
    }

    /// GNU asks its file table, which also holds the command-line goals and the files the
    /// walk has entered so far (the graph's nodes).
    fn mentioned(&self, name: &str) -> bool {
        self.engine.db.file(name).is_some() || self.engine.g.find(name).is_some()
    }

    /// GNU expands for the file being searched for (its own variables, `$$^` its explicit
    /// prerequisites) or, for an intermediate file, for a file of that name.
    fn second_expand(&self, target: &str, stem: &str, word: &str) -> Option<String> {
        if self.failed.get() {
            return None;
        }
        let (id, normal, oo) = &self.target;
        let own = &*self.engine.g.nodes[*id].name == target;
        let empty: &[String] = &[];
        let (before, frames) = if own {
            ((normal.as_slice(), oo.as_slice()), self.engine.frames(*id))
        } else {
            let mut frames = Vec::new();
            self.engine.frames_of(target, false, &mut frames);
            ((empty, empty), frames)
        };
        let auto = super::scope::second_auto(target, stem, before);
        let scope = Scope {
            auto: Some(&auto),
            frames,
        };
        let mut exp = self.exp.borrow_mut();
        exp.forget_location();
        match exp.expand(word, &scope) {
            Ok(s) => Some(s),
            Err(e) => {
                super::report::err(&e.message);
                self.failed.set(true);
                None
            }
        }
    }
}

impl<'a> Engine<'a> {
    /// Fills in `id`'s stages from the database.
    pub(super) fn resolve(&mut self, id: NodeId) {
        self.g.nodes[id].resolved = true;
        let db = self.db;
        let name = self.g.nodes[id].name.clone();
        let mut file = db.file(&name);
        let mut search_name: Option<String> = None;
        let vpath = self.vpath_var();
        // A `-W` or `-o` file has its time already: GNU searches no directory for it.
        let timed = self.new.contains(&*name) || self.old.contains(&*name);
        if !timed && !self.file_exists(&name) {
            let found = self
                .vpath_lookup(&name, &vpath)
                .or_else(|| self.library_lookup(&name, &vpath))
                .or_else(|| self.archive_lookup(&name, &vpath));
            if let Some(found) = found {
                self.g.nodes[id].set_path(&found);
                // Found in a GPATH directory: GNU renames the file at once, so implicit
                // rules are searched for that name.
                if *found != *name && self.in_gpath(&found) {
                    search_name = Some(found.clone());
                }
                // A file that is no target here, found as a target of the makefiles under
                // its vpath name, is that file (GNU renames it into the other).
                let other = db.file(&found).filter(|f| f.is_target);
                if other.is_some() && !file.is_some_and(|f| f.is_target) {
                    file = other;
                }
            }
        }
        let phony = file.is_some_and(|f| f.flags.phony);
        if self.listed_intermediate(&name) {
            self.g.nodes[id].intermediate = true;
        }
        self.g.nodes[id].phony = phony;
        self.g.nodes[id].is_target = file.is_some_and(|f| f.is_target);
        let mut stages = Vec::new();
        let mut groups: Vec<Option<u32>> = Vec::new();
        if let Some(f) = file {
            for (i, rule) in f.rules.iter().enumerate() {
                // GNU's `-t` touches each record and marks no group member.
                if rule.made_by_group() && !self.opts.touch {
                    continue;
                }
                let prereqs = if rule.deferred.is_empty() {
                    rule.prereqs.clone()
                } else {
                    self.expand_deferred(id, rule)
                };
                let stem = rule
                    .stem
                    .as_deref()
                    .map_or_else(|| self.suffix_stem(&name), str::to_owned);
                let also_make = rule
                    .group()
                    .map(|g| {
                        db.group(g)
                            .iter()
                            .filter(|t| ***t != *name)
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default();
                let _ = i;
                groups.push(rule.group_id);
                stages.push((prereqs, rule.recipe.clone(), stem, also_make, false));
            }
        }
        let double = file.is_some_and(|f| f.colon == Colon::Double);
        if stages.is_empty() {
            stages.push((Vec::new(), None, String::new(), Vec::new(), false));
        }
        // Implicit rules for a single-colon file without recipe, and for each `::` rule
        // without one (GNU searches per double-colon entry).
        let recipeless: Vec<usize> = if double {
            (0..stages.len())
                .filter(|&i| stages[i].1.is_none())
                .collect()
        } else if stages[0].1.is_none() {
            vec![0]
        } else {
            Vec::new()
        };
        if !recipeless.is_empty() && !phony {
            self.g.nodes[id].tried_implicit = true;
            let found = {
                let (oo, normal): (Vec<&Prereq>, Vec<&Prereq>) =
                    stages[recipeless[0]].0.iter().partition(|p| p.order_only);
                let names = |v: Vec<&Prereq>| v.into_iter().map(|p| p.name.to_string()).collect();
                let exp = std::mem::replace(&mut self.exp, Box::leak(Box::new(Lent)));
                let q = Query {
                    engine: self,
                    vpath: vpath.clone(),
                    exp: std::cell::RefCell::new(exp),
                    target: (id, names(normal), names(oo)),
                    failed: std::cell::Cell::new(false),
                };
                let target = search_name.as_deref().unwrap_or(&name);
                let found = implicit::search_indexed(db, &self.rule_index, target, &q);
                let failed = q.failed.get();
                self.exp = q.exp.into_inner();
                if failed {
                    self.stop = true;
                    self.failed = true;
                }
                found
            };
            self.g.nodes[id].implicit_found = Some(found.is_some());
            if let Some(m) = found.as_ref().filter(|_| self.opts.debug.implicit()) {
                let prereqs = m.prereqs.iter().map(|p| p.name.to_string()).collect();
                self.g.nodes[id].set_implicit_rule(m.stem.clone(), prereqs);
            }
            if let Some(m) = found {
                for i in recipeless {
                    self.apply_match(&m, &mut stages[i]);
                }
            } else if !double
                && !self.g.nodes[id].is_target
                && !self.file_exists(self.g.nodes[id].path())
            {
                if let Some(def) = &db.globals().default_recipe {
                    stages[0].1 = Some(def.clone());
                }
            }
        }
        let mut out = Vec::with_capacity(stages.len());
        for (prereqs, recipe, stem, also, implicit) in stages {
            let deps = prereqs
                .iter()
                .map(|p| Dep {
                    node: self.g.id_shared(&p.name),
                    order_only: p.order_only,
                    extra: false,
                })
                .collect();
            let also_make = also.iter().map(|n| self.g.id(n)).collect();
            out.push(Stage {
                deps,
                recipe,
                stem: stem.into(),
                also_make,
                implicit,
                group: None,
                made: false,
                claimed: false,
            });
        }
        if double {
            for (st, g) in out.iter_mut().zip(groups) {
                st.set_group_id(g);
            }
        }
        for st in &mut out {
            let more = self.also_make_prereqs(id, &st.also_make, st.group_id());
            st.deps.extend(more);
        }
        self.g.nodes[id].stages = out;
        self.add_extra_prereqs(id);
    }

    /// The explicit prerequisites of the other targets a recipe makes (grouped targets,
    /// pattern rules with several targets): GNU's `update_file_1` brings them up to date
    /// before the recipe runs, though they are not the target's (`$^` leaves them out).
    /// A `&::` member brings only its record of the same group.
    fn also_make_prereqs(&mut self, id: NodeId, also: &[NodeId], group: Option<u32>) -> Vec<Dep> {
        let mut out = Vec::new();
        for &a in also {
            let Some(f) = self.db.file(&self.g.nodes[a].name) else {
                continue;
            };
            let rules = f
                .rules
                .iter()
                .filter(|r| group.is_none() || f.colon != Colon::Double || r.group_id == group);
            for p in rules.flat_map(|r| r.prereqs.iter()) {
                let node = self.g.id_shared(&p.name);
                if node != id && !also.contains(&node) {
                    out.push(Dep {
                        node,
                        order_only: p.order_only,
                        extra: true,
                    });
                }
            }
        }
        out
    }

    /// `.EXTRA_PREREQS` (GNU 4.3): more prerequisites for the target, left out of `$^`.
    fn add_extra_prereqs(&mut self, id: NodeId) {
        // GNU's `snap_file`, after reading: a file with target-specific variables of its
        // own takes only its own value (none without one: neither the global nor a
        // pattern's); any other target the global value. Nothing is inherited.
        // GNU gives the global one to targets (and to files an implicit rule makes), not
        // to a file that is only mentioned, such as a makefile without a rule.
        let db: &'a crate::make::rule::Database = self.db;
        let own = db
            .file(&self.g.nodes[id].name)
            .filter(|f| f.var_set || !f.vars.is_empty())
            .map(|f| &f.vars);
        let frames = match own {
            Some(vars) if !vars.iter().any(|v| &*v.name == ".EXTRA_PREREQS") => return,
            Some(vars) => vec![super::VarFrame {
                vars: std::borrow::Cow::Borrowed(vars),
                inherited: false,
                pattern_file: None,
                file: Some(std::rc::Rc::clone(&self.g.nodes[id].name)),
            }],
            None => {
                let n = &self.g.nodes[id];
                if !n.is_target && n.stages.iter().all(|st| st.recipe.is_none()) {
                    return;
                }
                Vec::new()
            }
        };
        let scope = super::Scope { auto: None, frames };
        let Ok(Some(v)) = self.exp.value(".EXTRA_PREREQS", &scope) else {
            return;
        };
        // Wildcards are expanded (a pattern matching nothing stays as written); a list
        // that names the target itself is dropped whole, silently (GNU's `snap_file`).
        let names: Vec<String> = v
            .split_whitespace()
            .flat_map(crate::make::glob::names_of_word)
            .collect();
        if names.iter().any(|n| **n == *self.g.nodes[id].name) {
            return;
        }
        for n in names {
            let node = self.g.id(&n);
            for st in &mut self.g.nodes[id].stages {
                st.deps.push(Dep {
                    node,
                    order_only: false,
                    extra: true,
                });
            }
        }
    }

    #[allow(clippy::type_complexity)]
    fn apply_match(
        &mut self,
        m: &implicit::Match,
        stage: &mut (
            Vec<Prereq>,
            Option<std::rc::Rc<crate::make::rule::Recipe>>,
            String,
            Vec<String>,
            bool,
        ),
    ) {
        let rule = &self.db.pattern_rules()[m.rule];
        // (A second-expansion text was expanded by the search.)
        let mut prereqs = m.prereqs.clone();
        prereqs.append(&mut stage.0);
        stage.0 = prereqs;
        stage.1.clone_from(&rule.recipe);
        stage.2.clone_from(&m.stem);
        stage.3.clone_from(&m.also_make);
        stage.4 = !rule.targets.is_empty();
        for (name, sub) in &m.intermediates {
            let child = self.g.id(name);
            if self.g.nodes[child].resolved {
                continue;
            }
            self.g.nodes[child].resolved = true;
            self.g.nodes[child].tried_implicit = true;
            self.g.nodes[child].intermediate = true;
            let mut st = (Vec::new(), None, String::new(), Vec::new(), false);
            self.apply_match(sub, &mut st);
            let deps =
                st.0.iter()
                    .map(|p| Dep {
                        node: self.g.id_shared(&p.name),
                        order_only: p.order_only,
                        extra: false,
                    })
                    .collect();
            let also_make = st.3.iter().map(|n| self.g.id(n)).collect();
            self.g.nodes[child].stages = vec![Stage {
                deps,
                recipe: st.1,
                stem: st.2.into(),
                also_make,
                implicit: st.4,
                ..Stage::default()
            }];
        }
    }

    /// Second expansion of a merged rule, chunk by chunk in list order: each text sees in
    /// `$$^` the prerequisites already in the list (plain ones and those expanded before).
    fn expand_deferred(&mut self, id: NodeId, rule: &crate::make::rule::Rule) -> Vec<Prereq> {
        enum Item {
            Plain(Prereq),
            Text(usize),
        }
        let mut items: Vec<Item> = Vec::new();
        let mut texts = rule.deferred.iter().enumerate().peekable();
        for (i, p) in rule.prereqs.iter().enumerate() {
            while let Some((k, _)) = texts.next_if(|(_, d)| d.position <= i) {
                items.push(Item::Text(k));
            }
            items.push(Item::Plain(p.clone()));
        }
        items.extend(texts.map(|(k, _)| Item::Text(k)));
        let mut out_items: Vec<Vec<Prereq>> = items
            .iter()
            .map(|it| match it {
                Item::Plain(p) => vec![p.clone()],
                Item::Text(_) => Vec::new(),
            })
            .collect();
        for (slot, it) in items.iter().enumerate() {
            let Item::Text(k) = it else { continue };
            let d = &rule.deferred[*k];
            let (oo, normal): (Vec<&Prereq>, Vec<&Prereq>) =
                out_items.iter().flatten().partition(|p| p.order_only);
            let names = |v: Vec<&Prereq>| {
                v.into_iter()
                    .map(|p| p.name.to_string())
                    .collect::<Vec<_>>()
            };
            let (so_far, so_far_oo) = (names(normal), names(oo));
            out_items[slot] =
                self.second_expand_with(id, &d.text, d.stem.as_deref(), (&so_far, &so_far_oo));
        }
        out_items.into_iter().flatten().collect()
    }

    /// GNU's `$*` for an explicit rule: the name minus a known suffix, or empty.
    fn suffix_stem(&self, name: &str) -> String {
        self.db
            .suffixes()
            .iter()
            .find(|s| name.len() > s.len() && name.ends_with(s.as_str()))
            .map(|s| name[..name.len() - s.len()].to_owned())
            .unwrap_or_default()
    }

    /// The `VPATH` variable's directories.
    /// An archive member whose archive is found through `vpath`: `lib(m)` becomes
    /// `dir/lib(m)` (GNU renames the member with its archive).
    fn archive_lookup(&self, name: &str, vpath: &[String]) -> Option<String> {
        let (archive, member) = crate::make::plan::archive::split_member(name)?;
        if self.file_exists(archive) {
            return None;
        }
        let found = self.vpath_lookup(archive, vpath)?;
        Some(format!("{found}({member})"))
    }

    /// The `VPATH` directories, as they were when the engine started (GNU builds its search
    /// lists once the makefiles are read: a `$(eval VPATH=...)` in a recipe changes nothing).
    pub(super) fn vpath_var(&self) -> std::rc::Rc<[String]> {
        self.vpath.clone()
    }

    /// GNU's `rehash_file` when `f_mtime` looks at a prerequisite: a file that is no target,
    /// missing under its own name and found through vpath under the name of another file the
    /// makefiles mention, is that other file from then on (so it is considered, made and
    /// reported once). The file it became, if it did.
    pub(super) fn vpath_rename(&mut self, id: NodeId) -> Option<NodeId> {
        let n = &self.g.nodes[id];
        if let Some(to) = n.renamed() {
            return Some(to);
        }
        if n.resolved || n.state != crate::make::graph::NodeState::Idle {
            return None;
        }
        let name = n.name.clone();
        let timed = self.new.contains(&*name) || self.old.contains(&*name);
        if timed || self.db.file(&name).is_some_and(|f| f.is_target) {
            return None;
        }
        let vpath = self.vpath_var();
        if (vpath.is_empty() && self.db.vpaths().is_empty()) || self.file_exists(&name) {
            return None;
        }
        let found = self.vpath_lookup(&name, &vpath)?;
        let mentioned = self.db.file(&found).is_some() || self.g.find(&found).is_some();
        if found == *name || !mentioned {
            return None;
        }
        let to = self.g.id(&found);
        self.g.nodes[id].set_renamed(to);
        Some(to)
    }

    /// `dir/name` for the first `vpath`/`VPATH` directory holding `name`.
    pub(super) fn vpath_lookup(&self, name: &str, vpath_var: &[String]) -> Option<String> {
        if name.starts_with('/') {
            return None;
        }
        let dirs = self.db.vpaths().dirs_for(name);
        // GNU's selective_vpath_search: a name the makefiles mention counts as existing,
        // as a target when `name` itself is one.
        let not_target = !self.db.file(name).is_some_and(|f| f.is_target);
        let mentioned = |p: &str| self.db.file(p).is_some_and(|f| not_target || f.is_target);
        dirs.iter()
            .copied()
            .chain(vpath_var.iter().map(String::as_str))
            .map(|d| format!("{}/{name}", d.trim_end_matches('/')))
            .find(|p| mentioned(p) || self.file_exists_cached(p))
    }
}
