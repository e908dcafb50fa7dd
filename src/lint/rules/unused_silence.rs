//! `lint::unused-silence` (warning): a silence that silences nothing.
//!
//! **What it checks.** Every code silenced in `.xmake.toml` (`[lint] allow`, `[lint.per-file]`)
//! or by a `# xmake-lint: allow CODE` comment in `conf/env.cfg` or the Makefile matched at
//! least one finding of this run. Silences of the node checks (`envcfg::missing-dir`,
//! `envcfg::not-network-fs`, `toml::overlay-overlaps-subnet`) are not reported when the node
//! checks did not run (no `--node`). The findings come from the silencing stage, after every
//! other rule; this rule's own check finds nothing.
//!
//! **Why.** A silence outlives the problem it was written for: once the file is fixed it only
//! hides the next, real problem of the same kind. A misspelt code silences nothing at all.
//!
//! **Example.** `IMAGE_NAME_LIST=( "img2:7.9" ) # xmake-lint: allow lint::missing-dockerfile`
//! after `images/img2/docker_build_path/Dockerfile` was added.
//!
//! **Fix.** Remove the silence, or correct the code it names (`xmake --lint --format json`
//! shows each finding's code).

use crate::diag::Severity;
use crate::lint::context::Ctx;
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::unused-silence",
    severity: Severity::Warning,
    summary: "a silence that silences nothing",
    check,
};

/// Nothing: [`crate::lint::silence::apply`] reports unused silences once every rule ran.
fn check(_: &Ctx) -> Vec<Finding> {
    Vec::new()
}
