//! Typed onboarding settings and the `check-config` checks: reads `conf/env.cfg` (as bash
//! would, see [`crate::envcfg`]) and the integrate-xspot `config.toml` (see
//! [`crate::tomlcfg`]), checks every rule, and returns every problem at once with the typed
//! [`Settings`] every native target starts from. [`cli`] renders it for `check-config` and
//! `--show-config`.

pub mod cli;
pub mod env_checks;
pub mod image_ref;
pub mod keys;
pub mod paths;
pub mod secrets;
pub mod show;
pub mod toml_checks;
pub mod values;

use std::sync::Arc;

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::root::Root;
use crate::diag::{Diagnostic, Report};
use crate::envcfg::{self, EnvCfg};
use crate::source::Source;
use crate::tomlcfg::{self, Located};

pub use values::{EnvValues, Services, Size, TomlSettings, Versions};

/// Where env.cfg lives in a tree, as messages print it.
pub const ENV_CFG_PATH: &str = "conf/env.cfg";
/// The largest env.cfg or config.toml xmake reads: both are small configuration files
/// (a few kilobytes), so anything bigger is refused before it is read.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Settings that passed every check: what native targets use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub remote_dir: Utf8PathBuf,
    pub container_fs_size: Size,
    pub image_deploy_dir: Utf8PathBuf,
    pub script_deploy_dir: Utf8PathBuf,
    pub services: Services,
    pub ontap_folders: Vec<Utf8PathBuf>,
    /// `IMAGE_NAME_LIST`, in order.
    pub image_names: Vec<String>,
    pub versions: Versions,
    /// `IS_SYSTEMD` (default yes).
    pub is_systemd: bool,
    pub config_toml: TomlSettings,
}

/// Everything `load` found: the report, and the settings when there was no error.
#[derive(Debug)]
pub struct Loaded {
    pub report: Report,
    /// `Some` only when the report has no errors.
    pub settings: Option<Settings>,
    /// env.cfg's variables, as bash would hold them (even when checks failed).
    pub env: Option<EnvCfg>,
    /// The config.toml that was read, and whether it was at the older location.
    pub toml_path: Option<Located>,
}

/// The codes of the checks that look at the node rather than the tree: a directory env.cfg
/// names exists here, `REMOTE_DIR` is on shared storage here, the overlay does not overlap a
/// network of this machine. [`load_tree`] runs none of them.
pub const NODE_CHECKS: &[&str] = &[
    "envcfg::missing-dir",
    "envcfg::not-network-fs",
    "toml::overlay-overlaps-subnet",
];

/// Reads and checks the tree's env.cfg and config.toml, with the node checks. `tree_dir` is
/// the onboarding tree as the process sees it; `root` prefixes the node's absolute paths
/// (`/proc/mounts`, `/proc/net/route`, directories named in env.cfg).
pub fn load(tree_dir: &Utf8Path, root: &Root) -> Loaded {
    load_with(tree_dir, Some(root))
}

/// Reads and checks the tree alone: every check but [`NODE_CHECKS`], so the result is the
/// same on any machine (what `--lint` runs without `--node`).
pub fn load_tree(tree_dir: &Utf8Path) -> Loaded {
    load_with(tree_dir, None)
}

fn load_with(tree_dir: &Utf8Path, node: Option<&Root>) -> Loaded {
    let mut diags = Vec::new();
    let env = read_env(tree_dir, &mut diags);
    let values = env
        .as_ref()
        .map(|env| env_checks::check_env(env, node, &mut diags));
    if let Some(env) = &env {
        envcfg::runaway::fold(env.source(), &mut diags);
    }
    let (toml_path, toml) = read_toml(tree_dir, node, &mut diags);
    let mut report = Report::default();
    report.extend(diags);
    report.sort();
    report.cap();
    let settings = if report.has_errors() {
        None
    } else {
        values.and_then(|v| build(v, toml))
    };
    tracing::debug!(
        "settings of {tree_dir} loaded from conf/env.cfg and {}: {} errors, {} warnings",
        toml_path
            .as_ref()
            .map_or_else(|| "no config.toml".to_owned(), |t| t.relative.to_string()),
        report.count(crate::diag::Severity::Error),
        report.count(crate::diag::Severity::Warning)
    );
    Loaded {
        report,
        settings,
        env,
        toml_path,
    }
}

fn build(v: EnvValues, toml: Option<TomlSettings>) -> Option<Settings> {
    Some(Settings {
        remote_dir: v.remote_dir?,
        container_fs_size: v.container_fs_size?,
        image_deploy_dir: v.image_deploy_dir?,
        script_deploy_dir: v.script_deploy_dir?,
        services: v.services,
        ontap_folders: v.ontap_folders,
        image_names: v.image_names,
        versions: v.versions?,
        is_systemd: v.is_systemd,
        config_toml: toml?,
    })
}

