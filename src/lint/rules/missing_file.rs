//! `lint::missing-file` (error): a file every onboarding tree has is missing.
//!
//! **What it checks.** The tree holds `version`, a `Makefile`, and the post-docker templates
//! `scripts/templates/post-docker.service` (not needed when env.cfg says `IS_SYSTEMD=no`)
//! and `scripts/templates/post-docker.sh`.
//! (`conf/env.cfg` and `config.toml` are checked by the settings checks, which report
//! `envcfg::missing-file` and `toml::missing-file`.)
//!
//! **Why.** `version` names the release every target works on; the Makefile is what admins
//! run; `controller` and `upgrade` install the post-docker unit and script from the templates.
//!
//! **Example.** `scripts/templates/post-docker.service` was deleted while `IS_SYSTEMD` is `yes`.
//!
//! **Fix.** Restore the file from the vendor's onboarding tarball.

use super::about;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::Ctx;
use crate::lint::finding::Finding;
use crate::lint::makefile;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::missing-file",
    severity: Severity::Error,
    summary: "a file every onboarding tree has is missing",
    check,
};

/// Required files other than the makefile, relative to the tree, with what they are for.
const REQUIRED: &[(&str, &str)] = &[
    ("version", "the release every target works on"),
    (
        "scripts/templates/post-docker.service",
        "the unit `controller` and `upgrade` install",
    ),
    (
        "scripts/templates/post-docker.sh",
        "the script that loads the images at boot",
    ),
];

fn check(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    if makefile::find(&ctx.dir).is_none() {
        out.push(missing("Makefile", "the targets admins run"));
    }
    let no_systemd = ctx
        .loaded
        .env
        .as_ref()
        .and_then(|env| env.scalar("IS_SYSTEMD"))
        .is_some_and(|v| v == "no");
    for (path, why) in REQUIRED {
        if no_systemd && path.ends_with(".service") {
            continue;
        }
        if !ctx.dir.join(path).is_file() {
            out.push(missing(path, why));
        }
    }
    out
}

fn missing(path: &str, why: &str) -> Finding {
    about(
        Diagnostic::error(RULE.code, format!("`{path}` is missing ({why})"))
            .with_help("restore it from the onboarding tarball"),
        path,
    )
}
