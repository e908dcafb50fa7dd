//! `lint::not-executable` (warning): a shell script with a #! line is not executable.
//!
//! **What it checks.** Every `*.sh` file in the tree that starts with `#!` has an execute
//! bit. Scripts without `#!` are libraries meant to be sourced (like `scripts/make/common.sh`)
//! and are left alone.
//!
//! **Why.** The integrate-xspot scripts are copied to `/etc/xspot/scripts` and run by X-Spot,
//! and `post-docker.sh` is run by its systemd unit: without the bit they fail with
//! `Permission denied` on the controller, long after the upgrade looked fine. Tarballs
//! unpacked by some tools, and files edited on Windows shares, lose the bit.
//!
//! **Example.** `startup.sh` starts with `#!/bin/bash` and has mode `0644`.
//!
//! **Fix.** `chmod +x FILE` (and `git update-index --chmod=+x FILE` if the tree is in git).

use std::os::unix::fs::PermissionsExt;

use super::located;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::{line_span, Ctx};
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::not-executable",
    severity: Severity::Warning,
    summary: "a shell script with a #! line is not executable",
    check,
};

fn check(ctx: &Ctx) -> Vec<Finding> {
    super::files_ending(&ctx.dir, ".sh")
        .into_iter()
        .filter_map(|rel| {
            let path = ctx.dir.join(&rel);
            let mode = std::fs::metadata(&path).ok()?.permissions().mode();
            if mode & 0o111 != 0 {
                return None;
            }
            let source = ctx.source(rel.as_str())?;
            if !source.text().starts_with("#!") {
                return None;
            }
            Some(located(
                Diagnostic::warning(
                    RULE.code,
                    format!("`{rel}` has a #! line but is not executable"),
                )
                .at(&source, line_span(&source, 1), "run as a program")
                .with_help(format!("make it executable: chmod +x {rel}")),
            ))
        })
        .collect()
}
