//! The dependency graph the engine walks: one [`Node`] per file, created lazily from the
//! rule database when the walk first reaches it, with its stages (one per `::` rule, else
//! one), resolved prerequisites and run state.

use std::rc::Rc;

use crate::make::plan::Stamp;
use crate::make::rule::Recipe;

/// A node's id (index into [`Graph::nodes`]).
pub type NodeId = usize;

/// Where a node is in the walk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeState {
    /// Not visited yet, or visited and waiting for prerequisites.
    Idle,
    /// On the recursion stack right now (a visit that reaches it again is a cycle).
    Visiting,
    /// A recipe is running for the current stage.
    Running,
    /// Finished (see [`Node::ok`]).
    Done,
}

/// One prerequisite edge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dep {
    pub node: NodeId,
    pub order_only: bool,
    /// From `.EXTRA_PREREQS`: counts for out-of-date checks, not in `$^` (GNU 4.3).
    pub extra: bool,
}

/// One rule to apply: the single-colon rule, or one `::` rule.
#[derive(Clone, Debug, Default)]
pub struct Stage {
    /// Prerequisites after vpath-free resolution, in GNU's order.
    pub deps: Vec<Dep>,
    /// The recipe, if any (explicit, implicit, or `.DEFAULT`).
    pub recipe: Option<Rc<Recipe>>,
    /// `$*` (boxed: one stage per file, and most have none).
    pub stem: Box<str>,
    /// Other targets made by the same recipe run (grouped and pattern rules); a boxed
    /// slice: one stage per file, and most have none.
    pub also_make: Box<[NodeId]>,
    /// An implicit (pattern) rule gave this stage (`-p` tells such files apart).
    pub implicit: bool,
    /// The grouped rule (`&::`) this `::` stage came from, if any, plus one (so the
    /// stage stays within 72 bytes): see [`Stage::group_id`].
    pub group: Option<std::num::NonZeroU32>,
    /// Another member's run of the group's recipe made this `::` stage (GNU marks that
    /// record finished), so the walk passes over it.
    pub made: bool,
    /// A run of the group's recipe that will make this `::` stage is under way.
    pub claimed: bool,
}

impl Stage {
    /// The database's id of the `&::` group this stage came from.
    pub fn group_id(&self) -> Option<u32> {
        self.group.map(|g| g.get() - 1)
    }

    /// Records the `&::` group this stage came from.
    pub fn set_group_id(&mut self, id: Option<u32>) {
        self.group = id.and_then(|g| std::num::NonZeroU32::new(g.wrapping_add(1)));
    }
}

/// One file in the walk.
#[derive(Clone, Debug)]
pub struct Node {
    /// The file name as the makefile spells it (shared with the rule database's when the
    /// node came from a prerequisite there).
    pub name: Rc<str>,
    /// What few nodes need (a `vpath` location, `-p` and `--debug=i` records): one pointer
    /// in every node (a node is 120 bytes: 10⁵ of them in a large build).
    rare: Option<Box<Rare>>,
    pub state: NodeState,
    /// True when the rules have been resolved into stages.
    pub resolved: bool,
    pub stages: Vec<Stage>,
    /// Index of the stage being worked on (see [`Node::stage`]).
    stage: u32,
    /// False when updating failed.
    pub ok: bool,
    /// The file time when the walk first looked at it.
    pub stamp_before: Option<Stamp>,
    /// Cached current time (cleared after a recipe runs).
    pub stamp: Option<Stamp>,
    /// The target that first asked for this one (its variables are inherited), or
    /// [`NONE`]: see [`Node::parent`].
    parent: u32,
    /// Created as an intermediate file of an implicit chain (deleted at the end).
    pub intermediate: bool,
    /// Some recipe ran (or was printed) for this file.
    pub ran: bool,
    /// Every line of the last recipe started was recursive (`+`, `$(MAKE)`): under `-n`,
    /// `-t`, `-q` they ran, so the file's time is read again rather than assumed new.
    pub all_recursive: bool,
    /// Updated under `-n`/`-t`/`-q`: treat as infinitely new.
    pub assumed_new: bool,
    /// No rule and does not exist: the walk reports "No rule to make target".
    pub no_rule: bool,
    /// `.PHONY`.
    pub phony: bool,
    /// Appears as a target in the makefiles.
    pub is_target: bool,
    /// The current stage's recipe finished (under `-j`); the walk moves to the next.
    pub stage_finished: bool,
    /// Implicit rule search was tried for this file (`-p` prints it).
    pub tried_implicit: bool,
    /// `-q` found this file out of date: the stage whose recipe it questioned, or [`NONE`]
    /// (see [`Node::needs_update`]).
    needs_update: u32,
    /// The walk's pass that last looked at this file (GNU's `considered`, for `--debug=v`).
    pub considered: u32,
    /// What the implicit rule search found, when one ran (for `--debug=i`).
    pub implicit_found: Option<bool>,
}

