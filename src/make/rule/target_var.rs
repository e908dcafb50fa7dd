//! Target-specific and pattern-specific variable assignments (`target: VAR = value`),
//! recorded unexpanded; the evaluator's expansion applies them in the scope chain when a recipe runs
//! (GNU make manual 6.11 and 6.12).

use std::rc::Rc;

use super::Location;
use crate::make::var::Origin;

/// The assignment operator of a target-specific variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`: recursive.
    Recursive,
    /// `:=` or `::=`: simple (the evaluator stores the already-expanded value).
    Simple,
    /// `+=`: append to the value inherited from the enclosing scope.
    Append,
    /// `?=`: only if not set in an enclosing scope.
    Conditional,
    /// `!=`: shell (the evaluator stores the shell's output, already run).
    Shell,
}

/// One `target: [override] [export|unexport] [private] VAR op value` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TargetVar {
    /// The variable name (expanded); shared by every target of the line.
    pub name: Rc<str>,
    /// The operator.
    pub op: AssignOp,
    /// The value: unexpanded for `=`, `+=`, `?=`; expanded for `:=`; for `!=` the shell's
    /// output on a target, the command itself on a pattern (run when the pattern applies). Shared by
    /// every target of the line (`$(OBJS): FLAGS := ...` names hundreds).
    pub value: Rc<str>,
    /// `override` gives `Override`, else `File`; a pattern's line for a variable given on the
    /// command line (or by `-e`'s environment) takes that origin and value when it is read
    /// (GNU's `record_target_var`) but keeps its operator.
    pub origin: Origin,
    /// A pattern's line that took a recursive command-line value: `-p` shows it with `=`
    /// (GNU's `recursive` bit, copied from the command-line variable), else with `:=`.
    pub shown_recursive: bool,
    /// `export` (Some(true)) / `unexport` (Some(false)) was given.
    pub export: Option<bool>,
    /// `private`: not inherited by prerequisites.
    pub private: bool,
    /// Where the assignment is.
    pub loc: Location,
}

impl TargetVar {
    /// `override` was given.
    pub fn is_override(&self) -> bool {
        self.origin == Origin::Override
    }
}

/// The pattern of a pattern-specific line as GNU's `find_percent` leaves it: quoting
/// backslashes before the first real `%` resolved (`a\%%` is `a%%`, whose `%` is the
/// second one), the rest as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VarPattern {
    /// The pattern as `-p` prints it.
    pub text: String,
    /// Where its `%` is in `text`.
    pub percent: usize,
}

impl VarPattern {
    /// The pattern of `target`, `None` when it has no unquoted `%` (a file's name).
    pub fn parse(target: &str) -> Option<Self> {
        match crate::make::func::pattern::split(target) {
            (pre, Some(suf)) => Some(Self {
                percent: pre.len(),
                text: format!("{pre}%{suf}"),
            }),
            (_, None) => None,
        }
    }

    /// The stem when the whole of `name` matches (GNU's `lookup_pattern_var`, which
    /// skips names shorter than the pattern: the stem is never empty).
    pub fn stem<'n>(&self, name: &'n str) -> Option<&'n str> {
        let (pre, suf) = (&self.text[..self.percent], &self.text[self.percent + 1..]);
        let fits = name.len() >= self.text.len();
        (fits && name.starts_with(pre) && name.ends_with(suf))
            .then(|| &name[pre.len()..name.len() - suf.len()])
    }
}
