//! xmake: GNU make 4.3, plus native, safe implementations of the X-Spot onboarding targets.
//!
//! The crate is one package whose folders stand in for crates; an arrow means "may use"
//! (`tests/layering.rs` holds exactly these, docs/architecture.md explains them):
//!
//! ```text
//! cli ──► lint ──► onboarding ──► make, envcfg, tomlcfg, adapters
//!  │       │           │                 envcfg, tomlcfg ──► diag ──► source
//!  └───────┴───────────┴──► diag         (make uses no other room; adapters only diag::escape)
//! ```
//!
//! - [`make`]: the Makefile language and engine (logical lines → statements → evaluation and
//!   expansion → rule database → graph → execution). It uses no other room; it runs recipes
//!   and `$(shell)` itself (`make::exec`, `make::func::io`).
//! - [`envcfg`]: `conf/env.cfg` read as bash would, never executed.
//! - [`tomlcfg`]: the integrate-xspot `config.toml`, located and read with spans
//!   (`--set-ami`'s edit, keeping comments, is [`onboarding::ami`]).
//! - [`onboarding`]: the onboarding tree, its settings and its native targets (plan, then
//!   apply), runbooks.
//! - [`lint`]: rules over a whole tree, rendered in the formats CI systems read; `--list`.
//! - [`adapters`]: the outside world for everything but the Makefile engine: the `--root`
//!   prefix, safe filesystem changes, programs, the container engine, services, packages.
//! - [`cli`]: the thin layer that turns arguments into settings and dispatches.
//! - [`diag`], [`source`]: diagnostics with spans for xmake's own inputs.
//! - [`stdio`], [`exit`], [`logging`]: shared by every room: stdout and stderr (writes never
//!   panic, a lost stdout is reported at exit as GNU make reports it), exit statuses, logs.

pub mod adapters;
pub mod cli;
pub mod diag;
pub mod envcfg;
pub mod exit;
pub mod lint;
pub mod logging;
pub mod make;
pub mod onboarding;
pub mod source;
pub mod stdio;
#[cfg(test)]
mod test_support;
pub mod tomlcfg;
