//! The `#  ...` state lines of one file entry, from the rule database and the engine's
//! node after the run: flags from special targets and the command line, implicit search,
//! stem, intermediate, also-makes and the automatic variables of the recipe it ran. The
//! file time is `file_time.rs`'s, whether and how it was updated `file_update.rs`'s.

use std::fmt::Write as _;

use super::facts::{Facts, GraphFacts};
use super::Dump;
use crate::make::graph::{Graph, Node};
use crate::make::rule::{Colon, File};

/// What is known of one file.
pub struct State<'a> {
    pub(super) d: &'a Dump<'a>,
    pub(super) facts: &'a Facts,
    pub(super) name: &'a str,
    pub(super) file: Option<&'a File>,
    pub(super) node: Option<&'a Node>,
    /// The graph `node` is in.
    pub(super) graph: Option<&'a Graph>,
    pub(super) builtin: bool,
    /// A makefile GNU checked before reading the goals (and the engine did not reach).
    pub(super) makefile: bool,
}

impl<'a> State<'a> {
    pub fn new(
        d: &'a Dump<'a>,
        facts: &'a Facts,
        name: &'a str,
        file: Option<&'a File>,
        (graph, node): (Option<&'a Graph>, Option<&'a Node>),
        builtin: bool,
    ) -> Self {
        let makefile =
            d.makefiles_checked && node.is_none() && d.makefiles.iter().any(|m| m == name);
        Self {
            d,
            facts,
            name,
            file,
            node,
            graph,
            builtin,
            makefile,
        }
    }

    /// The flags special targets set; GNU applies them only once reading is complete.
    pub(super) fn flags(&self) -> crate::make::rule::Flags {
        match self.file {
            Some(f) if self.d.makefiles_checked => f.flags,
            _ => crate::make::rule::Flags::default(),
        }
    }

    /// All state lines of rule `rule` (0 unless double-colon).
    pub fn lines(&self, out: &mut String, rule: usize) {
        let flags = self.flags();
        let precious_pattern = self.d.makefiles_checked
            && self
                .d
                .db
                .globals()
                .precious_patterns
                .iter()
                .any(|p| p == self.name);
        if flags.precious || precious_pattern {
            out.push_str("#  Precious file (prerequisite of .PRECIOUS).\n");
        }
        if flags.phony {
            out.push_str("#  Phony target (prerequisite of .PHONY).\n");
        }
        if self.d.cmd_goals.iter().any(|g| g == self.name) {
            out.push_str("#  Command line target.\n");
        }
        if self.builtin {
            out.push_str("#  Builtin rule\n");
        }
        if self.tried_implicit_for(rule) {
            out.push_str("#  Implicit rule search has been done.\n");
        } else {
            out.push_str("#  Implicit rule search has not been done.\n");
        }
        if let Some(stem) = self.stem(rule) {
            let _ = writeln!(out, "#  Implicit/static pattern stem: '{stem}'");
        }
        if self.intermediate(flags) {
            out.push_str("#  File is an intermediate prerequisite.\n");
        }
        let also = self.also_makes();
        if !also.is_empty() {
            let _ = writeln!(out, "#  Also makes: {}", also.join(" "));
        }
        out.push_str(&self.time_line());
        self.update_lines(out, rule);
        self.automatic(out, rule);
    }

    /// GNU gives `.DEFAULT`'s recipe to every file it searched rules for in vain and that
    /// is not a target, whether or not the file exists.
    pub fn default_recipe(&self) -> bool {
        self.tried_implicit() && !self.file.is_some_and(|f| f.is_target)
    }

    /// [`State::tried_implicit`] for one rule: GNU searches only for the recipe-less rules
    /// of a double-colon file.
    fn tried_implicit_for(&self, rule: usize) -> bool {
        let has_own_recipe = self
            .file
            .filter(|f| f.colon == Colon::Double)
            .and_then(|f| f.rules.get(rule))
            .is_some_and(|r| r.recipe.is_some());
        !has_own_recipe && self.tried_implicit()
    }

