//! Special built-in target names (GNU make manual 4.8, "Special Built-in Target Names") and
//! the flags they set, on single files or for the whole makefile.
//!
//! `.NOTINTERMEDIATE` is a GNU make 4.4 addition; GNU make 4.3 (our oracle) treats it as an
//! ordinary target, and so do we.

use std::rc::Rc;

use super::Recipe;

/// The special targets GNU make 4.3 recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Phony,
    Suffixes,
    Default,
    Precious,
    Intermediate,
    Secondary,
    SecondExpansion,
    DeleteOnError,
    Ignore,
    LowResolutionTime,
    Silent,
    ExportAllVariables,
    NotParallel,
    OneShell,
    Posix,
}

impl Special {
    /// The special target named `name`, if it is one.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            ".PHONY" => Self::Phony,
            ".SUFFIXES" => Self::Suffixes,
            ".DEFAULT" => Self::Default,
            ".PRECIOUS" => Self::Precious,
            ".INTERMEDIATE" => Self::Intermediate,
            ".SECONDARY" => Self::Secondary,
            ".SECONDEXPANSION" => Self::SecondExpansion,
            ".DELETE_ON_ERROR" => Self::DeleteOnError,
            ".IGNORE" => Self::Ignore,
            ".LOW_RESOLUTION_TIME" => Self::LowResolutionTime,
            ".SILENT" => Self::Silent,
            ".EXPORT_ALL_VARIABLES" => Self::ExportAllVariables,
            ".NOTPARALLEL" => Self::NotParallel,
            ".ONESHELL" => Self::OneShell,
            ".POSIX" => Self::Posix,
            _ => return None,
        })
    }
}

/// Flags for the whole makefile, set by special targets without prerequisites (or always).
#[derive(Clone, Debug, Default)]
pub struct Globals {
    /// `.SILENT:` with no prerequisites: as if `-s`.
    pub silent_all: bool,
    /// `.IGNORE:` with no prerequisites: as if `-i`.
    pub ignore_all: bool,
    /// `.SECONDARY:` with no prerequisites: every target is secondary.
    pub secondary_all: bool,
    /// `.DELETE_ON_ERROR:` appeared.
    pub delete_on_error: bool,
    /// `.EXPORT_ALL_VARIABLES:` appeared (lang's environment builder reads this).
    pub export_all: bool,
    /// `.NOTPARALLEL:` appeared: run serially even with `-j`.
    pub not_parallel: bool,
    /// `.ONESHELL:` appeared: a recipe runs in one shell.
    pub one_shell: bool,
    /// `.POSIX:` appeared (shell flags become `-ec`, lang reads this for `.SHELLFLAGS`).
    pub posix: bool,
    /// `.SECONDEXPANSION:` appeared: the evaluator passes later rules' prerequisite text in
    /// [`RuleInput::second_expansion`](super::RuleInput::second_expansion).
    pub second_expansion: bool,
    /// The `.DEFAULT` recipe, used for targets with no rule.
    pub default_recipe: Option<Rc<Recipe>>,
    /// Patterns given to `.PRECIOUS` (like `%.o`).
    pub precious_patterns: Vec<String>,
}
