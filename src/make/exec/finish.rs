//! What happens when a recipe line's child ends: the next line, an ignored error, or a
//! failure with GNU's message; and the bookkeeping when a whole recipe is done.

use super::engine::Engine;
use super::job::Job;
use super::report;
use super::walk::Progress;
use super::OutputSync;
use crate::make::graph::{NodeId, NodeState};
use crate::make::rule::{Location, Recipe};

impl Engine<'_> {
    pub(super) fn is_ignored(&self, job: &Job, i: usize) -> bool {
        job.lines[i].ignore
            || self.opts.ignore_errors
            || self.db.globals().ignore_all
            || self
                .db
                .file(&self.g.nodes[job.node].name)
                .is_some_and(|f| f.flags.ignore)
    }

    /// Reports a failed line. Returns true when the failure is ignored (go on).
    pub(super) fn line_failed(&mut self, job: &Job, i: usize, status: i32) -> bool {
        let ignored = self.is_ignored(job, i);
        let loc = line_location(&job.recipe, job.lines[i].index);
        let what = report::describe_status(status);
        let name = &self.g.nodes[job.node].name;
        // GNU's child_error: ignored errors are not reported under -s.
        // GNU's reap_children: a failure while remaking a `-include`d makefile is silent.
        if !(ignored && self.run_silent()) && (ignored || !self.opts.dont_care) {
            if !ignored {
                if let Some(e) = self.goal_error.take() {
                    job.echo_err(&e);
                }
            }
            let msg = report::recipe_failed(&self.opts.program, loc.as_ref(), name, &what, ignored);
            job.echo_err(&msg);
        }
        ignored
    }

    /// Waits for one child and moves its job on.
    pub(super) fn reap_one(&mut self) {
        loop {
            super::signals::check(self);
            let Some((pid, status)) = super::spawn::wait_any(true) else {
                if self.running.is_empty() {
                    return;
                }
                if std::io::Error::last_os_error().raw_os_error() == Some(libc::ECHILD) {
                    // Our children were reaped elsewhere: report them as failed.
                    let pid = self.running[0].pid;
                    self.reaped(pid, 1 << 8);
                    return;
                }
                continue;
            };
            if self.running.iter().any(|j| j.pid == pid) {
                super::signals::check_with(self, Some((pid, status)));
                return;
            }
        }
    }

    /// Moves on the job whose child `pid` ended with `status`.
    pub(super) fn reaped(&mut self, pid: i32, status: i32) {
        if let Some(idx) = self.running.iter().position(|j| j.pid == pid) {
            let job = self.running.remove(idx);
            let traced = self.opts.debug.jobs();
            let node = job.node;
            if traced {
                super::debug::live_child(&self.g.nodes[node].name, pid);
                super::debug::reaping(pid, status == 0);
            }
            // The job is finished as the goal that started it would (under -j another
            // makefile, with another "don't care", may be walked meanwhile).
            let walking = std::mem::replace(&mut self.opts.dont_care, job.dont_care);
            self.child_finished(job, status);
            self.opts.dont_care = walking;
            // The recipe is over unless its next line runs now.
            if traced && !self.running.iter().any(|j| j.node == node) {
                super::debug::removing_child(pid);
            }
        }
    }

    fn child_finished(&mut self, mut job: Job, status: i32) {
        self.exists_cache.borrow_mut().clear();
        self.recipes_finished.set(true);
        if self.opts.output_sync == OutputSync::Line {
            job.flush();
        }
        let id = job.node;
        let signaled = libc::WIFSIGNALED(status);
        let quiet_question = self.opts.question
            && job.lines[job.current].recursive
            && libc::WIFEXITED(status)
            && libc::WEXITSTATUS(status) == 1
            && !self.is_ignored(&job, job.current);
        if quiet_question {
            // A recursive `make -q` said "out of date": no error message, exit 1. (An
            // ignored line reports it as an ignored error and goes on, as in GNU.)
            job.flush();
            self.release_slot(&job);
            self.raise_question(id);
            self.g.nodes[id].state = NodeState::Done;
            self.g.nodes[id].ok = false;
            return;
        }
        let ok = if status == 0 || (self.line_failed(&job, job.current, status) && !signaled) {
            match self.advance_boxed(job) {
                None => return,
                Some(ok) => ok,
            }
        } else {
            job.flush();
            self.release_slot(&job);
            if signaled {
                self.delete_target(id);
            } else {
                self.delete_on_error(id);
            }
            false
        };
        let _ = self.job_done(id, ok);
    }

    fn advance_boxed(&mut self, job: Job) -> Option<bool> {
        self.advance(job)
    }

    /// Records a finished recipe: the target's time is read again (or assumed new under
    /// `-n`), grouped targets are done too.
    pub(super) fn job_done(&mut self, id: NodeId, ok: bool) -> Progress {
        if !ok {
            // A makefile nobody cares about failing does not stop the others (GNU).
            if self.opts.dont_care {
                self.no_diag.insert(id);
            } else {
                self.failed = true;
                if !self.opts.keep_going {
                    self.stop = true;
                }
            }
            if self.next_rule_under_k(id) {
                // This rule failed; the walk goes on to the next one as after a success.
                let n = &mut self.g.nodes[id];
                n.ok = false;
                if n.state == NodeState::Running {
                    n.stage_finished = true;
                    n.state = NodeState::Idle;
                    return Progress::Running;
                }
                return Progress::Done(true);
            }
            self.mark_done(id, false);
            return Progress::Done(false);
        }
        if let Some(times) = self
            .touch_after
            .remove(&id)
            .filter(|_| !self.g.nodes[id].phony)
        {
            let name = self.g.nodes[id].name.clone();
            if !self.run_silent() {
                for _ in 0..times {
                    report::out(&format!("touch {name}"));
                }
            }
            if !self.opts.dry_run {
                super::touch::touch(&name);
            }
        }
        let stage = self.g.nodes[id].stage();
        let all_recursive = self.g.nodes[id].all_recursive;
        let assume = (self.opts.dry_run || self.opts.question || self.opts.touch) && !all_recursive;
        let mut ids = vec![id];
        let mut group = None;
        if let Some(st) = self.g.nodes[id].stages.get(stage) {
            ids.extend(st.also_make.clone());
            group = st.group_id();
        }
        for (k, &n) in ids.iter().enumerate() {
            if k > 0 && group.is_some() && self.made_in_group(n, group) {
                continue;
            }
            let node = &mut self.g.nodes[n];
            node.stamp = None;
            node.ran = true;
            if assume && !node.phony {
                node.assumed_new = true;
            }
            if k > 0 {
                let explicit = self
                    .db
                    .file(&node.name)
                    .is_some_and(crate::make::rule::File::has_recipe);
                if !node.resolved && explicit {
                    self.resolve(n);
                }
                let node = &mut self.g.nodes[n];
                if node.stamp_before.is_none() {
                    node.stamp_before = Some(crate::make::plan::Stamp::Missing);
                }
                node.resolved = true;
                node.state = NodeState::Done;
                node.ok = true;
            }
        }
        let n = &mut self.g.nodes[id];
        if n.state == NodeState::Running {
            n.stage_finished = true;
            n.state = NodeState::Idle;
            return Progress::Running;
        }
        Progress::Done(true)
    }
}