/// No parent, no stage questioned (in [`Node`]'s compact index fields).
const NONE: u32 = u32::MAX;

/// The parts of a [`Node`] that few nodes have.
#[derive(Clone, Debug, Default)]
struct Rare {
    /// Where the file was found, when it differs from its name (through `vpath`).
    found_at: Option<Box<str>>,
    /// The automatic variables of each stage whose recipe started or was printed, by stage
    /// index (kept only under `-p`, which prints them).
    kept_autos: Vec<(usize, crate::make::exec::AutoVars)>,
    /// Under `--debug=i`: the stem and prerequisites of the pattern rule found.
    implicit_rule: Option<(String, Vec<String>)>,
    /// The file this one became: found through vpath under the name of another file the
    /// makefiles mention (GNU's `renamed`).
    renamed: Option<NodeId>,
}

/// A node index in a compact field (graphs never reach 2³² nodes).
fn compact(id: usize) -> u32 {
    u32::try_from(id).unwrap_or(NONE - 1)
}

fn expand(v: u32) -> Option<usize> {
    (v != NONE).then_some(v as usize)
}

impl Node {
    fn new(name: Rc<str>) -> Self {
        Self {
            name,
            rare: None,
            state: NodeState::Idle,
            resolved: false,
            stages: Vec::new(),
            stage: 0,
            ok: true,
            stamp_before: None,
            stamp: None,
            parent: NONE,
            intermediate: false,
            ran: false,
            all_recursive: false,
            assumed_new: false,
            no_rule: false,
            phony: false,
            is_target: false,
            stage_finished: false,
            tried_implicit: false,
            needs_update: NONE,
            considered: 0,
            implicit_found: None,
        }
    }

    /// Index of the stage being worked on.
    pub fn stage(&self) -> usize {
        self.stage as usize
    }

    /// Moves on to the next stage.
    pub fn next_stage(&mut self) {
        self.stage += 1;
    }

    /// The target that first asked for this one (its variables are inherited).
    pub fn parent(&self) -> Option<NodeId> {
        expand(self.parent)
    }

    /// Records the target that first asked for this one.
    pub fn set_parent(&mut self, parent: Option<NodeId>) {
        self.parent = parent.map_or(NONE, compact);
    }

    /// `-q` found this file out of date: the stage whose recipe it questioned.
    pub fn needs_update(&self) -> Option<usize> {
        expand(self.needs_update)
    }

    /// Records that `-q` questioned stage `stage`'s recipe.
    pub fn set_needs_update(&mut self, stage: usize) {
        self.needs_update = compact(stage);
    }

    /// Under `--debug=i`: the stem and prerequisites of the pattern rule found.
    pub fn implicit_rule(&self) -> Option<&(String, Vec<String>)> {
        self.rare.as_ref().and_then(|r| r.implicit_rule.as_ref())
    }

    /// Records the pattern rule `--debug=i` reports.
    pub fn set_implicit_rule(&mut self, stem: String, prereqs: Vec<String>) {
        self.rare.get_or_insert_default().implicit_rule = Some((stem, prereqs));
    }

