//! The recursive walk of GNU make's `update_file_1`: update prerequisites first, then
//! decide from file times whether the target must be remade, then start its recipe.

use super::engine::Engine;
use super::explain::Why;
use super::report;
use crate::make::graph::{NodeId, NodeState};
use crate::make::plan::Stamp;

/// Where an update stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// Finished: `true` when it succeeded.
    Done(bool),
    /// Waiting for a running recipe (here or in a prerequisite).
    Running,
}

impl Engine<'_> {
    /// Updates node `id` as far as possible without blocking (under `-j`).
    pub(super) fn update(&mut self, id: NodeId, parent: Option<NodeId>, depth: usize) -> Progress {
        if self.opts.debug.verbose()
            && matches!(self.g.nodes[id].state, NodeState::Done | NodeState::Running)
        {
            self.explain_settled(id, depth);
        }
        match self.g.nodes[id].state {
            NodeState::Done => {
                let ok = self.g.nodes[id].ok;
                // It failed silently as a `-include`d makefile; now someone cares (GNU).
                if !ok && !self.opts.dont_care {
                    let own = self.no_diag.contains(&id);
                    let silent = own || {
                        let mut seen = rustc_hash::FxHashSet::default();
                        self.silent_failure(id, &mut Vec::new(), &mut seen)
                    };
                    if silent {
                        self.complain_no_diag(id, parent, own);
                    }
                }
                return Progress::Done(ok);
            }
            NodeState::Running => return Progress::Running,
            NodeState::Visiting | NodeState::Idle => {}
        }
        if self.g.nodes[id].stage_finished {
            self.g.nodes[id].stage_finished = false;
            self.g.nodes[id].next_stage();
        }
        if self.g.nodes[id].parent().is_none() {
            self.g.nodes[id].set_parent(parent);
        }
        self.g.nodes[id].considered = self.g.pass;
        let trace = self.opts.debug.any();
        let first = !self.g.nodes[id].resolved;
        if first {
            self.resolve(id);
        }
        if trace {
            self.explain_considering(id, depth);
        }
        if self.g.nodes[id].stamp_before.is_none() {
            let s = self.stamp(id);
            self.g.nodes[id].stamp_before = Some(s);
        }
        if self.old.contains(&*self.g.nodes[id].name) {
            // GNU marks `-o` files updated before it starts: their prerequisites are not
            // even looked at.
            self.mark_done(id, true);
            return Progress::Done(true);
        }
        self.g.nodes[id].state = NodeState::Visiting;
        if trace && self.opts.debug.verbose() {
            self.explain_finished_rules(id, depth);
        }
        let mut entry = 0;
        loop {
            let stage = self.g.nodes[id].stage();
            if stage >= self.g.nodes[id].stages.len() {
                self.g.nodes[id].state = NodeState::Done;
                return Progress::Done(self.g.nodes[id].ok);
            }
            if self.g.nodes[id].stages[stage].made {
                self.g.nodes[id].next_stage();
                continue;
            }
            if self.g.nodes[id].stages[stage].claimed {
                // Another member's run of this record's group is under way.
                self.g.nodes[id].state = NodeState::Idle;
                return Progress::Running;
            }
            if trace {
                // Each `::` rule is a file of its own to GNU: its own head lines.
                if entry > 0 {
                    self.explain_considering(id, depth);
                }
                self.explain_existence(id, depth, first && entry == 0);
            }
            entry += 1;
            self.explain_begin(id, depth);
            let mut int_must = false;
            let deps = self.update_deps(id, stage, depth, &mut int_must);
            let must = match deps {
                Progress::Done(true) if !self.stop => {
                    let (m, why) = self.must_remake(id, stage);
                    Some((m || int_must, why))
                }
                _ => None,
            };
            let must_now = must.is_some_and(|(m, _)| m);
            // GNU updates intermediate prerequisites only once it knows the target
            // must be remade (remake.c, update_file_1).
            let deps = if must_now {
                self.update_intermediates(id, stage, depth)
            } else {
                deps
            };
            if trace {
                self.explain_prerequisites_done(id, depth, deps);
            }
            match deps {
                Progress::Running => {
                    self.g.nodes[id].state = NodeState::Idle;
                    return Progress::Running;
                }
                Progress::Done(false) if !must_now && self.next_rule_under_k(id) => {
                    self.report_not_remade(id, depth);
                    self.g.nodes[id].ok = false;
                    self.g.nodes[id].next_stage();
                    continue;
                }
                Progress::Done(false) => return self.deps_failed(id, depth),
                Progress::Done(true) => {}
            }
            let Some((must, why)) = must else {
                self.g.nodes[id].state = NodeState::Idle;
                return Progress::Done(false);
            };
            self.explain_decide(id, stage, (must, why, int_must));
            if trace {
                self.explain_each_prerequisite(id, stage, depth);
                self.explain_decision(id, depth, must, why);
            }
            if must {
                let p = self.remake(id, stage);
                if trace {
                    self.explain_outcome(id, depth, p);
                }
                match p {
                    Progress::Running => {
                        self.g.nodes[id].state = NodeState::Running;
                        return Progress::Running;
                    }
                    Progress::Done(false) => {
                        self.mark_done(id, false);
                        return Progress::Done(false);
                    }
                    Progress::Done(true) => {}
                }
            }
            self.g.nodes[id].next_stage();
        }
    }

    fn update_deps(&mut self, id: NodeId, stage: usize, depth: usize, must: &mut bool) -> Progress {
        let deps = self.g.nodes[id].stages[stage].deps.clone();
        let mut running = false;
        let mut failed = false;
        let mut dropped = Vec::new();
        let this = self.stamp(id);
        for (i, mut d) in deps.into_iter().enumerate() {
            if let Some(to) = self.vpath_rename(d.node) {
                d.node = to;
                self.g.nodes[id].stages[stage].deps[i].node = to;
            }
            if self.is_intermediate(d.node) && self.g.nodes[d.node].state != NodeState::Visiting {
                // An order-only one never makes the target out of date (GNU's
                // `ignore_mtime`).
                let mut ignored = false;
                let must_here = if d.order_only {
                    &mut ignored
                } else {
                    &mut *must
                };
                match self.check_intermediate(d.node, id, this, depth + 2, must_here) {
                    Progress::Running => running = true,
                    Progress::Done(false) => failed = true,
                    Progress::Done(true) => {}
                }
                if (failed && !self.opts.keep_going) || self.stop {
                    break;
                }
                continue;
            }
            if self.g.nodes[d.node].state == NodeState::Visiting {
                let msg = report::circular(
                    &self.opts.program,
                    &self.g.nodes[id].name,
                    &self.g.nodes[d.node].name,
                );
                report::err(&msg);
                dropped.push(d.node);
                continue;
            }
            if self.update_dep(d.node, id, depth + 2, &mut running, &mut failed) {
                break;
            }
        }
        if !dropped.is_empty() {
            self.g.nodes[id].stages[stage]
                .deps
                .retain(|d| !dropped.contains(&d.node));
        }
        if failed && (!self.opts.keep_going || !running) {
            Progress::Done(false)
        } else if running {
            Progress::Running
        } else {
            Progress::Done(true)
        }
    }

    fn deps_failed(&mut self, id: NodeId, depth: usize) -> Progress {
        self.mark_done(id, false);
        self.report_not_remade(id, depth);
        Progress::Done(false)
    }

    fn report_not_remade(&mut self, id: NodeId, depth: usize) {
        // Not while remaking makefiles: GNU says "Failed to remake makefile" afterwards.
        let quiet = self.opts.dry_run || self.opts.question || self.opts.makefiles;
        if depth == 0 && self.opts.keep_going && !quiet {
            let name = self.traced_name(id);
            let msg = report::not_remade(&self.opts.program, &name);
            report::err(&msg);
        }
    }

    /// Under `-k`, GNU goes on to a file's next `::` rule whatever became of the one before
    /// (the file stays failed): whether there is such a rule to go on to.
    pub(super) fn next_rule_under_k(&self, id: NodeId) -> bool {
        let n = &self.g.nodes[id];
        self.opts.keep_going && n.stage() + 1 < n.stages.len()
    }

    pub(super) fn mark_done(&mut self, id: NodeId, ok: bool) {
        let n = &mut self.g.nodes[id];
        n.state = NodeState::Done;
        n.ok = ok;
        // GNU's no_diag: a file that failed while remaking a makefile nobody cares about
        // (a prerequisite inherits the "don't care") was not reported.
        if !ok && self.opts.dont_care {
            self.no_diag.insert(id);
        }
    }

    /// The current time of node `id` (cached).
    pub(super) fn stamp(&mut self, id: NodeId) -> Stamp {
        let n = &self.g.nodes[id];
        // A `-W` or `-o` file also counts when a vpath search found it under that name
        // (GNU's selective_vpath_search takes the time from the file table).
        // The vpath name is compared as GNU enters names: `./x-dir/x` is `x-dir/x`.
        let path = n.path();
        let path = path.strip_prefix("./").unwrap_or(path);
        if n.assumed_new || self.new.contains(&*n.name) || self.new.contains(path) {
            return Stamp::New;
        }
        if n.phony {
            // GNU treats phony targets as never existing.
            return Stamp::Missing;
        }
        if self.old.contains(&*n.name) || self.old.contains(n.path()) {
            // GNU gives `-o` files a very old time whether they exist or not.
            return Stamp::Old;
        }
        if let Some(s) = n.stamp {
            return s;
        }
        self.library_after_remake(id);
        let low = self.low_resolution(id);
        let n = &self.g.nodes[id];
        let mut s = match crate::make::plan::archive::split_member(n.path()) {
            // An archive member's time is the one recorded in the archive.
            Some((a, m)) => crate::make::plan::archive::member_mtime(std::path::Path::new(a), m)
                .map_or(Stamp::Missing, Stamp::At),
            None if self.listed_missing(n.path()) => Stamp::Missing,
            None => Stamp::of(
                std::path::Path::new(n.path()),
                self.opts.check_symlink_times,
                false,
            ),
        };
        if low {
            let coarse = Stamp::of(std::path::Path::new(n.path()), false, true);
            if coarse != s && n.stamp_before.is_none() {
                report::err(&format!(
                    "{}: *** Warning: .LOW_RESOLUTION_TIME file '{}' has a high resolution time stamp",
                    self.opts.program, n.path()
                ));
            }
            s = coarse;
        }
        if let (Stamp::At(t), false) = (s, self.g.nodes[id].ran) {
            if let Some(w) = crate::make::plan::skew::check(&self.opts.program, &n.name, t) {
                report::err(&w);
            }
        }
        self.g.nodes[id].stamp = Some(s);
        s
    }

    /// Whether [`Engine::stamp`] would take `id`'s time from its file's modification time
    /// alone, so that a time read elsewhere may stand for it: not under `-L` (the newer of
    /// link and target), not for an archive member (the archive records its time) nor a
    /// `.LOW_RESOLUTION_TIME` file (whole seconds, with a warning).
    pub(super) fn stamp_is_mtime(&self, id: NodeId) -> bool {
        let name = &self.g.nodes[id].name;
        !self.opts.check_symlink_times
            && crate::make::plan::archive::split_member(name).is_none()
            && !self.low_resolution(id)
    }

    /// Whether `id` is a `.LOW_RESOLUTION_TIME` file.
    fn low_resolution(&self, id: NodeId) -> bool {
        let name = &self.g.nodes[id].name;
        self.db.file(name).is_some_and(|f| f.flags.low_resolution)
    }

    /// GNU's `d->changed`: the prerequisite was remade (its time moved) or does not exist.
    pub(super) fn dep_changed(&mut self, d: NodeId) -> bool {
        let now = self.stamp(d);
        if crate::make::plan::archive::split_member(&self.g.nodes[d].name).is_some() {
            // An archive member counts as changed only when it was missing (checked against
            // GNU make 4.3): otherwise its recorded time is compared with the archive's.
            return now == Stamp::Missing || self.g.nodes[d].stamp_before == Some(Stamp::Missing);
        }
        now == Stamp::Missing || Some(now) != self.g.nodes[d].stamp_before
    }

    /// Normal prerequisites newer than (or changed relative to) the target: GNU's `$?`.
    pub(super) fn newer_deps(&mut self, id: NodeId, stage: usize) -> Vec<NodeId> {
        self.changed_deps(id, stage, self.opts.always_make)
    }

    /// [`Engine::newer_deps`], with every prerequisite counted when `all` (`-B`).
    fn changed_deps(&mut self, id: NodeId, stage: usize, all: bool) -> Vec<NodeId> {
        let this = self.stamp(id);
        let noexist = this == Stamp::Missing;
        let deps = self.g.nodes[id].stages[stage].deps.clone();
        let mut out = Vec::new();
        let mut seen = std::collections::HashSet::new();
        // A .LOW_RESOLUTION_TIME target is compared in whole seconds, as is an archive
        // member (the archive records seconds; GNU marks members low resolution).
        let low = self.low_resolution(id)
            || crate::make::plan::archive::split_member(&self.g.nodes[id].name).is_some();
        for d in deps.iter().filter(|d| !d.order_only) {
            if self.is_intermediate(d.node) {
                continue;
            }
            let mut ds = self.stamp(d.node);
            if low {
                ds = ds.seconds();
            }
            // Under -B every prerequisite counts as changed (GNU's `$?` lists them all).
            let changed = all || self.dep_changed(d.node) || noexist || ds > this;
            if changed && !d.extra && seen.insert(d.node) {
                out.push(d.node);
            }
        }
        out
    }

    fn extra_changed(&mut self, id: NodeId, stage: usize) -> bool {
        let this = self.stamp(id);
        let extras: Vec<NodeId> = self.g.nodes[id].stages[stage]
            .deps
            .iter()
            .filter(|d| d.extra)
            .map(|d| d.node)
            .collect();
        extras
            .into_iter()
            .any(|d| self.dep_changed(d) || this == Stamp::Missing || self.stamp(d) > this)
    }

    /// Whether stage `stage` of `id` must be remade now that its prerequisites are up to
    /// date, and which of GNU's rules decided (for `--debug`).
    fn must_remake(&mut self, id: NodeId, stage: usize) -> (bool, Why) {
        let name = self.g.nodes[id].name.clone();
        if self.old.contains(&*name) {
            return (false, Why::Old);
        }
        let this = self.stamp(id);
        let noexist = this == Stamp::Missing;
        // `-B` makes every prerequisite count in `$?`, not in this decision (GNU).
        let deps_changed =
            !self.changed_deps(id, stage, false).is_empty() || self.extra_changed(id, stage);
        let n = &self.g.nodes[id];
        let st = &n.stages[stage];
        let double = self
            .db
            .file(&name)
            .is_some_and(|f| f.colon == crate::make::rule::Colon::Double);
        if double && st.deps.is_empty() {
            return (true, Why::DoubleColonNoDeps);
        }
        // A `::` target missing when make started is missing for each of its rules, even
        // after an earlier one made it (GNU checks the family's time once).
        let noexist = noexist || (double && stage > 0 && n.stamp_before == Some(Stamp::Missing));
        if !noexist && n.is_target && !deps_changed && st.recipe.is_none() && !self.opts.always_make
        {
            return (false, Why::NoRecipeNoChange);
        }
        if noexist || deps_changed {
            return (true, Why::Times);
        }
        let always = self.opts.always_make && st.recipe.is_some();
        (always, if always { Why::AlwaysMake } else { Why::Times })
    }

    /// Updates prerequisite `dep` of `parent` (at GNU's `depth` for it), noting whether it
    /// is still running or failed; returns true when the walk over the remaining
    /// prerequisites must stop.
    pub(super) fn update_dep(
        &mut self,
        dep: NodeId,
        parent: NodeId,
        depth: usize,
        running: &mut bool,
        failed: &mut bool,
    ) -> bool {
        match self.update(dep, Some(parent), depth) {
            Progress::Running => *running = true,
            Progress::Done(false) => *failed = true,
            Progress::Done(true) => {}
        }
        (*failed && !self.opts.keep_going) || self.stop
    }

    /// Remakes stage `stage` of `id`: runs (or starts) its recipe, or reports no rule.
    fn remake(&mut self, id: NodeId, stage: usize) -> Progress {
        let n = &self.g.nodes[id];
        if n.stages[stage].recipe.is_some() {
            if let Some(native) = self.native_for(id) {
                if self.opts.explain {
                    self.explain_native(id);
                    return self.job_done(id, true);
                }
                return self.remake_natively(id, native);
            }
            return self.start_job(id, stage);
        }
        if n.phony || n.is_target {
            return Progress::Done(true);
        }
        if self.opts.dont_care {
            // Remaking a `-include`d makefile: not being able to is no error (GNU).
            self.no_diag.insert(id);
            return Progress::Done(false);
        }
        // A parent found in a GPATH directory already has its vpath name (GNU renames it
        // when it first looks at its time).
        let parent = n.parent().map(|p| self.traced_name(p));
        self.explain_no_rule(id);
        self.complain(id, parent.as_deref());
        Progress::Done(false)
    }
}