impl Engine<'_> {
    /// A `&::` group's recipe ran: the member's `::` record of that group is made, not the
    /// member's other records (GNU marks one record finished). False when the member has
    /// no such record (then the whole file is done, as for `&:`).
    fn made_in_group(&mut self, n: NodeId, group: Option<u32>) -> bool {
        if !self.g.nodes[n].resolved {
            self.resolve(n);
        }
        let node = &mut self.g.nodes[n];
        let Some(st) = node
            .stages
            .iter_mut()
            .find(|st| st.group_id() == group && !st.made)
        else {
            return false;
        };
        st.made = true;
        st.claimed = false;
        node.ran = true;
        node.stamp = None;
        true
    }

    /// A `&::` group's recipe starts: the member's record of that group is held until it
    /// ends (the member's walk waits there: GNU runs no later `::` record of a file while
    /// one is running). False when the member has no such record.
    pub(super) fn claim_group_stage(&mut self, n: NodeId, group: Option<u32>) -> bool {
        if group.is_none() {
            return false;
        }
        if !self.g.nodes[n].resolved {
            self.resolve(n);
        }
        let node = &mut self.g.nodes[n];
        match node
            .stages
            .iter_mut()
            .find(|st| st.group_id() == group && !st.made)
        {
            Some(st) => {
                st.claimed = true;
                true
            }
            None => false,
        }
    }
}

/// GNU reports line `first recipe line + index` (logical lines, so continuation lines in
/// between shift it, as in GNU).
fn line_location(recipe: &Recipe, i: usize) -> Option<Location> {
    let first = recipe.lines.first()?;
    if first.loc.is_builtin() {
        return Some(first.loc.clone());
    }
    let mut loc = first.loc.clone();
    loc.line += u32::try_from(i).unwrap_or(0);
    Some(loc)
}
