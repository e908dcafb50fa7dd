//! The evaluator: holds the global variables and everything reading a makefile records
//! (rules, target-specific variables, vpaths), evaluates makefile text statement by statement
//! as GNU make's read.c `eval` does, and expands text (see [`Evaluator::expand`]).
//!
//! How the engine uses it: after [`crate::make::run`] has read the makefiles, take
//! [`Evaluator::rules`] (plain [`RuleDef`]s in makefile order), and for each recipe line build a
//! [`Scope`] of the automatic variables plus [`Evaluator::target_tables`] of the target (and of
//! its parents for inheritance) and call [`Evaluator::expand`] with
//! [`Evaluator::set_location`] set to the recipe line. [`Evaluator::recipe_env`] gives the
//! environment a recipe runs with.

mod assign;
mod cond;
mod define;
mod directive;
mod env;
mod expander;
mod flush;
mod include_probe;
pub mod lines;
pub mod output;
mod rule;
mod rule_words;
mod seen_times;
pub(crate) use rule_words::{file_names, next_mword, trim_dot_slash};
mod pattern_set;
mod statement;
mod target_var;

use rustc_hash::{FxHashMap, FxHashSet};
use std::rc::Rc;

pub use env::Startup;
pub use rule::{RecipeLine, RuleDef};

use super::messages::{self, Fatal, Location, MakeError};
use super::var::{Origin, Scope, VarTable};

/// Options from the command line that change how text is read and expanded.
#[derive(Clone, Debug, Default)]
pub struct EvalOptions {
    /// `--warn-undefined-variables`.
    pub warn_undefined: bool,
    /// `-e`: environment variables override makefile assignments.
    pub env_overrides: bool,
    /// The program name for messages (basename of argv[0]).
    pub program: String,
    /// `-I` directories, searched for `include` before the defaults.
    pub include_dirs: Vec<String>,
    /// `-r`.
    pub no_builtin_rules: bool,
    /// No side effects: `$(shell)`, `!=` and `$(file)` do nothing (for property tests).
    pub sandbox: bool,
}

/// A `vpath` directive as written (pattern, directories); `None` directories clear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VpathDef {
    pub pattern: Option<String>,
    pub dirs: Option<String>,
}

/// One makefile read or looked for (an `include`d one may be missing).
#[derive(Debug, Clone)]
pub struct ReadFile {
    /// The name as found (or as written, when missing).
    pub name: String,
    /// Named by `include`, `-include` or `sinclude`.
    pub included: bool,
    /// `-include`, `sinclude` or `MAKEFILES`: no error when it cannot be made.
    pub dont_care: bool,
    /// The `include` line (for the error about a missing one).
    pub at: Option<Location>,
}