/// Reads `conf/env.cfg` as bash would (the reader's diagnostics only, none of the value checks).
pub fn read_env(tree_dir: &Utf8Path, diags: &mut Vec<Diagnostic>) -> Option<EnvCfg> {
    let path = tree_dir.join(ENV_CFG_PATH);
    let bytes = match crate::adapters::fs::read_bounded(&path, MAX_CONFIG_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
            diags.push(too_large("envcfg::too-large", ENV_CFG_PATH));
            return None;
        }
        Err(e) => {
            diags.push(
                Diagnostic::error(
                    "envcfg::missing-file",
                    format!("cannot read {ENV_CFG_PATH}: {e}"),
                )
                .with_help("run xmake in the onboarding tree, the directory holding conf/env.cfg"),
            );
            return None;
        }
    };
    let source = Arc::new(Source::from_bytes(ENV_CFG_PATH, &bytes));
    if let Err(e) = std::str::from_utf8(&bytes) {
        let at = crate::source::Span::new(e.valid_up_to(), e.valid_up_to() + 3);
        diags.push(
            Diagnostic::warning(
                "envcfg::invalid-utf8",
                format!("{ENV_CFG_PATH} is not valid UTF-8; invalid bytes are shown as �"),
            )
            .at(&source, at, "not UTF-8")
            .with_help("save the file as UTF-8"),
        );
    }
    let (env, read_diags) = envcfg::read(&source);
    secrets::protect_env(&env);
    diags.extend(read_diags);
    Some(env)
}

fn read_toml(
    tree_dir: &Utf8Path,
    node: Option<&Root>,
    diags: &mut Vec<Diagnostic>,
) -> (Option<Located>, Option<TomlSettings>) {
    let Some(located) = tomlcfg::locate(tree_dir) else {
        if let Some(rel) = tomlcfg::locate::not_a_file(tree_dir) {
            diags.push(
                Diagnostic::error(
                    "toml::missing-file",
                    format!(
                        "{rel} is not a regular file (a FIFO, folder, device or a link to one)"
                    ),
                )
                .with_help("replace it with config.toml from the onboarding tarball"),
            );
            return (None, None);
        }
        diags.push(
            Diagnostic::error(
                "toml::missing-file",
                format!(
                    "no config.toml at {} (nor at the older {})",
                    tomlcfg::CONFIG_PATH,
                    tomlcfg::LEGACY_CONFIG_PATH
                ),
            )
            .with_help("restore config.toml from the onboarding tarball"),
        );
        return (None, None);
    };
    if located.legacy {
        diags.push(
            Diagnostic::note(
                "toml::legacy-location",
                format!(
                    "read config.toml from the older location {}",
                    located.relative
                ),
            )
            .with_help(format!(
                "newer releases keep it at {}",
                tomlcfg::CONFIG_PATH
            )),
        );
    }
    if located.shadowed_legacy {
        diags.push(
            Diagnostic::warning(
                "toml::two-configs",
                format!(
                    "both {} and {} exist; xmake reads the first",
                    tomlcfg::CONFIG_PATH,
                    tomlcfg::LEGACY_CONFIG_PATH
                ),
            )
            .with_help("remove the older copy so nobody edits the wrong file"),
        );
    }
    let text = match crate::adapters::fs::read_bounded(&located.path, MAX_CONFIG_BYTES) {
        Ok(bytes) => {
            let (text, not_utf8) = tomlcfg::locate::decode(located.relative.as_str(), &bytes);
            diags.extend(not_utf8);
            text
        }
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
            diags.push(too_large("toml::too-large", located.relative.as_str()));
            return (Some(located), None);
        }
        Err(e) => {
            diags.push(Diagnostic::error(
                "toml::missing-file",
                format!("cannot read {}: {e}", located.relative),
            ));
            return (Some(located), None);
        }
    };
    let (file, toml_diags) = tomlcfg::read(located.relative.as_str(), &text);
    diags.extend(toml_diags);
    let mut settings = TomlSettings {
        path: located.relative.clone(),
        legacy_location: located.legacy,
        ..TomlSettings::default()
    };
    let networks = node.and_then(paths::read_networks).unwrap_or_default();
    toml_checks::check_toml(&file, &networks, &mut settings, diags);
    let ok = file.doc.is_some();
    (Some(located), ok.then_some(settings))
}

/// The file a settings diagnostic is about, relative to the tree: its source's name when it
/// has a location, else the file its code belongs to (`toml` names the config.toml read).
pub fn file_of<'a>(d: &'a Diagnostic, toml: Option<&'a str>) -> Option<&'a str> {
    if let Some(file) = d.file() {
        return Some(file);
    }
    if d.code.starts_with("envcfg::") {
        Some(ENV_CFG_PATH)
    } else if d.code.starts_with("toml::") {
        Some(toml.unwrap_or(tomlcfg::CONFIG_PATH))
    } else {
        None
    }
}

/// The summary of a settings report, naming the file of each problem.
pub fn summary(report: &Report, toml: Option<&str>) -> String {
    crate::diag::render::summary_in_files(report.diagnostics.iter().map(|d| (d, file_of(d, toml))))
}

/// The error for a configuration file over [`MAX_CONFIG_BYTES`].
fn too_large(code: &'static str, file: &str) -> Diagnostic {
    Diagnostic::error(
        code,
        format!(
            "{file} is larger than {} MiB; xmake does not read it",
            MAX_CONFIG_BYTES >> 20
        ),
    )
    .with_help(format!(
        "{file} is a small configuration file: restore it from the onboarding tarball"
    ))
}
