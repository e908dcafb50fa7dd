//! The rule database (GNU make manual chapters 4 and 10): explicit rules with several or
//! grouped targets, double-colon rules, static pattern rules, pattern rules, built-in
//! suffix and pattern rules, special targets, target-/pattern-specific variable records,
//! and `vpath`. The evaluator (`make::eval`) fills a [`Database`]; the engine (`make::graph`,
//! `make::exec`) reads it. See [`Database`] for the order of calls.

mod builtin;
mod database;
mod error;
mod file;
mod group;
mod input;
mod location;
mod merge;
pub mod pattern;
mod recipe;
mod special;
mod suffix;
mod target_var;
mod vpath;

pub use builtin::{DEFAULT_SUFFIXES, SUFFIX_RULES};
pub use database::Database;
pub use error::RuleError;
pub use file::{Colon, Deferred, File, Flags, Prereq, Rule};
pub use input::{RuleInput, RuleKind};
pub use location::Location;
pub use pattern::PatternRule;
pub use recipe::{Recipe, RecipeLine};
pub use special::{Globals, Special};
pub use target_var::{AssignOp, TargetVar, VarPattern};
pub use vpath::Vpaths;

#[cfg(test)]
mod tests;
