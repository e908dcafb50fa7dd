//! xmake: GNU make 4.3, plus native, safe implementations of the X-Spot onboarding targets.
//!
//! The crate is one package whose folders stand in for crates; arrows show who may use whom:
//!
//! ```text
//! cli  ──►  onboarding  ──►  make, envcfg, tomlcfg  ──►  source, diag
//!   │            │                                         ▲
//!   └────────────┴──►  adapters (root, fs, process, engine…) ┘
//! lint ──► make, envcfg, tomlcfg, onboarding::tree, diag
//! ```
//!
//! - [`make`]: the Makefile language and engine (read → parse → evaluate → rules → execute).
//!   It never imports `onboarding`, `lint` or `adapters`.
//! - [`envcfg`]: `conf/env.cfg` read as bash would, never executed.
//! - [`tomlcfg`]: the integrate-xspot `config.toml`, read and edited keeping comments.
//! - [`onboarding`]: the onboarding tree and its native targets (plan, then apply).
//! - [`lint`]: rules over a whole tree, rendered in the formats CI systems read.
//! - [`adapters`]: the only code that spawns programs or touches absolute paths (via `--root`).
//! - [`cli`]: the thin layer that turns arguments into settings and dispatches.
//! - [`diag`], [`source`]: diagnostics with spans for xmake's own inputs.
//! - [`stdio`]: stdout and stderr for every part: writes never panic, a lost stdout is
//!   reported at exit as GNU make reports it.

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
pub mod tomlcfg;
