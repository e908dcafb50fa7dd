//! The Makefile language and engine, as GNU make 4.3 reads and runs it:
//! reader (logical lines) → parser (statements) → expr → eval → rules → graph → exec.
//! Reaches the outside world only through small traits; never imports `onboarding` or `adapters`.
pub mod dump;
pub mod exec;
pub mod graph;
pub mod inspect;
pub mod plan;
pub mod rule;

pub mod directory_lines;
pub mod eval;
pub mod expand;
pub mod func;
pub mod glob;
pub mod messages;
pub mod native;
mod remake;
pub mod run;
pub mod settings;
mod tight;
pub mod var;

pub use run::run;
