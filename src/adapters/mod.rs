//! Adapters to the world outside the process: the root prefix every absolute path goes
//! through, the filesystem, processes, the container engine, services, packages and the
//! scheduler. Outside the Makefile engine (which runs recipes itself), only this module starts
//! programs or changes files; `tests/layering.rs` holds that. Reads through `Root`-mapped
//! paths may happen elsewhere.

pub mod bigcopy;
pub mod checksum;
pub mod engine;
pub mod fault;
pub mod fs;
pub mod line_stream;
pub mod lock;
pub mod manifest;
pub mod nofollow;
pub mod packages;
pub mod process;
pub mod progress;
pub mod realpath;
pub mod root;
pub mod scheduler;
pub mod services;
pub mod snapshot;
pub mod snapshot_marker;
pub mod sparse_copy;
pub mod state;
pub mod trusted_script;
