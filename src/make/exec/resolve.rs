//! Turning a file's rules into graph stages the first time the walk reaches it: explicit
//! rules, second expansion, implicit rule search (with intermediate files), `.DEFAULT`, and
//! `vpath` search for the file itself.

use super::engine::Engine;
use crate::make::graph::{Dep, NodeId, Stage};
use crate::make::plan::{implicit, FileQuery};
use crate::make::rule::{Colon, Prereq};

struct Query<'e, 'a> {
    engine: &'e Engine<'a>,
    vpath: Vec<String>,
}

impl FileQuery for Query<'_, '_> {
    fn exists(&self, name: &str) -> bool {
        self.engine.file_exists(name) || self.engine.vpath_lookup(name, &self.vpath).is_some()
    }

    /// GNU asks its file table, which also holds the command-line goals and the files the
    /// walk has entered so far (the graph's nodes).
    fn mentioned(&self, name: &str) -> bool {
        self.engine.db.file(name).is_some() || self.engine.g.find(name).is_some()
    }
}

impl Engine<'_> {
    /// Fills in `id`'s stages from the database.
    pub(super) fn resolve(&mut self, id: NodeId) {
        self.g.nodes[id].resolved = true;
        let db = self.db;
        let name = self.g.nodes[id].name.clone();
        let file = db.file(&name);
        let vpath = self.vpath_var();
        // A `-W` or `-o` file has its time already: GNU searches no directory for it.
        let timed = self.new.contains(&name) || self.old.contains(&name);
        if !timed && !self.file_exists(&name) {
            let found = self
                .vpath_lookup(&name, &vpath)
                .or_else(|| self.library_lookup(&name, &vpath));
            if let Some(found) = found {
                self.g.nodes[id].set_path(&found);
            }
        }
        let phony = file.is_some_and(|f| f.flags.phony);
        if self.listed_intermediate(&name) {
            self.g.nodes[id].intermediate = true;
        }
        self.g.nodes[id].phony = phony;
        self.g.nodes[id].is_target = file.is_some_and(|f| f.is_target);
        let mut stages = Vec::new();
        if let Some(f) = file {
            for (i, rule) in f.rules.iter().enumerate() {
                let prereqs = if rule.deferred.is_empty() {
                    rule.prereqs.clone()
                } else {
                    self.expand_deferred(id, rule)
                };
                let stem = rule.stem.clone().unwrap_or_else(|| self.suffix_stem(&name));
                let also_make = rule
                    .group
                    .map(|g| {
                        db.group(g)
                            .iter()
                            .filter(|t| **t != name)
                            .cloned()
                            .collect()
                    })
                    .unwrap_or_default();
                let _ = i;
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
                let q = Query {
                    engine: self,
                    vpath: vpath.clone(),
                };
                implicit::search_indexed(db, &self.rule_index, &name, &q)
            };
            self.g.nodes[id].implicit_found = Some(found.is_some());
            if let Some(m) = found.as_ref().filter(|_| self.opts.debug.implicit()) {
                let prereqs = m.prereqs.iter().map(|p| p.name.clone()).collect();
                self.g.nodes[id].implicit_rule = Some(Box::new((m.stem.clone(), prereqs)));
            }
            if let Some(m) = found {
                for i in recipeless {
                    self.apply_match(id, &m, &mut stages[i]);
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
                    node: self.g.id(&p.name),
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
            });
        }
        self.g.nodes[id].stages = out;
        self.add_extra_prereqs(id);
    }

    /// `.EXTRA_PREREQS` (GNU 4.3): more prerequisites for the target, left out of `$^`.
    fn add_extra_prereqs(&mut self, id: NodeId) {
        // Only the target's own (and pattern-specific) value counts: GNU computes extra
        // prerequisites after reading, without inheritance from a parent target.
        // GNU gives them to targets (and to files an implicit rule makes), not to a file
        // that is only mentioned, such as a makefile without a rule.
        let n = &self.g.nodes[id];
        if !n.is_target && n.stages.iter().all(|st| st.recipe.is_none()) {
            return;
        }
        let mut frames = Vec::new();
        self.frames_of(&self.g.nodes[id].name.clone(), false, &mut frames);
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
        if names.contains(&self.g.nodes[id].name) {
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
        id: NodeId,
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
        let mut prereqs = m.prereqs.clone();
        if let Some(d) = &rule.deferred {
            // `$$^`, `$$+` and `$$|` are the target's own (explicit) prerequisites here.
            let (oo, normal): (Vec<&Prereq>, Vec<&Prereq>) =
                stage.0.iter().partition(|p| p.order_only);
            let names = |v: Vec<&Prereq>| v.into_iter().map(|p| p.name.clone()).collect::<Vec<_>>();
            let before = (names(normal), names(oo));
            let text = d.text.clone();
            for p in self.second_expand_with(id, &text, Some(&m.stem), (&before.0, &before.1)) {
                prereqs.push(p);
            }
        }
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
            self.apply_match(child, sub, &mut st);
            let deps =
                st.0.iter()
                    .map(|p| Dep {
                        node: self.g.id(&p.name),
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
            let names = |v: Vec<&Prereq>| v.into_iter().map(|p| p.name.clone()).collect::<Vec<_>>();
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
    fn vpath_var(&mut self) -> Vec<String> {
        let scope = super::Scope::default();
        match self.exp.value("VPATH", &scope) {
            Ok(Some(v)) => v
                .split([':', ' ', '\t'])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// `dir/name` for the first `vpath`/`VPATH` directory holding `name`.
    pub(super) fn vpath_lookup(&self, name: &str, vpath_var: &[String]) -> Option<String> {
        if name.starts_with('/') {
            return None;
        }
        let dirs = self.db.vpaths().dirs_for(name);
        dirs.iter()
            .copied()
            .chain(vpath_var.iter().map(String::as_str))
            .map(|d| format!("{}/{name}", d.trim_end_matches('/')))
            .find(|p| self.file_exists(p))
    }
}
