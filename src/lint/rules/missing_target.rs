//! `lint::missing-target` (warning): the Makefile lacks one of the onboarding targets.
//!
//! **What it checks.** The Makefile defines every target of the onboarding procedure:
//! `check-config`, `image-folder`, `base`, `new-base`, `build-image`, `rebuild-image`,
//! `controller`, `upgrade`, `sync-config-preview`, `sync-config`, `deploy`,
//! `install-xspot-worker`. Skipped when the Makefile cannot be read (see
//! `lint::makefile-parse`).
//!
//! **Why.** The upgrade procedure and admins' runbooks call these by name; a missing one
//! fails with `No rule to make target` in the middle of an upgrade. It is a warning because
//! xmake runs some of them natively even without a recipe.
//!
//! **Example.** a Makefile trimmed to `deploy` and `upgrade` lacks `sync-config`, which the
//! upgrade procedure runs.
//!
//! **Fix.** Restore the target from the onboarding tarball's Makefile.

use super::about;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::Ctx;
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::missing-target",
    severity: Severity::Warning,
    summary: "the Makefile lacks one of the onboarding targets",
    check,
};

/// The targets of the onboarding procedure (docs/targets.md), in the order admins run them.
pub const KNOWN_TARGETS: &[&str] = &[
    "check-config",
    "image-folder",
    "base",
    "new-base",
    "build-image",
    "rebuild-image",
    "controller",
    "upgrade",
    "sync-config-preview",
    "sync-config",
    "deploy",
    "install-xspot-worker",
];

fn check(ctx: &Ctx) -> Vec<Finding> {
    let Some(makefile) = &ctx.makefile else {
        return Vec::new();
    };
    if makefile.error.is_some() {
        return Vec::new();
    }
    KNOWN_TARGETS
        .iter()
        .filter(|known| !makefile.targets.iter().any(|t| t.name == **known))
        .map(|known| {
            about(
                Diagnostic::warning(
                    RULE.code,
                    format!("{} defines no `{known}` target", makefile.name),
                )
                .with_help("restore the target from the onboarding tarball's Makefile"),
                makefile.name.clone(),
            )
        })
        .collect()
}
