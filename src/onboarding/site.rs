//! The few site settings the native targets need (deploy directories), taken from the tree's
//! `conf/env.cfg`, with the diagnostics found while reading it. Every native target loads this
//! first and stops, changing nothing, when the report has an error.
//!
//! INTERIM: until the `envcfg` branch's `onboarding::settings::load` is merged, the values are
//! read by asking bash (the project's oracle for env.cfg) in an empty environment. This is the
//! only place that changes when the typed settings arrive.

use std::sync::Arc;

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::root::Root;
use crate::diag::{Diagnostic, Report};

/// Settings used by the native targets; all paths as the node names them (map through `Root`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteValues {
    pub remote_dir: Utf8PathBuf,
    pub image_deploy_dir: Utf8PathBuf,
    pub script_deploy_dir: Utf8PathBuf,
}

/// What loading the settings found.
#[derive(Debug, Default)]
pub struct Site {
    pub report: Report,
    pub values: Option<SiteValues>,
}

/// Something that can read a tree's settings (lets tests substitute values).
pub trait SiteSource: Send + Sync {
    fn load(&self, tree_dir: &Utf8Path, root: &Root) -> Site;
}

/// The settings loader the CLI uses.
pub fn default_source() -> Arc<dyn SiteSource> {
    Arc::new(BashOracle)
}

/// INTERIM loader: bash evaluates env.cfg (see the module doc).
struct BashOracle;

const KEYS: [&str; 3] = ["REMOTE_DIR", "IMAGE_DEPLOY_DIR", "SCRIPT_DEPLOY_DIR"];

impl SiteSource for BashOracle {
    fn load(&self, tree_dir: &Utf8Path, _root: &Root) -> Site {
        let mut site = Site::default();
        let script = "source conf/env.cfg >/dev/null 2>&1 || exit 3; \
                      printf '%s\\0' \"${REMOTE_DIR-}\" \"${IMAGE_DEPLOY_DIR-}\" \"${SCRIPT_DEPLOY_DIR-}\"";
        let output = std::process::Command::new("bash")
            .args(["--noprofile", "--norc", "-c", script])
            .current_dir(tree_dir)
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .output();
        let raw = match output {
            Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
            _ => {
                site.report.push(
                    Diagnostic::error("envcfg::unreadable", "conf/env.cfg could not be read")
                        .with_help("run `xmake check-config` and fix what it reports"),
                );
                return site;
            }
        };
        let values: Vec<&str> = raw.split('\0').collect();
        let mut paths = Vec::new();
        for (key, value) in KEYS.iter().zip(values) {
            let value = value.trim_end_matches('/');
            if value.starts_with('/') {
                paths.push(Utf8PathBuf::from(value));
            } else {
                site.report.push(
                    Diagnostic::error(
                        "envcfg::missing-directory",
                        format!("{key} is not set to an absolute path in conf/env.cfg"),
                    )
                    .with_help(format!("set {key} to an absolute directory")),
                );
            }
        }
        if let [remote_dir, image_deploy_dir, script_deploy_dir] = paths.as_slice() {
            site.values = Some(SiteValues {
                remote_dir: remote_dir.clone(),
                image_deploy_dir: image_deploy_dir.clone(),
                script_deploy_dir: script_deploy_dir.clone(),
            });
        }
        site
    }
}

/// A fixed set of values, for tests and for callers that already hold settings.
pub struct Fixed(pub SiteValues);

impl SiteSource for Fixed {
    fn load(&self, _tree_dir: &Utf8Path, _root: &Root) -> Site {
        Site {
            report: Report::default(),
            values: Some(self.0.clone()),
        }
    }
}
