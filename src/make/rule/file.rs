//! One file (target or prerequisite) in the database, with the rules that make it.

use std::rc::Rc;

use super::{Location, Recipe, TargetVar};

/// A prerequisite as written in a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prereq {
    /// The file name (shared with the database's entry for the file).
    pub name: Rc<str>,
    /// After `|`: must exist, but its time does not make the target out of date.
    pub order_only: bool,
}

impl Prereq {
    /// A normal prerequisite.
    pub fn normal(name: impl AsRef<str>) -> Self {
        Self {
            name: name.as_ref().into(),
            order_only: false,
        }
    }

    /// An order-only prerequisite.
    pub fn order_only(name: impl AsRef<str>) -> Self {
        Self {
            name: name.as_ref().into(),
            order_only: true,
        }
    }
}

/// Prerequisites whose text is expanded a second time per target (`.SECONDEXPANSION`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deferred {
    /// Text after the first expansion, including any `|`.
    pub text: String,
    /// For static pattern rules: the stem (`$*`) and `%` is substituted after expansion.
    pub stem: Option<String>,
    /// The rule line's location.
    pub loc: Location,
    /// Where the text sits in the merged prerequisite list: before `prereqs[position]`
    /// (GNU keeps one list; `$$^` in a second expansion sees the entries already there).
    pub position: usize,
}

/// One rule of a double-colon target, or the merged rule of a single-colon target.
#[derive(Clone, Debug, Default)]
pub struct Rule {
    /// Prerequisites in GNU's order (for a single-colon target, the deps of the rule with
    /// the recipe come first, then the others in reading order).
    pub prereqs: Vec<Prereq>,
    /// Deferred (second-expansion) prerequisite texts, in order.
    pub deferred: Vec<Deferred>,
    /// The recipe, shared by all targets of the rule.
    pub recipe: Option<Rc<Recipe>>,
    /// The stem (`$*`) when this came from a static pattern rule.
    pub stem: Option<Box<str>>,
    /// The group id when the rule has grouped targets (`&:`): see [`Rule::group`].
    pub(crate) group_id: Option<u32>,
    /// A `::` target named again in its own group (`a a &:: b`): GNU enters a second
    /// record, and the first record's run marks it made, so it never runs on its own.
    pub(crate) made_by_group: bool,
    /// Location of the rule line that gave the recipe (or the first rule line).
    pub loc: Option<Location>,
}

/// How a file's rules were written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Colon {
    /// Only mentioned as a prerequisite (or never as a target).
    #[default]
    None,
    /// `target:` rules (merged into one).
    Single,
    /// `target::` rules (kept apart).
    Double,
}

/// Per-file flags from special targets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub phony: bool,
    pub precious: bool,
    pub intermediate: bool,
    pub secondary: bool,
    pub ignore: bool,
    pub silent: bool,
    pub low_resolution: bool,
}

/// A file the makefile knows about.
#[derive(Clone, Debug, Default)]
pub struct File {
    /// Its name as written (after expansion), shared with the prerequisites that name it.
    pub name: Rc<str>,
    /// `:` or `::` (or neither, when only mentioned as a prerequisite).
    pub colon: Colon,
    /// For `Single` exactly one merged rule; for `Double` one per `::` line.
    pub rules: Vec<Rule>,
    /// Flags from `.PHONY`, `.PRECIOUS`, ...
    pub flags: Flags,
    /// Target-specific variables, in reading order.
    pub vars: Vec<Rc<TargetVar>>,
    /// A target-specific line named the file, even one that defined nothing (a `?=` that
    /// found the variable): GNU gave it a variable set (`.EXTRA_PREREQS` then looks there).
    pub var_set: bool,
    /// True when the name appeared as a target of a rule (even without recipe).
    pub is_target: bool,
}

impl Rule {
    /// The group id when the rule has grouped targets (`&:`), for
    /// [`super::Database::group`].
    pub fn group(&self) -> Option<usize> {
        self.group_id.map(|g| g as usize)
    }

    /// True for a `::` record that its group's first record makes (never run on its own).
    pub fn made_by_group(&self) -> bool {
        self.made_by_group
    }
}

impl File {
    /// The single-colon rule, if any.
    pub fn rule(&self) -> Option<&Rule> {
        match self.colon {
            Colon::Single => self.rules.first(),
            _ => None,
        }
    }

    /// True when some rule of the file has a recipe.
    pub fn has_recipe(&self) -> bool {
        self.rules.iter().any(|r| r.recipe.is_some())
    }
}
