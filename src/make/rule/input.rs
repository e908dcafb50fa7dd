//! What the evaluator hands to the database for each rule line it has read.
//!
//! The evaluator (`make::eval`) expands the target and prerequisite text of a rule
//! line immediately (GNU make manual 3.7, "How make Reads a Makefile"), splits it into
//! words, collects the recipe lines that follow, and then calls
//! [`Database::add_rule`](super::Database::add_rule) once with a [`RuleInput`].

use super::{Location, Recipe};

/// The separator between targets and prerequisites.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RuleKind {
    /// `targets : prereqs` — each target gets its own copy of the rule.
    #[default]
    Single,
    /// `targets &: prereqs` — grouped targets: one recipe run makes them all (GNU 4.3).
    Grouped,
    /// `targets :: prereqs` — double-colon: each rule is independent.
    DoubleColon,
}

/// One rule line with its recipe, ready for the database.
#[derive(Clone, Debug, Default)]
pub struct RuleInput {
    /// Target words after expansion (may contain `%` for pattern rules).
    pub targets: Vec<String>,
    /// `:`, `&:` or `::`.
    pub kind: RuleKind,
    /// For a static pattern rule `targets: target-pattern: prereq-patterns`, the target
    /// pattern; `prereqs`/`order_only` then hold prerequisite *patterns*.
    pub static_pattern: Option<String>,
    /// Normal prerequisites (words after expansion), in order.
    pub prereqs: Vec<String>,
    /// Order-only prerequisites (after `|`).
    pub order_only: Vec<String>,
    /// When `.SECONDEXPANSION` is in effect: the prerequisite text after the first
    /// expansion, still containing `$` references (including the `|`). The engine
    /// expands it again per target with automatic variables set. When this is `Some`,
    /// `prereqs` and `order_only` are ignored.
    pub second_expansion: Option<String>,
    /// The recipe: `None` when the rule has no `;` and no recipe lines.
    pub recipe: Option<Recipe>,
    /// The rule line's location.
    pub loc: Location,
    /// `targets &:: prereqs`: a double-colon rule whose targets one recipe run makes.
    pub grouped_double: bool,
}
