//! Linting whole onboarding trees for CI (`xmake --lint`) and listing a Makefile's targets
//! (`xmake --list`, and for the shell completions `xmake --complete-targets`).
//!
//! Stages, passing plain data: [`context::Ctx::load`] reads the tree once (env.cfg and
//! config.toml through [`crate::onboarding::settings`], without the node checks unless
//! `--node`; the Makefile through [`crate::make::eval`] in [`makefile`]); every rule of
//! [`registry::RULES`] (one per file under [`rules`]) turns that into diagnostics;
//! [`silence`] drops what the tree silenced; [`finding::Lint`] sorts them; one renderer per
//! CI format under [`format`] prints them; [`level`] turns them into the exit status. [`cli`]
//! is the command-line entry point.

pub mod cli;
pub mod complete_targets;
pub mod context;
pub mod describe;
pub mod finding;
pub mod format;
pub mod level;
pub mod list;
pub mod makefile;
pub mod registry;
pub mod rules;
pub mod silence;

use camino::Utf8Path;

use crate::adapters::root::Root;
use crate::diag::Diagnostic;

pub use finding::{Finding, Lint};

/// Runs every check on the tree in `dir` (the node checks only with `node`, the node to look
/// at), then the tree's silences. `Err` when the tree's lint configuration cannot be used.
pub fn lint(dir: &Utf8Path, node: Option<&Root>) -> Result<Lint, Box<Diagnostic>> {
    let mut silences = silence::config::read(dir)?;
    let ctx = context::Ctx::load(dir, node);
    let toml_path = ctx.loaded.toml_path.as_ref().map(|t| t.relative.as_str());
    let mut findings: Vec<Finding> = ctx
        .loaded
        .report
        .diagnostics
        .iter()
        .map(|d| Finding::from_settings(d.clone(), toml_path))
        .collect();
    for rule in registry::RULES {
        findings.extend((rule.check)(&ctx));
    }
    if let Some(env) = ctx.env_source() {
        silences.extend(silence::comments::scan(env));
    }
    if let Some(source) = ctx.makefile.as_ref().and_then(|m| ctx.source(&m.name)) {
        silences.extend(silence::comments::scan(&source));
    }
    let skipped = if node.is_some() {
        &[][..]
    } else {
        crate::onboarding::settings::NODE_CHECKS
    };
    Ok(Lint::new(silence::apply(findings, &mut silences, skipped)))
}