/// Everything the makefiles said, plus the expansion machinery.
#[derive(Debug)]
pub struct Evaluator {
    /// The global variable table.
    pub globals: VarTable,
    pub options: EvalOptions,
    /// Rules with recipe lines in the order the makefiles gave them (the rule being read
    /// is the last); a rule without recipe is dropped once the database has it.
    pub rules: Vec<RuleDef>,
    /// The engine's rule database, filled as rules are read.
    pub db: super::rule::Database,
    /// Target-specific variables by exact target name.
    pub target_vars: FxHashMap<Rc<str>, Rc<VarTable>>,
    /// Each file's set of pattern-specific variables, built when the file is first
    /// considered (`pattern_set.rs`).
    pub pattern_sets: FxHashMap<Rc<str>, Rc<VarTable>>,
    pub vpaths: Vec<VpathDef>,
    /// `export` with no names, or `.EXPORT_ALL_VARIABLES`.
    pub export_all: bool,
    /// `include`d files that did not exist (name, where), for remaking or the final error.
    pub missing_includes: Vec<(String, Location)>,
    /// `-include`d files that did not exist (remade if a rule says how, silently otherwise).
    pub missing_optional: Vec<String>,
    /// `--debug=v`: say which makefile is read (GNU's `Reading makefile '...'`).
    pub trace_reading: bool,
    /// Every makefile read or looked for, in reading order (GNU's `read_files` chain, which
    /// is what gets remade after reading).
    pub read_files: Vec<ReadFile>,
    /// While reading `MAKEFILES`: their targets never become the default goal.
    pub(crate) no_default_goal: bool,
    /// `SHELL` from the environment make started in (recipes get it back).
    pub original_shell: Option<String>,
    pub(crate) location: Option<Location>,
    pub(crate) expanding: FxHashSet<(String, usize)>,
    pub(crate) call_args: usize,
    /// `MAKELEVEL` as make started (recipes get one more, whatever the makefile says).
    pub(crate) makelevel: u32,
    /// Expanding a recipe line (rules may not be defined then).
    pub(crate) in_recipe: bool,
    /// How many lines the recipe line being expanded is below its rule's first recipe line
    /// (GNU reports a rule `$(eval)`ed there from the first line, without that offset).
    pub(crate) recipe_line_offset: usize,
    /// Current nesting of [`Evaluator::expand`] calls (see [`crate::make::expand::MAX_DEPTH`]).
    pub(crate) depth: usize,
    /// Definition locations of the recursive variables being expanded (GNU's `expanding_var`).
    pub(crate) var_locations: Vec<Option<Location>>,
    /// The local tables (`$(call)` arguments, `$(foreach)` variables, a target's variables)
    /// around each `$(eval)` under way, innermost last: the text it reads sees them, as
    /// GNU's pushed variable sets are seen by everything expanded meanwhile.
    pub(crate) ambient: Vec<Vec<VarTable>>,
    /// Makefiles being read inside one another by `include` (GNU holds each one open; see
    /// [`directive::MAX_INCLUDE_DEPTH`]).
    pub(crate) include_depth: usize,
    curdir: String,
    /// Recipe line text → (rule index, location), built for [`Expander`] lookups; valid
    /// while the rule count is the first field.
    pub(crate) recipe_index: (usize, FxHashMap<String, Vec<(usize, Location)>>),
    /// `$(eval)`s run so far (a recipe's kept scope tables are rebuilt after one).
    pub(crate) evals: u64,
    /// Which directories exist, for finding `include`d makefiles.
    pub(crate) include_dirs: include_probe::DirMemo,
    /// The `include`d makefiles' times as found when looked for.
    pub(crate) seen_times: seen_times::SeenTimes,
    /// The tables of the recipe scope being prepared ([`Expander::begin_scope`]), with
    /// [`Self::evals`] when they were built; `Some(None)` before the first use.
    pub(crate) kept_scope: Option<Option<(u64, Rc<expander::ScopeTables>)>>,
    /// The rule receiving recipe lines; `Some(None)` after a rule without targets.
    current_rule: Option<Option<usize>>,
    /// A rule `$(eval)`ed from a recipe: its error, reported when the rule would be
    /// recorded (see `rule.rs`).
    pending_rule_error: Option<MakeError>,
    /// Where `$(info)`, `$(warning)` and GNU's reading warnings go.
    pub output: output::Output,
}

impl Evaluator {
    /// An evaluator with no variables at all; [`crate::make::run`] fills in the defaults.
    pub fn new(options: EvalOptions, curdir: impl Into<String>) -> Self {
        let db = super::rule::Database::new(options.no_builtin_rules);
        let include_dirs = include_probe::DirMemo::new(!options.sandbox);
        Self {
            globals: VarTable::new(),
            options,
            rules: Vec::new(),
            db,
            ambient: Vec::new(),
            include_depth: 0,
            target_vars: FxHashMap::default(),
            pattern_sets: FxHashMap::default(),
            vpaths: Vec::new(),
            export_all: false,
            missing_includes: Vec::new(),
            missing_optional: Vec::new(),
            trace_reading: false,
            read_files: Vec::new(),
            no_default_goal: false,
            original_shell: None,
            location: None,
            expanding: FxHashSet::default(),
            call_args: 0,
            makelevel: 0,
            in_recipe: false,
            recipe_line_offset: 0,
            depth: 0,
            var_locations: Vec::new(),
            curdir: curdir.into(),
            current_rule: None,
            pending_rule_error: None,
            recipe_index: (0, FxHashMap::default()),
            evals: 0,
            include_dirs,
            seen_times: seen_times::SeenTimes::default(),
            kept_scope: None,
            output: output::Output::default(),
        }
    }

    /// The directory make runs in (`CURDIR`).
    pub fn curdir(&self) -> String {
        self.curdir.clone()
    }

