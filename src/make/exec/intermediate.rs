//! Intermediate files (GNU make manual 10.4, "Chains of Implicit Rules"): while deciding
//! whether a target is out of date they are only checked (GNU's `check_dep`), and they are
//! made only once the target must be remade.

use super::engine::Engine;
use super::walk::Progress;
use crate::make::graph::{NodeId, NodeState};
use crate::make::plan::Stamp;

impl Engine<'_> {
    /// An intermediate file not yet made in this run (GNU's `file->intermediate`). A phony
    /// target never is (GNU's `check_dep` updates it as any other), whether or not the node
    /// has been resolved yet (a phony prerequisite under a bare `.SECONDARY:`).
    pub(super) fn is_intermediate(&self, id: NodeId) -> bool {
        let n = &self.g.nodes[id];
        if n.state != NodeState::Idle || n.ran {
            return false;
        }
        if n.resolved {
            return n.intermediate && !n.phony;
        }
        let phony = || self.db.file(&n.name).is_some_and(|f| f.flags.phony);
        (n.intermediate || self.listed_intermediate(&n.name)) && !phony()
    }

    /// A prerequisite of `.INTERMEDIATE` or `.SECONDARY`, or any file under a `.SECONDARY`
    /// without prerequisites.
    pub(super) fn listed_intermediate(&self, name: &str) -> bool {
        self.db.globals().secondary_all
            || self
                .db
                .file(name)
                .is_some_and(|f| f.flags.intermediate || f.flags.secondary)
    }

    /// GNU's `check_dep` for an intermediate file: it is not made now; the target must be
    /// remade only if the file exists and is newer, or (whether it exists or not) one of its
    /// own (non-intermediate) prerequisites, which are updated, is newer than the target.
    pub(super) fn check_intermediate(
        &mut self,
        d: NodeId,
        parent: NodeId,
        this: Stamp,
        depth: usize,
        must: &mut bool,
    ) -> Progress {
        if self.g.nodes[d].parent().is_none() {
            self.g.nodes[d].set_parent(Some(parent));
        }
        if !self.g.nodes[d].resolved {
            self.resolve(d);
        }
        if self.g.nodes[d].stamp_before.is_none() {
            let s = self.stamp(d);
            self.g.nodes[d].stamp_before = Some(s);
        }
        let s = self.stamp(d);
        if s.exists() && s > this {
            *must = true;
            return Progress::Done(true);
        }
        // Missing, or not newer than the target: its own prerequisites are checked against
        // the target (an existing `.SECONDARY` file too; GNU's check_dep).
        let deps: Vec<(NodeId, bool)> = self.g.nodes[d]
            .stages
            .iter()
            .flat_map(|st| st.deps.iter().map(|x| (x.node, x.order_only)))
            .collect();
        self.g.nodes[d].state = NodeState::Visiting;
        let mut result = Progress::Done(true);
        let mut dropped = Vec::new();
        for (x, order_only) in deps {
            // An order-only prerequisite is brought up to date but never makes the target
            // out of date (GNU's `ignore_mtime` in check_dep).
            let mut ignored = false;
            let must_here = if order_only { &mut ignored } else { &mut *must };
            let p = if self.g.nodes[x].state == NodeState::Visiting {
                // GNU's check_dep drops a prerequisite being updated, as update_file_1 does.
                let msg = super::report::circular(
                    &self.opts.program,
                    &self.g.nodes[d].name,
                    &self.g.nodes[x].name,
                );
                super::report::err(&msg);
                dropped.push(x);
                continue;
            } else if self.is_intermediate(x) {
                self.check_intermediate(x, d, this, depth + 1, must_here)
            } else {
                let p = self.update(x, Some(d), depth + 1);
                let sx = self.stamp(x);
                if p == Progress::Done(true) && (sx == Stamp::Missing || sx > this) {
                    *must_here = true;
                }
                p
            };
            match p {
                Progress::Running => result = Progress::Running,
                Progress::Done(false) => {
                    result = Progress::Done(false);
                    if !self.opts.keep_going {
                        break;
                    }
                }
                Progress::Done(true) => {}
            }
        }
        if !dropped.is_empty() {
            for st in &mut self.g.nodes[d].stages {
                st.deps.retain(|x| !dropped.contains(&x.node));
            }
        }
        self.g.nodes[d].state = NodeState::Idle;
        result
    }

    /// Second pass of GNU's `update_file_1`: make the intermediate prerequisites.
    pub(super) fn update_intermediates(
        &mut self,
        id: NodeId,
        stage: usize,
        depth: usize,
    ) -> Progress {
        let deps = self.g.nodes[id].stages[stage].deps.clone();
        let mut running = false;
        let mut failed = false;
        for d in deps {
            if !self.g.nodes[d.node].intermediate || self.g.nodes[d.node].phony {
                continue;
            }
            if self.g.nodes[d.node].state == NodeState::Visiting {
                continue;
            }
            // GNU's update_file_1 makes them one level deeper than the target.
            if self.update_dep(d.node, id, depth + 1, &mut running, &mut failed) {
                break;
            }
        }
        if failed {
            Progress::Done(false)
        } else if running {
            Progress::Running
        } else {
            Progress::Done(true)
        }
    }
}
