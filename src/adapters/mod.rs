//! Adapters to the world outside the process: the root prefix every absolute path goes
//! through, the filesystem, processes, the container engine, services and packages.
//! Only this module spawns programs or touches absolute paths.

pub mod bigcopy;
pub mod checksum;
pub mod engine;
pub mod fault;
pub mod fs;
pub mod lock;
pub mod manifest;
pub mod nofollow;
pub mod process;
pub mod progress;
pub mod realpath;
pub mod root;
pub mod snapshot;
pub mod snapshot_marker;
pub mod sparse_copy;
pub mod state;
