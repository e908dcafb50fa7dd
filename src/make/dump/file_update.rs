//! Whether a file entry says it was updated, and how: successfully, failed, or found out
//! of date under `-q` (directly, or through a prerequisite).

use super::file_state::State;
use crate::make::graph::{Node, NodeState};

impl State<'_> {
    pub(super) fn update_lines(&self, out: &mut String, rule: usize) {
        let later_rule = self
            .node
            .is_some_and(|n| rule > n.needs_update().unwrap_or(n.stage()));
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
        if n.needs_update().is_some() || self.dep_needs_update(n) {
            return (true, Some("#  Needs to be updated (-q is set).\n"));
        }
        if n.state != NodeState::Done {
            return (false, None);
        }
        if n.ok && !self.d.keep_going && self.dep_failed(n) {
            // A goal -q stopped at a failed recursive make: GNU stopped there.
            (false, None)
        } else if n.ok {
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

    /// Whether a prerequisite of `n` was finished and failed.
    fn dep_failed(&self, n: &Node) -> bool {
        let Some(g) = self.graph else { return false };
        n.stages
            .iter()
            .flat_map(|s| &s.deps)
            .any(|d| g.nodes[d.node].state == NodeState::Done && !g.nodes[d.node].ok)
    }

    /// Under `-q`, a file is out of date as soon as a prerequisite (at any depth) is.
    fn dep_needs_update(&self, n: &Node) -> bool {
        let (Some(g), Some(facts)) = (self.graph, self.graph_facts()) else {
            return false;
        };
        g.find(&n.name)
            .is_some_and(|id| facts.out_of_date.contains(&id))
    }
}
