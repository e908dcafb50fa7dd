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
    /// Other targets made by the same recipe run (grouped and pattern rules).
    pub also_make: Vec<NodeId>,
    /// An implicit (pattern) rule gave this stage (`-p` tells such files apart).
    pub implicit: bool,
}

/// One file in the walk.
#[derive(Clone, Debug)]
pub struct Node {
    /// The file name as the makefile spells it.
    pub name: String,
    /// Where the file was found, when it differs from `name` (through `vpath`): see
    /// [`Node::path`]. Most files are where their name says, and keep no second copy.
    found_at: Option<Box<str>>,
    pub state: NodeState,
    /// True when the rules have been resolved into stages.
    pub resolved: bool,
    pub stages: Vec<Stage>,
    /// Index of the stage being worked on.
    pub stage: usize,
    /// False when updating failed.
    pub ok: bool,
    /// The file time when the walk first looked at it.
    pub stamp_before: Option<Stamp>,
    /// Cached current time (cleared after a recipe runs).
    pub stamp: Option<Stamp>,
    /// The target that first asked for this one (its variables are inherited).
    pub parent: Option<NodeId>,
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
    /// The automatic variables of each stage whose recipe started or was printed, by stage
    /// index (`-p` prints them).
    /// Boxed and absent unless kept (only under `-p`): a pointer in every node, not a `Vec`.
    kept_autos: Option<Box<Vec<(usize, crate::make::exec::AutoVars)>>>,
    /// `-q` found this file out of date: the stage whose recipe it questioned.
    pub needs_update: Option<usize>,
    /// The walk's pass that last looked at this file (GNU's `considered`, for `--debug=v`).
    pub considered: u32,
    /// What the implicit rule search found, when one ran (for `--debug=i`).
    pub implicit_found: Option<bool>,
    /// Under `--debug=i`: the stem and prerequisites of the pattern rule found.
    pub implicit_rule: Option<Box<(String, Vec<String>)>>,
}

impl Node {
    fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            found_at: None,
            state: NodeState::Idle,
            resolved: false,
            stages: Vec::new(),
            stage: 0,
            ok: true,
            stamp_before: None,
            stamp: None,
            parent: None,
            intermediate: false,
            ran: false,
            all_recursive: false,
            assumed_new: false,
            no_rule: false,
            phony: false,
            is_target: false,
            stage_finished: false,
            tried_implicit: false,
            kept_autos: None,
            needs_update: None,
            considered: 0,
            implicit_found: None,
            implicit_rule: None,
        }
    }

    /// Where the file was found (differs from `name` through `vpath`).
    pub fn path(&self) -> &str {
        self.found_at.as_deref().unwrap_or(&self.name)
    }

    /// Records where the file was found.
    pub fn set_path(&mut self, path: &str) {
        self.found_at = (path != self.name).then(|| path.into());
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
        self.kept_autos.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Keeps the automatic variables of stage `stage` (for `-p`).
    pub fn keep_autos(&mut self, stage: usize, auto: crate::make::exec::AutoVars) {
        self.kept_autos.get_or_insert_default().push((stage, auto));
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
        if let Some(i) = self.find(name) {
            return i;
        }
        self.nodes.push(Box::new(Node::new(name)));
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
