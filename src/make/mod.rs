//! The Makefile language and engine, as GNU make 4.3 reads and runs it: logical lines and
//! statements (`eval`) → expansion (`expand`, `func`, `var`) → the rule database (`rule`) →
//! the graph and out-of-date decisions (`graph`, `plan`) → running recipes (`exec`); `run` is
//! the GNU-make path from the command line's settings to the exit status.
//! It uses no other room of the crate (not `onboarding`, `adapters` or `diag`): the host
//! reaches in through the [`native::NativeTargets`] trait. It starts processes itself, for
//! recipes (`exec/spawn.rs`) and `$(shell)` (`func/io.rs`).
pub mod dump;
pub mod exec;
pub mod graph;
pub mod inspect;
pub mod plan;
pub mod rule;

pub mod blank;
pub mod directory_lines;
pub mod eval;
pub mod expand;
pub(crate) mod fs_epoch;
pub mod func;
pub mod glob;
mod glob_dirs;
pub mod messages;
mod name_index;
pub mod native;
mod read_times;
mod remake;
pub mod run;
pub mod settings;
mod tight;
pub mod var;

pub use run::run;
