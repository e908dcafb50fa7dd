//! The site settings the native targets need, from `onboarding::settings::load` (the typed,
//! checked view of `conf/env.cfg` and `config.toml`), with the diagnostics found while reading
//! them. Every native target loads this first and stops, changing nothing, when the report has
//! an error. [`SiteSource`] lets tests substitute values.

use std::sync::Arc;

use camino::{Utf8Path, Utf8PathBuf};

use super::settings::{self, Settings, Versions};
use crate::adapters::root::Root;
use crate::diag::Report;
use crate::envcfg::EnvCfg;

/// Settings used by the native targets; all paths as the node names them (map through `Root`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteValues {
    pub remote_dir: Utf8PathBuf,
    pub image_deploy_dir: Utf8PathBuf,
    pub script_deploy_dir: Utf8PathBuf,
    /// `IMAGE_NAME_LIST`, in order.
    pub image_names: Vec<String>,
    /// The package versions to install.
    pub versions: Versions,
    /// `IS_SYSTEMD` (default yes): post-docker is a systemd unit, or a script run directly.
    pub is_systemd: bool,
}

impl From<&Settings> for SiteValues {
    fn from(s: &Settings) -> Self {
        Self {
            remote_dir: s.remote_dir.clone(),
            image_deploy_dir: s.image_deploy_dir.clone(),
            script_deploy_dir: s.script_deploy_dir.clone(),
            image_names: s.image_names.clone(),
            versions: s.versions.clone(),
            is_systemd: s.is_systemd,
        }
    }
}

/// What loading the settings found.
#[derive(Debug, Default)]
pub struct Site {
    pub report: Report,
    pub values: Option<SiteValues>,
    /// The full typed settings, when they came from `settings::load`.
    pub settings: Option<Settings>,
    /// env.cfg's variables as that load read them (`--explain` shows where each key is set
    /// from these, never reading the file again).
    pub env: Option<EnvCfg>,
}

/// Something that can read a tree's settings (lets tests substitute values).
pub trait SiteSource: Send + Sync {
    fn load(&self, tree_dir: &Utf8Path, root: &Root) -> Site;
}

/// The settings loader the CLI uses: `onboarding::settings::load`.
pub fn default_source() -> Arc<dyn SiteSource> {
    Arc::new(Checked)
}

struct Checked;

impl SiteSource for Checked {
    fn load(&self, tree_dir: &Utf8Path, root: &Root) -> Site {
        let loaded = settings::load(tree_dir, root);
        Site {
            report: loaded.report,
            values: loaded.settings.as_ref().map(SiteValues::from),
            settings: loaded.settings,
            env: loaded.env,
        }
    }
}

/// A fixed set of values, for tests and for callers that already hold settings.
pub struct Fixed(pub SiteValues);

impl SiteSource for Fixed {
    fn load(&self, _tree_dir: &Utf8Path, _root: &Root) -> Site {
        Site {
            report: Report::default(),
            values: Some(self.0.clone()),
            settings: None,
            env: None,
        }
    }
}