    /// The file this one became (see [`Node::set_renamed`]).
    pub fn renamed(&self) -> Option<NodeId> {
        self.rare.as_ref().and_then(|r| r.renamed)
    }

    /// Records that this file is `to` from now on: found through vpath under `to`'s name.
    pub fn set_renamed(&mut self, to: NodeId) {
        self.rare.get_or_insert_default().renamed = Some(to);
    }

    /// Where the file was found (differs from `name` through `vpath`).
    pub fn path(&self) -> &str {
        self.rare
            .as_ref()
            .and_then(|r| r.found_at.as_deref())
            .unwrap_or(&self.name)
    }

    /// Records where the file was found.
    pub fn set_path(&mut self, path: &str) {
        if path != &*self.name {
            self.rare.get_or_insert_default().found_at = Some(path.into());
        } else if let Some(r) = self.rare.as_mut() {
            r.found_at = None;
        }
    }

    /// The automatic variables of stage `stage`'s recipe, if it ran.
    pub fn auto(&self, stage: usize) -> Option<&crate::make::exec::AutoVars> {
        self.autos()
            .iter()
            .find(|(i, _)| *i == stage)
            .map(|(_, a)| a)
    }

    /// The automatic variables kept, by stage index.
    pub fn autos(&self) -> &[(usize, crate::make::exec::AutoVars)] {
        self.rare.as_ref().map_or(&[], |r| r.kept_autos.as_slice())
    }

    /// Keeps the automatic variables of stage `stage` (for `-p`).
    pub fn keep_autos(&mut self, stage: usize, auto: crate::make::exec::AutoVars) {
        let rare = self.rare.get_or_insert_default();
        rare.kept_autos.push((stage, auto));
    }

    /// True when any stage has a recipe.
    pub fn has_recipe(&self) -> bool {
        self.stages.iter().any(|s| s.recipe.is_some())
    }
}

/// All nodes reached so far.
#[derive(Debug, Default)]
pub struct Graph {
    /// Boxed: a graph of every file the makefiles name grows by doubling, and moving boxes
    /// copies a pointer per node instead of the whole node (and wastes only pointer slots).
    pub nodes: Vec<Box<Node>>,
    /// The current pass over the goals (GNU's `considered` counter; starts at 1).
    pub pass: u32,
    index: crate::make::name_index::NameIndex,
}

impl Graph {
    /// The node for `name`, created when new.
    pub fn id(&mut self, name: &str) -> NodeId {
        self.id_or(name, || name.into())
    }

    /// [`Graph::id`] for a name already shared (a prerequisite's, from the rule database):
    /// a new node shares it too.
    pub fn id_shared(&mut self, name: &Rc<str>) -> NodeId {
        self.id_or(name, || Rc::clone(name))
    }

    fn id_or(&mut self, name: &str, shared: impl FnOnce() -> Rc<str>) -> NodeId {
        if let Some(i) = self.find(name) {
            return i;
        }
        self.nodes.push(Box::new(Node::new(shared())));
        let id = self.nodes.len() - 1;
        self.index.insert(&self.nodes, |n| &n.name, id);
        id
    }

    /// The node of every file reached, in the order first reached.
    pub fn iter(&self) -> impl Iterator<Item = &Node> {
        self.nodes.iter().map(AsRef::as_ref)
    }

    /// The node for `name`, if it was reached.
    pub fn find(&self, name: &str) -> Option<NodeId> {
        self.index.get(&self.nodes, |n| &n.name, name)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_node_fits_a_128_byte_allocation() {
        // 120 bytes plus malloc's 8-byte header: one 128-byte chunk per file.
        assert!(std::mem::size_of::<super::Node>() <= 120);
    }

    #[test]
    fn a_stage_fits_an_80_byte_allocation() {
        assert!(std::mem::size_of::<super::Stage>() <= 72);
    }
}
