//! What several file entries ask about the graphs, worked out once per dump (asking each
//! entry's question of the whole graph made large dumps quadratic): which files are the
//! archives of members, which were made as the other targets of a pattern rule, and which
//! `-q` found out of date, directly or through a prerequisite.

use std::collections::HashSet;

use crate::make::graph::{Graph, NodeId};
use crate::make::plan::archive::split_member;

/// Facts about one graph.
#[derive(Default)]
pub struct GraphFacts {
    /// Made as another target of a pattern rule (`%.tab.c %.tab.h:`).
    pub also_made: HashSet<NodeId>,
    /// Out of date under -q: questioned, or a looked-at target with such a prerequisite.
    pub out_of_date: HashSet<NodeId>,
}

/// Facts about the dump's graphs.
#[derive(Default)]
pub struct Facts {
    /// Archives whose members the runs looked at.
    pub archives: HashSet<String>,
    /// For the run's graph and the makefiles' phase's, in that order.
    pub graphs: [GraphFacts; 2],
}

impl Facts {
    pub fn new(graphs: [Option<&Graph>; 2]) -> Self {
        let mut facts = Self::default();
        for (i, g) in graphs.into_iter().enumerate() {
            let Some(g) = g else { continue };
            for n in g.iter() {
                if let Some((archive, _)) = split_member(&n.name) {
                    facts.archives.insert(archive.to_owned());
                }
                for st in n.stages.iter().filter(|s| s.implicit) {
                    facts.graphs[i]
                        .also_made
                        .extend(st.also_make.iter().copied());
                }
            }
            facts.graphs[i].out_of_date = out_of_date(g);
        }
        facts
    }
}

/// Nodes -q found out of date, and the looked-at nodes depending on them, to a fixpoint.
/// A recursive make that answered "out of date" failed its recipe: GNU stops there, and the
/// targets waiting on it are not marked.
fn out_of_date(g: &Graph) -> HashSet<NodeId> {
    let questioned = |i: &usize| g.nodes[*i].needs_update().is_some();
    let mut set: HashSet<NodeId> = (0..g.nodes.len())
        .filter(|i| questioned(i) && !all_lines_recursive(&g.nodes[*i]))
        .collect();
    if set.is_empty() {
        return (0..g.nodes.len()).filter(questioned).collect();
    }
    loop {
        let before = set.len();
        for (i, n) in g.nodes.iter().enumerate() {
            if n.stamp_before.is_some()
                && !set.contains(&i)
                && n.stages
                    .iter()
                    .flat_map(|s| &s.deps)
                    .any(|d| set.contains(&d.node))
            {
                set.insert(i);
            }
        }
        if set.len() == before {
            set.extend((0..g.nodes.len()).filter(questioned));
            return set;
        }
    }
}

/// Whether every line of the node's recipes runs even under -q (`+` or `$(MAKE)`).
pub fn all_lines_recursive(n: &crate::make::graph::Node) -> bool {
    let mut lines = n
        .stages
        .iter()
        .filter_map(|s| s.recipe.as_ref())
        .flat_map(|r| r.lines.iter())
        .peekable();
    lines.peek().is_some()
        && lines.all(|l| {
            let t = l.text.trim_start_matches(['@', '-', ' ', '\t']);
            t.starts_with('+') || crate::make::rule::Recipe::line_is_recursive(&l.text)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::make::graph::{Dep, Stage};
    use crate::make::plan::Stamp;

    fn depends(g: &mut Graph, on: &str, name: &str, looked_at: bool) -> NodeId {
        let dep = g.id(on);
        let id = g.id(name);
        g.nodes[id].stages = vec![Stage {
            deps: vec![Dep {
                node: dep,
                order_only: false,
                extra: false,
            }],
            ..Stage::default()
        }];
        if looked_at {
            g.nodes[id].stamp_before = Some(Stamp::Missing);
        }
        id
    }

    #[test]
    fn out_of_date_climbs_only_through_looked_at_targets() {
        let mut g = Graph::default();
        let questioned = g.id("a");
        g.nodes[questioned].set_needs_update(0);
        let parent = depends(&mut g, "a", "b", true);
        let grandparent = depends(&mut g, "b", "c", true);
        let never_looked_at = depends(&mut g, "c", "d", false);
        let facts = Facts::new([Some(&g), None]);
        let set = &facts.graphs[0].out_of_date;
        assert!([questioned, parent, grandparent]
            .iter()
            .all(|i| set.contains(i)));
        assert!(!set.contains(&never_looked_at));
    }

    #[test]
    fn archives_of_members_are_known() {
        let mut g = Graph::default();
        g.id("lib.a(m.o)");
        let facts = Facts::new([Some(&g), None]);
        assert!(facts.archives.contains("lib.a"));
        assert!(!facts.archives.contains("m.o"));
    }
}
