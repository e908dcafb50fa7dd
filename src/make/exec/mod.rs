//! Running recipes: the scheduler, recipe lines and shells, the jobserver, output sync and
//! interrupts. Expansion goes through lang's [`Expander`].

mod expand;

pub use expand::{AutoVars, ExpandError, Expander, Scope, VarFrame};
