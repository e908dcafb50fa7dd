//! Target-specific and pattern-specific variable assignments (`target: VAR = value`),
//! recorded unexpanded; the evaluator's expansion applies them in the scope chain when a recipe runs
//! (GNU make manual 6.11 and 6.12).

use std::rc::Rc;

use super::Location;

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
    /// The value: unexpanded for `=`, `+=`, `?=`; expanded for `:=` and `!=`. Shared by
    /// every target of the line (`$(OBJS): FLAGS := ...` names hundreds).
    pub value: Rc<str>,
    /// `override` was given.
    pub is_override: bool,
    /// `export` (Some(true)) / `unexport` (Some(false)) was given.
    pub export: Option<bool>,
    /// `private`: not inherited by prerequisites.
    pub private: bool,
    /// Where the assignment is.
    pub loc: Location,
}