    /// Sets where messages say they come from (a makefile line or a recipe line).
    pub fn set_location(&mut self, location: Option<Location>) {
        self.location = location;
    }

    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }

    /// A fatal error at the current location.
    pub fn error(&self, fatal: Fatal) -> MakeError {
        MakeError::new(fatal, self.location.clone())
    }

    /// A fatal error GNU reports where the variable being expanded was defined; a variable
    /// with no makefile line (command line, environment) leaves the enclosing one's.
    pub fn error_in_var(&self, fatal: Fatal) -> MakeError {
        let at = self.var_locations.iter().rev().find_map(Clone::clone);
        MakeError::new(fatal, at.or_else(|| self.location.clone()))
    }

    /// Prints a warning (`Makefile:3: text`) to stderr.
    pub fn warn(&self, text: &str) {
        self.output.err_line(&messages::warning(
            &self.options.program,
            self.location.as_ref(),
            text,
        ));
    }

    /// Writes to stdout, flushing so output interleaves with child processes as GNU make's does.
    pub fn print_stdout(&self, text: &str) {
        self.output.out(text);
    }

    /// Under `-e`, an environment variable someone tries to redefine becomes `environment
    /// override` first (so only `override` and the command line beat it).
    pub(crate) fn protect_environment(&mut self, name: &str) {
        if self.options.env_overrides {
            if let Some(v) = self.globals.get_mut(name) {
                if v.origin == Origin::Environment {
                    v.origin = Origin::EnvironmentOverride;
                }
            }
        }
    }

    /// Defines or replaces a global variable, honouring origin precedence.
    pub fn define_global(&mut self, name: &str, var: super::var::Variable) {
        self.protect_environment(name);
        if self.globals.may_define(name, var.origin) {
            self.globals.set(name, var);
        }
    }

    /// The value of a global variable, unexpanded (empty if undefined).
    pub fn raw_value(&self, name: &str) -> &str {
        self.globals.get(name).map_or("", |v| v.value.as_str())
    }

    /// The table of target-specific variables of `target` read so far (pattern-specific
    /// ones apply later, when the engine considers the file).
    pub fn target_tables(&self, target: &str) -> Vec<Rc<VarTable>> {
        self.target_vars
            .get(target)
            .map(Rc::clone)
            .into_iter()
            .collect()
    }

    /// Runs `cmd` through `$(SHELL) $(.SHELLFLAGS)` in `CURDIR`, as `$(shell)` and `!=` do.
    pub fn run_shell(
        &mut self,
        cmd: &str,
        scope: &Scope,
    ) -> Result<Option<(Vec<u8>, i32)>, MakeError> {
        if self.options.sandbox {
            return Ok(Some((Vec::new(), 0)));
        }
        self.include_dirs.forget();
        crate::make::fs_epoch::bump();
        let shell = self.expand_var("SHELL", scope)?;
        let flags = self.expand_var(".SHELLFLAGS", scope)?;
        let shell = if shell.trim().is_empty() {
            "/bin/sh".to_owned()
        } else {
            shell.trim().to_owned()
        };
        Ok(super::func::io::run_command(
            &self.options.program,
            &shell,
            &flags,
            cmd,
            (&self.curdir, self.db.globals().one_shell),
        ))
    }

    /// Records a variable assignment from the command line (`VAR=value`, `VAR:=value`,
    /// `VAR+=value`, ...), origin `command line`.
    pub fn define_from_command_line(&mut self, text: &str) -> Result<bool, MakeError> {
        self.assign_line(text, Origin::CommandLine, false)
    }
}

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tests;

/// Whether `word` is a variable assignment (`NAME=value`, `NAME:=value`, ...), as the
/// command line decides between assignments and goals.
pub fn is_definition(word: &str) -> bool {
    assign::parse_definition(word).is_some()
}

/// `(name, operator, value)` of an assignment word.
pub fn split_definition(word: &str) -> Option<(String, &'static str, String)> {
    let d = assign::parse_definition(word)?;
    let op = match d.op {
        assign::Op::Recursive => "=",
        assign::Op::Simple => ":=",
        assign::Op::Append => "+=",
        assign::Op::Conditional => "?=",
        assign::Op::Shell => "!=",
    };
    Some((d.name.trim().to_owned(), op, d.value))
}
