//! `lint::incomplete-layout` (warning): a file of the onboarding layout is missing.
//!
//! **What it checks.** The integrate-xspot files the vendor's layout ships besides
//! `config.toml`: `config/dockerWrapper.toml`, `config/log_upload.env`, the scripts
//! `startup.sh`, `job_startup_user.sh`, `job_startup_root.sh`, `job_cleanup_user.sh`,
//! `job_cleanup_root.sh`, and `scripts/templates/customize_worker_ami.sh`.
//!
//! **Why.** `controller` and `upgrade` copy the integrate-xspot folders to `/etc/xspot`;
//! a missing file there stays missing on the controller (or keeps an older release's copy),
//! and `install-xspot-worker` runs `customize_worker_ami.sh`. A warning: a site may have
//! removed a hook it does not use on purpose.
//!
//! **Example.** a site removed `scripts/controller/integrate-xspot/scripts/job_cleanup_root.sh`
//! because it had nothing to clean up.
//!
//! **Fix.** Restore the file from the onboarding tarball.

use super::about;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::Ctx;
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;
use crate::onboarding::tree::XSPOT_DIR;

pub const RULE: Rule = Rule {
    code: "lint::incomplete-layout",
    severity: Severity::Warning,
    summary: "a file of the onboarding layout is missing",
    check,
};

/// Under `scripts/controller/integrate-xspot/`.
const XSPOT_FILES: &[&str] = &[
    "config/dockerWrapper.toml",
    "config/log_upload.env",
    "scripts/startup.sh",
    "scripts/job_startup_user.sh",
    "scripts/job_startup_root.sh",
    "scripts/job_cleanup_user.sh",
    "scripts/job_cleanup_root.sh",
];

const TEMPLATES: &[&str] = &["scripts/templates/customize_worker_ami.sh"];

fn check(ctx: &Ctx) -> Vec<Finding> {
    XSPOT_FILES
        .iter()
        .map(|f| format!("{XSPOT_DIR}/{f}"))
        .chain(TEMPLATES.iter().map(|f| (*f).to_owned()))
        .filter(|path| !ctx.dir.join(path).is_file())
        .map(|path| {
            about(
                Diagnostic::warning(RULE.code, format!("`{path}` is missing"))
                    .with_help("restore it from the onboarding tarball"),
                path,
            )
        })
        .collect()
}
