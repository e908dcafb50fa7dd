//! Remaking makefiles (GNU make manual 3.5): after reading, every makefile read or looked
//! for is a goal, newest-read first, brought up to date in turn with its own "don't care"
//! flag (`-include`d ones that cannot be made are no error).

use super::engine::Engine;
use super::walk::Progress;
use crate::make::graph::NodeId;

/// One makefile to bring up to date.
#[derive(Debug, Clone)]
pub struct MakefileGoal {
    pub name: String,
    /// `-include`, `sinclude`, `MAKEFILES`: failing to make it is silent.
    pub dont_care: bool,
    /// Printed before a "No rule to make target" met while updating it (a missing
    /// `include`d makefile: GNU names the `include` line first).
    pub error: Option<String>,
    /// Its modification time as read right after reading, when it existed: the walk
    /// starts from it rather than asking again (GNU's one `f_mtime` per makefile).
    pub time: Option<std::time::SystemTime>,
}

/// What became of one makefile goal: `None` when it was not tried (make stopped first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MakefileResult {
    pub ok: bool,
    /// A recipe was started (or printed) for it or its prerequisites.
    pub started: bool,
}

impl Engine<'_> {
    /// Updates the makefile goals, newest-read first, as GNU's `update_goal_chain` does: under
    /// `-j` each goal is walked again after a child is reaped, so the recipes of several
    /// makefiles run at the same time. Each goal is walked with its own "don't care" flag.
    /// Returns the status (`EXIT_ERROR` when make must stop) and the result of each goal
    /// tried.
    pub fn update_makefiles(
        &mut self,
        goals: &[MakefileGoal],
    ) -> (i32, Vec<Option<MakefileResult>>) {
        super::signals::install();
        let mut results = vec![None; goals.len()];
        // Per goal: whether it was still to be made when first walked (GNU's no_diag), and
        // how many commands its walks started.
        let mut first_walk: Vec<Option<bool>> = vec![None; goals.len()];
        let mut started = vec![0usize; goals.len()];
        let mut pending: Vec<usize> = (0..goals.len()).collect();
        // One pass over all the makefiles (GNU's `considered`, for `--debug=v`).
        self.g.pass += 1;
        while !pending.is_empty() && !self.stop {
            let mut next = Vec::new();
            for i in pending {
                if self.stop {
                    next.push(i);
                    continue;
                }
                let goal = &goals[i];
                self.opts.dont_care = goal.dont_care;
                self.goal_error.clone_from(&goal.error);
                let id = self.g.id(&goal.name);
                if first_walk[i].is_none() {
                    self.start_from(id, goal.time);
                }
                let fresh = *first_walk[i].get_or_insert_with(|| {
                    self.g.nodes[id].state != crate::make::graph::NodeState::Done
                });
                let before = self.commands_started;
                let progress = self.update(id, None, 1);
                started[i] += self.commands_started - before;
                self.goal_error = None;
                match progress {
                    Progress::Running => next.push(i),
                    Progress::Done(ok) => {
                        if !ok && goal.dont_care && fresh {
                            self.no_diag.insert(id);
                        }
                        results[i] = Some(MakefileResult {
                            ok,
                            started: started[i] > 0,
                        });
                    }
                }
            }
            pending = next;
            if !pending.is_empty() && !self.stop {
                self.reap_one();
                self.g.pass += 1;
            }
        }
        // Make stopped: a goal walked but not finished failed; one never walked was not tried.
        for i in pending {
            if first_walk[i].is_some() {
                results[i] = Some(MakefileResult {
                    ok: false,
                    started: started[i] > 0,
                });
            }
        }
        self.opts.dont_care = false;
        self.wait_all();
        super::signals::check(self);
        self.remove_intermediates();
        let status = if self.stop {
            super::EXIT_ERROR
        } else {
            super::EXIT_OK
        };
        (status, results)
    }
}

impl Engine<'_> {
    /// Takes `time`, a makefile's time read after reading, as the node's first time, unless
    /// it has one already or `stamp` must look at the file itself (see
    /// [`Engine::stamp_is_mtime`]), or the time is in the future (`stamp` warns of it).
    fn start_from(&mut self, id: NodeId, time: Option<std::time::SystemTime>) {
        let Some(t) = time else {
            return;
        };
        let plain = self.g.nodes[id].stamp.is_none()
            && self.stamp_is_mtime(id)
            && t <= std::time::SystemTime::now();
        if plain {
            self.g.nodes[id].stamp = Some(crate::make::plan::stamp::Stamp::At(t));
        }
    }
}

/// The files' states after the makefiles' phase, which the run goes on from (GNU keeps
/// one set of files: a makefile already remade is up to date for the goals too).
#[derive(Debug, Default)]
pub struct Phase {
    pub graph: crate::make::graph::Graph,
    /// A makefile someone cares about could not be remade (`-k`): the run's status is 2.
    pub failed: bool,
    no_diag: rustc_hash::FxHashSet<NodeId>,
}

impl Engine<'_> {
    /// The files' states after the run (for `-p`, or to go on from).
    pub fn take_phase(&mut self) -> Phase {
        Phase {
            graph: std::mem::take(&mut self.g),
            failed: false,
            no_diag: std::mem::take(&mut self.no_diag),
        }
    }

    /// Goes on from the makefiles' phase: its files keep their states.
    pub fn resume(&mut self, phase: Phase) {
        self.g = phase.graph;
        self.no_diag = phase.no_diag;
    }
}

