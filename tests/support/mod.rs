//! The one test support module of the integration tests (`mod support;` in each test crate).
//! Each file owns one concern:
//!
//! - [`run`]: the one way to run xmake: a builder over a clean environment, output redacted
//!   for snapshots.
//! - [`files`]: this repository's path, folder copies, file edits, fixture copies and scratch
//!   node roots.
//! - [`scenario`]: an onboarding tree under a scratch `--root`, with runners for its recipes
//!   under GNU make and `xmake --no-native`, and snapshots of every file under the root.
//! - [`engine`]: a private podman behind a logging wrapper, and a busybox base tarball.
//! - [`built`]: a scenario whose images are built.
//! - [`lint`]: `--lint`/`--list` runs in a folder.
//! - [`envcfg`]: env.cfg values as bash sees them and as xmake reads them.
//! - [`sources`]: the project's Rust sources, for tests that read the code.
//! - [`schedulers`]: a `PATH` with the batch scheduler's stand-ins a test wants, no other.
//!
//! Every test crate compiles all of it and uses a part, hence the `dead_code` allowance.
#![allow(dead_code)]

pub mod built;
pub mod engine;
pub mod envcfg;
pub mod files;
pub mod lint;
pub mod run;
pub mod scenario;
pub mod schedulers;
pub mod sources;
