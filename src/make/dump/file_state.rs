//! The `#  ...` state lines of one file entry, from the rule database and the engine's
//! node after the run: flags from special targets and the command line, implicit search,
//! stem, intermediate, also-makes, the file time, whether and how it was updated, and the
//! automatic variables of the recipe it ran.

use std::fmt::Write as _;

use super::Dump;
use crate::make::graph::{Graph, Node, NodeState};
use crate::make::plan::archive::split_member;
use crate::make::plan::Stamp;
use crate::make::rule::{Colon, File};

/// What is known of one file.
pub struct State<'a> {
    d: &'a Dump<'a>,
    name: &'a str,
    file: Option<&'a File>,
    node: Option<&'a Node>,
    /// The graph `node` is in.
    graph: Option<&'a Graph>,
    builtin: bool,
    /// A makefile GNU checked before reading the goals (and the engine did not reach).
    makefile: bool,
}

impl<'a> State<'a> {
    pub fn new(
        d: &'a Dump<'a>,
        name: &'a str,
        file: Option<&'a File>,
        (graph, node): (Option<&'a Graph>, Option<&'a Node>),
        builtin: bool,
    ) -> Self {
        let makefile =
            d.makefiles_checked && node.is_none() && d.makefiles.iter().any(|m| m == name);
        Self {
            d,
            name,
            file,
            node,
            graph,
            builtin,
            makefile,
        }
    }

    /// The flags special targets set; GNU applies them only once reading is complete.
    fn flags(&self) -> crate::make::rule::Flags {
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
        if self.tried_implicit() {
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

    fn tried_implicit(&self) -> bool {
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
            .and_then(|r| r.stem.clone())
        {
            return Some(s);
        }
        let n = self.node?;
        if let Some(a) = self.autos(rule) {
            return Some(a.stem);
        }
        let st = n.stages.get(rule)?;
        st.pattern.as_ref().map(|_| st.stem.clone())
    }

    fn intermediate(&self, flags: crate::make::rule::Flags) -> bool {
        // `.SECONDARY:` without prerequisites marks every file known after reading.
        let known_after_reading = self.node.is_none() || self.file.is_some();
        let applied = self.d.makefiles_checked && self.d.db.globals().secondary_all;
        if applied && !self.makefile && known_after_reading {
            return true;
        }
        match self.node {
            Some(n) => n.intermediate,
            None => flags.intermediate || flags.secondary,
        }
    }

    /// The other targets of a grouped rule (the file itself included, as GNU lists it),
    /// or of the pattern rule that made it.
    fn also_makes(&self) -> Vec<String> {
        if let Some(g) = self.file.and_then(File::rule).and_then(|r| r.group) {
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
                    .map(|&i| g.nodes[i].name.clone())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether this file is the archive of a member the run looked at.
    fn is_archive(&self) -> bool {
        self.d.graph.or(self.graph).is_some_and(|g| {
            g.iter()
                .any(|n| split_member(&n.name).is_some_and(|(a, _)| a == self.name))
        })
    }

    fn stamp(&self) -> Option<Stamp> {
        let Some(n) = self.node else {
            if self.flags().phony {
                return Some(Stamp::Missing);
            }
            if self.is_archive() {
                return Some(Stamp::of(std::path::Path::new(self.name), false, false));
            }
            if self.makefile {
                let p = std::path::Path::new(self.name);
                return Some(Stamp::of(p, false, false));
            }
            return None;
        };
        if n.assumed_new {
            return Some(Stamp::New);
        }
        if n.phony || self.flags().phony {
            // GNU gives phony files "no such file" as it reads them.
            return Some(Stamp::Missing);
        }
        if n.state == NodeState::Done && !n.ran && n.is_target && !n.has_recipe() {
            // A target without recipe is looked at again once its prerequisites are made
            // (an archive whose members were just added now exists).
            let p = std::path::Path::new(&n.path);
            return Some(Stamp::of(p, false, false));
        }
        if let Some((archive, _)) = split_member(&n.name) {
            if !std::path::Path::new(archive).exists() {
                // No archive: GNU never learns the member's time.
                return None;
            }
        }
        if n.ran {
            // GNU forgets a file's time once its recipe ran and looks again when it goes
            // on (it does not after a failure that stops the run).
            let asked_again = n.ok || (self.d.keep_going && n.parent.is_some());
            if asked_again {
                let p = std::path::Path::new(&n.path);
                return Some(n.stamp.unwrap_or_else(|| Stamp::of(p, false, false)));
            }
            return if n.ok { n.stamp } else { None };
        }
        n.stamp.or(n.stamp_before)
    }

    fn time_line(&self) -> String {
        match self.stamp() {
            None => "#  Modification time never checked.\n".into(),
            Some(Stamp::Missing) => "#  File does not exist.\n".into(),
            Some(Stamp::Old) => "#  File is very old.\n".into(),
            Some(Stamp::At(t)) => format!("#  Last modified {}\n", super::header::timestamp(t)),
            // Assumed remade under -n/-t/-q: GNU shows a time far in the future.
            Some(Stamp::New) => "#  Last modified (assumed newer than any file)\n".into(),
        }
    }

    fn update_lines(&self, out: &mut String, rule: usize) {
        let later_rule = self
            .node
            .is_some_and(|n| rule > n.needs_update.unwrap_or(n.stage));
        let (updated, status) = if later_rule {
            // A double-colon rule the run never got to.
            (false, None)
        } else {
            self.update_state()
        };
        out.push_str(if updated {
            "#  File has been updated.\n"
        } else {
            "#  File has not been updated.\n"
        });
        if let Some(s) = status {
            out.push_str(s);
        }
    }

    fn update_state(&self) -> (bool, Option<&'static str>) {
        let Some(n) = self.node else {
            if self.makefile && !std::path::Path::new(self.name).exists() {
                return (true, Some("#  Failed to be updated.\n"));
            }
            if self.makefile {
                return (true, Some("#  Successfully updated.\n"));
            }
            return (false, None);
        };
        if n.needs_update.is_some() || self.dep_needs_update(n) {
            return (true, Some("#  Needs to be updated (-q is set).\n"));
        }
        if n.state != NodeState::Done {
            return (false, None);
        }
        if n.ok {
            (true, Some("#  Successfully updated.\n"))
        } else if self.d.question && n.ran {
            // Under -q a recursive make's "out of date" (status 1) fails the recipe.
            (true, Some("#  Needs to be updated (-q is set).\n"))
        } else if n.no_rule || (!n.ran && !self.d.keep_going) {
            // Without -k GNU stops at the first failure: the file that failed is marked,
            // the targets waiting for it are not ("No rule to make target" marks nothing).
            (false, None)
        } else {
            (true, Some("#  Failed to be updated.\n"))
        }
    }

    /// Under `-q`, a file is out of date as soon as a prerequisite (at any depth) is.
    fn dep_needs_update(&self, n: &Node) -> bool {
        let Some(g) = self.graph else { return false };
        let mut seen = std::collections::HashSet::new();
        let mut todo: Vec<&Node> = vec![n];
        while let Some(m) = todo.pop() {
            if m.stamp_before.is_none() {
                continue;
            }
            for dep in m.stages.iter().flat_map(|s| &s.deps) {
                let d = &g.nodes[dep.node];
                if d.needs_update.is_some() {
                    return true;
                }
                if seen.insert(dep.node) {
                    todo.push(d);
                }
            }
        }
        false
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
            target: n.name.clone(),
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
