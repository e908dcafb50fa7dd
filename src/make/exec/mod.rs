//! Running recipes: the scheduler, recipe lines and shells, the jobserver, output sync and
//! interrupts. Expansion goes through the [`Expander`] trait (implemented by `make::eval`); the entry point is [`run`] (or
//! [`Engine`]).

mod argv;
mod child_signal;
mod continuation;
pub mod debug;
mod engine;
mod expand;
mod explain;
pub mod explained;
mod file_table;
mod finish;
mod intermediate;
mod job;
mod jobserver;
mod library;
mod line;
mod listing;
mod load;
mod makefiles;
mod native;
mod oneshell;
mod options;
mod pattern_vars;
mod report;
mod resolve;
mod scope;
mod signals;
mod spawn;
mod sync;
mod touch;
mod walk;

pub use argv::{exec_error, shell_argv};
pub use engine::{
    run, run_after, run_explained, Engine, Listings, EXIT_ERROR, EXIT_OK, EXIT_QUESTION,
};
pub use expand::{AutoVars, ExpandError, Expander, Scope, VarFrame};
pub use makefiles::{MakefileGoal, MakefileResult, Phase};
pub use options::{ExecOptions, OutputSync, SuggestFn};
pub use report::err as report_err;

#[cfg(test)]
mod tests;
