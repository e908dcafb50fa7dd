//! The walk's side of the `--debug` trace: which of GNU's remake.c messages a file's update
//! gives, at GNU's depth (a goal at 0, or 1 while remaking makefiles; each prerequisite two
//! deeper, an intermediate file's one deeper). The wording lives in [`super::debug`]; every
//! method here is called only when its level is on.

use super::debug::{self, DepState, Outcome};
use super::engine::Engine;
use super::walk::Progress;
use crate::make::graph::{NodeId, NodeState};
use crate::make::plan::Stamp;

/// Why the walk decided as it did about a file whose prerequisites are up to date
/// (GNU's last checks in `update_file_1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A `::` rule without prerequisites is always remade.
    DoubleColonNoDeps,
    /// A target without recipe whose prerequisites did not change is not remade.
    NoRecipeNoChange,
    /// `-B` remakes a file that has a recipe.
    AlwaysMake,
    /// Its time against its prerequisites' (or its absence) decided.
    Times,
    /// `-o`: never remade.
    Old,
}

impl Engine<'_> {
    /// A file met again once settled (or while its recipe runs): GNU's `Pruning file` on
    /// the same pass, else `Considering` with what it already knows.
    pub(super) fn explain_settled(&self, id: NodeId, depth: usize) {
        let n = &self.g.nodes[id];
        if n.considered == self.g.pass {
            debug::pruning(depth, &n.name);
            return;
        }
        if n.state == NodeState::Running {
            debug::considering(depth, &n.name);
            debug::still_updating(depth, &n.name);
            return;
        }
        // GNU looks at each `::` rule of a file as a file of its own.
        for _ in 0..n.stages.len().max(1) {
            debug::considering(depth, &n.name);
            if n.ok {
                debug::considered_already(depth, &n.name);
            } else {
                debug::tried_and_failed(depth, &n.name);
            }
        }
    }

    /// Back at a file whose first `::` rules are done (their recipes finished since the
    /// last pass): GNU's lines for each of those, then the head of the next one.
    pub(super) fn explain_finished_rules(&self, id: NodeId, depth: usize) {
        let n = &self.g.nodes[id];
        let len = n.stages.len();
        for k in 0..n.stage().min(len) {
            debug::considered_already(depth, &n.name);
            if k + 1 < len {
                debug::considering(depth, &n.name);
            }
        }
    }

    /// The name GNU's trace gives a file: one found through vpath in a `GPATH` directory is
    /// renamed as soon as GNU looks at its time (for a prerequisite, before it is considered).
    pub(super) fn traced_name(&mut self, id: NodeId) -> String {
        let n = &self.g.nodes[id];
        if n.path() != &*n.name {
            let path = n.path().to_owned();
            if self.in_gpath(&path) {
                return path;
            }
        }
        self.g.nodes[id].name.to_string()
    }

    /// The head of one rule's update: `Considering target file` (verbose).
    pub(super) fn explain_considering(&mut self, id: NodeId, depth: usize) {
        if self.opts.debug.verbose() {
            let name = if self.g.nodes[id].parent().is_some() {
                self.traced_name(id)
            } else {
                self.g.nodes[id].name.to_string()
            };
            debug::considering(depth, &name);
        }
    }

    /// `File 'x' does not exist.` (basic) and the implicit search's result (implicit), one
    /// level deeper than the file.
    pub(super) fn explain_existence(&mut self, id: NodeId, depth: usize, first: bool) {
        let d = self.opts.debug;
        if d.basic() && self.stamp(id) == Stamp::Missing {
            debug::does_not_exist(depth + 1, &self.g.nodes[id].name);
        }
        if first && d.implicit() {
            // The search ran while the file was resolved; xmake traces the rule it found,
            // not each rule it tried first (docs/compatibility.md).
            let n = &self.g.nodes[id];
            if let Some(found) = n.implicit_found {
                debug::looking_for_rule(depth + 1, &n.name);
                if let Some((stem, prereqs)) = n.implicit_rule() {
                    debug::trying_rule(depth + 1, stem);
                    for p in prereqs {
                        debug::trying_prerequisite(depth + 1, p);
                    }
                }
                debug::implicit_result(depth + 1, &n.name, found);
            }
        }
    }

    /// After the prerequisites: `Finished prerequisites` (verbose), then, when the
    /// prerequisites are still being made or failed, GNU's line for that.
    pub(super) fn explain_prerequisites_done(&mut self, id: NodeId, depth: usize, p: Progress) {
        if !self.opts.debug.verbose() {
            return;
        }
        let name = &self.traced_name(id);
        debug::finished_prerequisites(depth + 1, name);
        match p {
            Progress::Running => debug::prerequisites_being_made(depth, name),
            Progress::Done(false) => debug::giving_up(depth, name),
            Progress::Done(true) => {}
        }
    }

    /// One line per prerequisite of an existing target: order-only, missing, newer or older
    /// (GNU prints them only when the target exists).
    pub(super) fn explain_each_prerequisite(&mut self, id: NodeId, stage: usize, depth: usize) {
        let this = self.stamp(id);
        if this == Stamp::Missing {
            return;
        }
        let deps = self.g.nodes[id].stages[stage].deps.clone();
        let target = self.traced_name(id);
        let mut seen = std::collections::HashSet::new();
        for d in deps {
            if !seen.insert(d.node) {
                continue;
            }
            let state = if d.order_only {
                DepState::OrderOnly
            } else {
                let ds = self.stamp(d.node);
                if ds == Stamp::Missing {
                    DepState::Missing
                } else if self.dep_changed(d.node) || ds > this {
                    DepState::Newer
                } else {
                    DepState::Older
                }
            };
            if state.shown(self.opts.debug) {
                let dep = self.g.nodes[d.node].path();
                debug::prerequisite(depth + 1, dep, &target, state);
            }
        }
    }

    /// The decision: GNU's reason line, then `Must remake target` (with `Ignoring VPATH
    /// name` for a file found through vpath) or `No need to remake target`.
    pub(super) fn explain_decision(&mut self, id: NodeId, depth: usize, must: bool, why: Why) {
        let d = self.opts.debug;
        let name = self.traced_name(id);
        match why {
            Why::DoubleColonNoDeps if d.basic() => {
                debug::double_colon_no_prerequisites(depth, &name);
            }
            Why::NoRecipeNoChange if d.verbose() => debug::no_recipe_no_change(depth, &name),
            Why::AlwaysMake if d.verbose() => debug::always_make(depth, &name),
            _ => {}
        }
        let path = self.g.nodes[id].path().to_owned();
        if !must {
            if d.verbose() {
                debug::no_need(depth, &name, (path != name).then_some(path.as_str()));
            }
            return;
        }
        if d.basic() {
            debug::must_remake(depth, &name);
            if path != name {
                debug::ignoring_vpath(&path);
            }
        }
    }

    /// How the remaking ended: remade, failed, out of date under `-q` (basic), or still
    /// running (verbose).
    pub(super) fn explain_outcome(&mut self, id: NodeId, depth: usize, p: Progress) {
        let d = self.opts.debug;
        let name = &self.traced_name(id);
        let outcome = match p {
            Progress::Running => {
                if d.verbose() {
                    debug::recipe_running(depth, name);
                }
                return;
            }
            Progress::Done(true) => Outcome::Success,
            Progress::Done(false) if self.question && !self.failed => Outcome::Question,
            // Without -k GNU dies on the error before it gets here.
            Progress::Done(false) if self.stop => return,
            Progress::Done(false) => Outcome::Failed,
        };
        if d.basic() {
            debug::remade(depth, name, outcome);
        }
    }
}
