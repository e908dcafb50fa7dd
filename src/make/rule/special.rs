//! Special built-in target names (GNU make manual 4.8, "Special Built-in Target Names") and
//! the flags they set, on single files or for the whole makefile.
//!
//! `.NOTINTERMEDIATE` is a GNU make 4.4 addition; GNU make 4.3 (our oracle) treats it as an
//! ordinary target, and so do we.

use std::rc::Rc;

use super::{Database, Recipe, Rule};

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
    /// `.EXPORT_ALL_VARIABLES:` appeared (the evaluator's environment builder reads this).
    pub export_all: bool,
    /// `.NOTPARALLEL:` appeared: run serially even with `-j`.
    pub not_parallel: bool,
    /// `.ONESHELL:` appeared: a recipe runs in one shell.
    pub one_shell: bool,
    /// `.POSIX:` appeared (shell flags become `-ec`, the evaluator reads this for `.SHELLFLAGS`).
    pub posix: bool,
    /// `.SECONDEXPANSION:` appeared: the evaluator passes later rules' prerequisite text in
    /// [`RuleInput::second_expansion`](super::RuleInput::second_expansion).
    pub second_expansion: bool,
    /// The `.DEFAULT` recipe, used for targets with no rule.
    pub default_recipe: Option<Rc<Recipe>>,
    /// Patterns given to `.PRECIOUS` (like `%.o`).
    pub precious_patterns: Vec<String>,
    /// `.SILENT`, `.IGNORE`, `.SECONDARY`: (seen as a target, given some prerequisite).
    /// GNU's "all files" meaning holds only while the target has no prerequisites at all.
    bare: [(bool, bool); 3],
}

impl Globals {
    /// Records a `.SILENT`/`.IGNORE`/`.SECONDARY` rule and updates its "all" flag.
    fn note_all(&mut self, which: usize, named: bool) {
        let (seen, any_named) = &mut self.bare[which];
        *seen = true;
        *any_named |= named;
        let all = !*any_named;
        match which {
            0 => self.silent_all = all,
            1 => self.ignore_all = all,
            _ => self.secondary_all = all,
        }
    }
}

impl Database {
    /// Applies special target `special` with `rule`'s prerequisites.
    pub(super) fn apply_special(&mut self, special: Special, rule: &Rule) {
        let names: Vec<String> = rule.prereqs.iter().map(|p| p.name.to_string()).collect();
        if special == Special::Suffixes {
            self.suffixes_builtin = false;
        }
        let g = &mut self.globals;
        match special {
            Special::Suffixes if names.is_empty() => self.suffixes.clear(),
            Special::Suffixes => {
                for n in names {
                    if !self.suffixes.contains(&n) {
                        self.suffixes.push(n);
                    }
                }
            }
            Special::Default => g.default_recipe.clone_from(&rule.recipe),
            Special::SecondExpansion => g.second_expansion = true,
            Special::DeleteOnError => g.delete_on_error = true,
            Special::ExportAllVariables => g.export_all = true,
            Special::NotParallel => g.not_parallel = true,
            Special::OneShell => g.one_shell = true,
            Special::Posix => g.posix = true,
            Special::Silent | Special::Ignore | Special::Secondary => {
                let which = match special {
                    Special::Silent => 0,
                    Special::Ignore => 1,
                    _ => 2,
                };
                g.note_all(which, !names.is_empty());
                self.flag_files(special, &names);
            }
            _ => self.flag_files(special, &names),
        }
    }

    fn flag_files(&mut self, special: Special, names: &[String]) {
        for n in names {
            if special == Special::Precious && n.contains('%') {
                self.globals.precious_patterns.push(n.clone());
                continue;
            }
            let f = &mut self.entry(n).flags;
            match special {
                Special::Phony => f.phony = true,
                Special::Precious => f.precious = true,
                Special::Intermediate => f.intermediate = true,
                Special::Secondary => f.secondary = true,
                Special::Ignore => f.ignore = true,
                Special::Silent => f.silent = true,
                Special::LowResolutionTime => f.low_resolution = true,
                _ => {}
            }
        }
    }
}