    pub(super) fn tried_implicit(&self) -> bool {
        if self.d.old_files.iter().any(|o| o == self.name) {
            return false;
        }
        if let Some(n) = self.node {
            return n.tried_implicit;
        }
        self.makefile
            && !self
                .file
                .is_some_and(|f| f.has_recipe() || f.colon == Colon::Double)
    }

    fn stem(&self, rule: usize) -> Option<String> {
        if let Some(s) = self
            .file
            .and_then(|f| f.rules.get(rule))
            .and_then(|r| r.stem.as_deref().map(str::to_owned))
        {
            return Some(s);
        }
        let n = self.node?;
        if let Some(a) = self.autos(rule) {
            return Some(a.stem);
        }
        let st = n.stages.get(rule)?;
        st.implicit.then(|| st.stem.to_string())
    }

    fn intermediate(&self, flags: crate::make::rule::Flags) -> bool {
        // `.SECONDARY:` without prerequisites marks every file known after reading.
        let known_after_reading = self.node.is_none() || self.file.is_some();
        let applied = self.d.makefiles_checked && self.d.db.globals().secondary_all;
        if applied && !self.makefile && known_after_reading {
            return true;
        }
        // Files named by .INTERMEDIATE or .SECONDARY are marked from the start, walked or not.
        flags.intermediate || flags.secondary || self.node.is_some_and(|n| n.intermediate)
    }

    /// Whether the file was made as another target of a pattern rule (`%.tab.c %.tab.h:`):
    /// GNU counts it a target, and under -n reads its real time.
    pub(super) fn made_by_pattern_with_others(&self) -> bool {
        let (Some(facts), Some(n)) = (self.graph_facts(), self.node) else {
            return false;
        };
        self.graph
            .and_then(|g| g.find(&n.name))
            .is_some_and(|id| facts.also_made.contains(&id))
    }

    /// The facts about the graph this file's node is in.
    pub(super) fn graph_facts(&self) -> Option<&'a GraphFacts> {
        let g = self.graph?;
        let in_run = self.d.graph.is_some_and(|m| std::ptr::eq(m, g));
        Some(&self.facts.graphs[usize::from(!in_run)])
    }

    /// The other targets of a grouped rule (the file itself included, as GNU lists it),
    /// or of the pattern rule that made it.
    fn also_makes(&self) -> Vec<String> {
        if let Some(g) = self
            .file
            .and_then(File::rule)
            .and_then(crate::make::rule::Rule::group)
        {
            let mut names: Vec<String> = self.d.db.group(g).to_vec();
            names.reverse();
            return names;
        }
        let (Some(g), Some(n)) = (self.graph, self.node) else {
            return Vec::new();
        };
        n.stages
            .first()
            .map(|st| {
                st.also_make
                    .iter()
                    .map(|&i| g.nodes[i].name.to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `# automatic` / `# @ := target` pairs of the recipe the file ran.
    /// The automatic variables GNU kept for rule `rule`: those of the recipe it ran, else
    /// those it set for a second expansion of the prerequisites (only `$@` known then).
    fn autos(&self, rule: usize) -> Option<crate::make::exec::AutoVars> {
        let n = self.node?;
        if let Some(a) = n.auto(rule) {
            return Some(a.clone());
        }
        let deferred = self
            .file
            .and_then(|f| f.rules.get(rule))
            .is_some_and(|r| !r.deferred.is_empty());
        (deferred && n.resolved).then(|| crate::make::exec::AutoVars {
            target: n.name.to_string(),
            ..Default::default()
        })
    }

    fn automatic(&self, out: &mut String, rule: usize) {
        let Some(a) = self.autos(rule) else {
            return;
        };
        for c in ['@', '*', '<', '+', '%', '^', '?', '|'] {
            let value = a.get(c).unwrap_or_default();
            let shown = super::variables::shown_value(&value, false);
            let _ = writeln!(out, "# automatic\n# {c} := {shown}");
        }
    }
}
