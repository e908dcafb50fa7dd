//! The contract between the engine and the evaluator's expansion: the engine asks an [`Expander`]
//! to expand recipe lines (and second-expansion prerequisites) in a [`Scope`], and to
//! produce the environment of a recipe's shell.
//!
//! `make::eval` implements [`Expander`] (in `eval/expander.rs`) over its variable tables
//! (`make::var`). The
//! scope chain GNU uses, innermost first: automatic variables → target-specific variables of
//! the target → pattern-specific variables matching the target → those inherited from the
//! targets that caused this one to be made (not `private` ones) → global variables.

use crate::make::rule::TargetVar;

/// GNU's automatic variables for one target (manual 10.5.3). Values are final strings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AutoVars {
    /// `$@`: the target (for grouped/pattern targets, the one that caused the run).
    pub target: String,
    /// `$%`: archive member name (empty: archives are not supported yet).
    pub member: String,
    /// `$<`: the first prerequisite.
    pub first: String,
    /// `$?`: prerequisites newer than the target (all of them when it does not exist).
    pub newer: Vec<String>,
    /// `$^`: normal prerequisites, duplicates removed.
    pub all: Vec<String>,
    /// `$+`: normal prerequisites with duplicates.
    pub all_dups: Vec<String>,
    /// `$|`: order-only prerequisites.
    pub order_only: Vec<String>,
    /// `$*`: the stem.
    pub stem: String,
}

impl AutoVars {
    /// The value of `$(c)` for automatic variable letter `c` (`@ % < ? ^ + | *`).
    /// `$(@D)`/`$(@F)` are derived from these by the evaluator's expansion.
    pub fn get(&self, c: char) -> Option<String> {
        Some(match c {
            '@' => self.target.clone(),
            '%' => self.member.clone(),
            '<' => self.first.clone(),
            '?' => self.newer.join(" "),
            '^' => self.all.join(" "),
            '+' => self.all_dups.join(" "),
            '|' => self.order_only.join(" "),
            '*' => self.stem.clone(),
            _ => return None,
        })
    }
}

/// One frame of target-specific (or pattern-specific) variables.
#[derive(Clone, Debug)]
pub struct VarFrame<'a> {
    /// The assignments, in reading order (for a pattern frame: GNU's order, shorter
    /// patterns first).
    pub vars: std::borrow::Cow<'a, [std::rc::Rc<TargetVar>]>,
    /// True for a frame inherited from a parent target (its `private` variables unseen:
    /// [`crate::make::var::Scope::parents_from`]).
    pub inherited: bool,
    /// For the pattern-specific lines matching a file: that file. GNU applies them once,
    /// when the file is first considered, to one set of its own (`initialize_file_variables`).
    pub pattern_file: Option<std::rc::Rc<str>>,
    /// For a file's own target-specific lines: that file. The evaluator keeps the set the
    /// lines built when they were read (GNU's `f->variables`) and uses it instead.
    pub file: Option<std::rc::Rc<str>>,
}

/// Everything the evaluator needs to expand text "in the context of" a target.
#[derive(Clone, Debug, Default)]
pub struct Scope<'a> {
    /// Automatic variables (absent for the global scope).
    pub auto: Option<&'a AutoVars>,
    /// Target-/pattern-specific frames, *outermost first*: apply them over the globals in
    /// this order, so later frames win (a parent's frames come before the target's own).
    pub frames: Vec<VarFrame<'a>>,
}

/// A fatal error during expansion (e.g. `$(error ...)`): the engine prints `message` on
/// stderr as a whole line, waits for running jobs, and exits 2.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ExpandError {
    /// The complete line GNU prints, e.g. `Makefile:3: *** boom.  Stop.`
    pub message: String,
}

/// The evaluator's expansion, as the engine needs it.
pub trait Expander {
    /// Expands `text` in `scope` (recursively expanding variable references, running
    /// functions such as `$(shell)`, `$(info)`, `$(eval)`).
    fn expand(&mut self, text: &str, scope: &Scope<'_>) -> Result<String, ExpandError>;

    /// What is expanded next belongs to no makefile line (second expansion of
    /// prerequisites): its errors name none, as GNU's after reading.
    fn forget_location(&mut self) {}

    /// The expanded value of variable `name` in `scope`, `None` when undefined.
    /// The engine asks for `SHELL`, `.SHELLFLAGS`, `VPATH`, `GPATH`, `MAKE`.
    fn value(&mut self, name: &str, scope: &Scope<'_>) -> Result<Option<String>, ExpandError>;

    /// The environment of a recipe's shell in `scope`: exported variables (with
    /// `.EXPORT_ALL_VARIABLES`), `MAKEFLAGS`, `MAKELEVEL` (already incremented), `MFLAGS`.
    /// The engine appends `--jobserver-auth=...` to `MAKEFLAGS` when a jobserver runs.
    fn environment(&mut self, scope: &Scope<'_>) -> Result<Vec<(String, String)>, ExpandError>;

    /// A jobserver was created with `--jobserver-auth=AUTH`: `MAKEFLAGS` and `MFLAGS` show it
    /// from now on (GNU's `jobserver_auth` in its flag table).
    fn set_jobserver_auth(&mut self, _auth: &str) {}

    /// Every call until [`Expander::end_scope`] is for `scope` (one recipe being prepared):
    /// what the implementation derives from the scope may be kept and shared by those calls.
    fn begin_scope(&mut self, _scope: &Scope<'_>) {}

    /// Ends [`Expander::begin_scope`]: what was kept for the scope is dropped.
    fn end_scope(&mut self) {}
}