impl Engine<'_> {
    /// A file that failed while nobody cared is needed: GNU reports the prerequisite that
    /// failed silently (down its chain of failed files) as having no rule. The file itself
    /// is named as needed by its requester now; one found down the chain by the file it
    /// was last needed by (GNU's `complain`).
    /// `silent` is true when `id` itself failed silently: then, as GNU's `complain`, the
    /// first failed prerequisite is blamed whether or not it was reported before, and the
    /// walk goes deeper only through files that failed silently too.
    pub(super) fn complain_no_diag(&mut self, id: NodeId, parent: Option<NodeId>, silent: bool) {
        let mut path = Vec::new();
        if silent {
            self.first_failed_chain(id, &mut path);
        } else {
            let mut seen = rustc_hash::FxHashSet::default();
            self.silent_failure(id, &mut path, &mut seen);
        }
        // GNU clears no_diag of the file it names only: the files above it stay silent
        // failures, blamed again whenever they are needed.
        if silent {
            self.no_diag.remove(path.last().unwrap_or(&id));
        } else {
            for d in &path {
                self.no_diag.remove(d);
            }
        }
        // Down the chain each file was last needed by the one before it (GNU sets a
        // prerequisite's parent whenever a file considers it).
        let (cur, parent) = match path.as_slice() {
            [.., before, last] => (*last, Some(*before)),
            [only] => (*only, Some(id)),
            [] => (id, parent.or(self.g.nodes[id].parent())),
        };
        let parent = parent.map(|p| self.g.nodes[p].name.clone());
        self.complain(cur, parent.as_deref());
    }

    /// GNU's `complain` walk from a file that failed silently: its first failed
    /// prerequisite, and on through each one that failed silently too.
    fn first_failed_chain(&self, id: NodeId, path: &mut Vec<NodeId>) {
        let mut cur = id;
        while let Some(d) = self.first_failed_dep(cur) {
            if path.contains(&d) || d == id {
                break;
            }
            path.push(d);
            if !self.no_diag.contains(&d) {
                break;
            }
            cur = d;
        }
    }

    /// The first prerequisite of `id` (in its stages' order) that was tried and failed.
    fn first_failed_dep(&self, id: NodeId) -> Option<NodeId> {
        self.g.nodes[id]
            .stages
            .iter()
            .flat_map(|st| &st.deps)
            .map(|d| d.node)
            .find(|&d| {
                let n = &self.g.nodes[d];
                n.state == crate::make::graph::NodeState::Done && !n.ok
            })
    }

    /// Whether a failed prerequisite of `id` (down a chain of failed files) failed without
    /// a message; `path` gets that chain.
    pub(super) fn silent_failure(
        &self,
        id: NodeId,
        path: &mut Vec<NodeId>,
        seen: &mut rustc_hash::FxHashSet<NodeId>,
    ) -> bool {
        if !seen.insert(id) {
            return false;
        }
        let deps: Vec<NodeId> = self.g.nodes[id]
            .stages
            .iter()
            .flat_map(|st| &st.deps)
            .map(|d| d.node)
            .collect();
        for d in deps {
            let n = &self.g.nodes[d];
            if n.state != crate::make::graph::NodeState::Done || n.ok {
                continue;
            }
            path.push(d);
            if self.no_diag.contains(&d) {
                // Deeper silent failures are its own.
                let mut deeper = Vec::new();
                if self.silent_failure(d, &mut deeper, seen) {
                    path.extend(deeper);
                }
                return true;
            }
            if self.silent_failure(d, path, seen) {
                return true;
            }
            path.pop();
        }
        false
    }

    /// "No rule to make target" for `id` (after the `include` line of the makefile being
    /// remade, when it is a missing one): make stops unless `-k`.
    pub(super) fn complain(&mut self, id: NodeId, parent: Option<&str>) {
        if let Some(e) = self.goal_error.take() {
            super::report::err(&e);
        }
        // (A file renamed by vpath search is named by its new name, as GNU's.)
        let msg = super::report::no_rule(
            &self.opts.program,
            self.g.nodes[id].path(),
            parent,
            self.opts.keep_going,
        );
        super::report::err(&msg);
        if parent.is_none() && !self.opts.makefiles {
            self.suggest_goal(id);
        }
        self.g.nodes[id].no_rule = true;
        if !self.opts.keep_going {
            self.stop = true;
        }
        self.failed = true;
    }

    /// After GNU's message for a goal no rule makes: the host's did-you-mean line, if any,
    /// from the Makefile's own targets (not special or pattern ones).
    fn suggest_goal(&self, id: NodeId) {
        let Some(suggest) = self.opts.suggest else {
            return;
        };
        let names: Vec<&str> = self
            .db
            .files()
            .iter()
            .filter(|f| f.is_target && !f.name.starts_with('.') && !f.name.contains('%'))
            .map(|f| &*f.name)
            .collect();
        if let Some(line) = suggest(&self.g.nodes[id].name, &names) {
            super::report::err(&line);
        }
    }
}
