//! Linting whole onboarding trees for CI (`xmake --lint`) and listing a Makefile's targets
//! (`xmake --list`).
//!
//! Stages, passing plain data: [`context::Ctx::load`] reads the tree once (env.cfg and
//! config.toml through [`crate::onboarding::settings::load`], the Makefile through
//! [`crate::make::eval`] in [`makefile`]); every rule of [`registry::RULES`] (one per file
//! under [`rules`]) turns that into diagnostics; [`finding::Lint`] sorts them; one renderer
//! per CI format under [`format`] prints them. [`cli`] is the command-line entry point.

pub mod cli;
pub mod context;
pub mod finding;
pub mod format;
pub mod list;
pub mod makefile;
pub mod registry;
pub mod rules;

use camino::Utf8Path;

use crate::adapters::root::Root;

pub use finding::{Finding, Lint};

/// Runs every check on the tree in `dir`: the settings checks, then each registered rule.
pub fn lint(dir: &Utf8Path, root: &Root) -> Lint {
    let ctx = context::Ctx::load(dir, root);
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
    Lint::new(findings)
}
