//! The check-config rules for env.cfg: each known key's value against the spec's table, plus
//! unknown keys, keys assigned twice and, when given the node to look at, directories missing on
//! the node and a `REMOTE_DIR` not on shared storage. Produces the typed values native targets
//! use, and every problem at once.

use std::sync::Arc;

use camino::Utf8PathBuf;

use super::keys::{self, Kind};
use super::paths::{self, NETWORK_FS};
use super::values::{EnvValues, Services, Size, Versions};
use crate::adapters::root::Root;
use crate::diag::wording::did_you_mean;
use crate::diag::Diagnostic;
use crate::envcfg::{Binding, EnvCfg, Value};
use crate::source::{Source, Span};

mod lists;

/// Checks `env` and returns the typed values that are present and valid. `node` is the node
/// whose directories and mounts the node checks look at; `None` checks the file alone.
pub fn check_env(env: &EnvCfg, node: Option<&Root>, diags: &mut Vec<Diagnostic>) -> EnvValues {
    let mut c = Checker { env, node, diags };
    c.check_keys();
    let remote_dir = c.dir("REMOTE_DIR", "envcfg::relative-remote-dir");
    let default_under = |sub: &str| remote_dir.as_ref().map(|r| r.join(sub));
    let image_deploy_dir = c
        .dir("IMAGE_DEPLOY_DIR", "envcfg::relative-deploy-dir")
        .or_else(|| default_under("images"));
    let script_deploy_dir = c
        .dir("SCRIPT_DEPLOY_DIR", "envcfg::relative-deploy-dir")
        .or_else(|| default_under("scripts"));
    if let Some(dir) = &remote_dir {
        c.network_fs(dir);
    }
    let services = Services {
        lustre: c.flag("LUSTRE_NEEDED"),
        autofs: c.flag("AUTOFS_NEEDED"),
        ldaps: c.flag("LDAPS_NEEDED"),
        sssd: c.flag("SSSD_NEEDED"),
        ontap: c.flag("ONTAP_NEEDED"),
    };
    let ontap_folders = c.ontap(services);
    EnvValues {
        container_fs_size: c.size("CONTAINER_FS_SIZE"),
        image_names: c.images("IMAGE_NAME_LIST"),
        versions: c.versions(),
        is_systemd: c.yes_no("IS_SYSTEMD"),
        remote_dir,
        image_deploy_dir,
        script_deploy_dir,
        services,
        ontap_folders,
    }
}

struct Checker<'a> {
    env: &'a EnvCfg,
    node: Option<&'a Root>,
    diags: &'a mut Vec<Diagnostic>,
}

impl Checker<'_> {
    fn source(&self) -> &Arc<Source> {
        self.env.source()
    }

    fn push(&mut self, d: Diagnostic, span: Span, label: &str) {
        let d = d.at(&Arc::clone(self.env.source()), span, label);
        self.diags.push(d);
    }

    /// A required key the file never sets: pointed at the end of the file, where it can go.
    fn missing(&mut self, name: &str) {
        let end = self.source().text().len();
        let d = Diagnostic::error(
            "envcfg::missing-key",
            format!(
                "{} does not set `{name}`, which is required",
                self.source().name()
            ),
        )
        .with_help(format!("add a line `{name}=…` to {}", self.source().name()));
        self.push(d, Span::new(end, end), "not set anywhere in this file");
    }

    /// Unknown keys (with a suggestion) and keys assigned more than once.
    fn check_keys(&mut self) {
        for b in self.env.iter() {
            if keys::lookup(&b.name).is_none() {
                let help = match suggest(&b.name) {
                    Some(known) => format!("did you mean `{known}`?"),
                    None => "remove it, or check the spelling against the list in docs/env-cfg.md"
                        .to_owned(),
                };
                let first = b.assignments.first().copied().unwrap_or(b.name_span);
                self.push(
                    Diagnostic::warning(
                        "envcfg::unknown-key",
                        format!(
                            "`{}` is not a setting xmake or the onboarding scripts read",
                            b.name
                        ),
                    )
                    .with_help(help),
                    first,
                    "unknown key",
                );
            }
            if let [first, .., last] = b.assignments.as_slice() {
                let line = self.source().line_col(first.start).line;
                self.push(
                    Diagnostic::warning(
                        "envcfg::duplicate-key",
                        format!(
                            "`{}` is assigned more than once; the last assignment wins",
                            b.name
                        ),
                    )
                    .with_help(format!("remove the earlier assignment on line {line}")),
                    *last,
                    "assigned again here",
                );
            }
        }
    }

    /// A known key's binding, reporting a missing required key.
    fn binding(&mut self, name: &str) -> Option<&Binding> {
        let env = self.env;
        let b = env.get(name);
        if b.is_none() && keys::lookup(name).is_some_and(|k| k.required) {
            self.missing(name);
        }
        b
    }

    /// A scalar value and its span; an array is reported and its first element used.
    /// A value computed by code xmake did not run is not checked further (already reported).
    fn scalar(&mut self, name: &str) -> Option<(String, Span)> {
        let b = self.binding(name)?.clone();
        if b.uncertain {
            return None;
        }
        if let Value::Array(_) = b.value {
            self.push(
                Diagnostic::error(
                    "envcfg::unexpected-array",
                    format!("`{name}` must be a single value, not an array"),
                )
                .with_help(format!("write `{name}=value` without parentheses")),
                b.value_span,
                "array",
            );
        }
        Some((b.value.first().unwrap_or("").to_owned(), b.value_span))
    }

    fn dir(&mut self, name: &str, code: &'static str) -> Option<Utf8PathBuf> {
        let (value, span) = self.scalar(name)?;
        self.check_dir_value(name, &value, span, code, true)
    }

    /// Absolute, existing when `must_exist` (warning), trailing slashes stripped (note).
    fn check_dir_value(
        &mut self,
        name: &str,
        value: &str,
        span: Span,
        code: &'static str,
        must_exist: bool,
    ) -> Option<Utf8PathBuf> {
        if !value.starts_with('/') {
            let what = if value.is_empty() {
                "empty"
            } else {
                "not an absolute path"
            };
            self.push(
                Diagnostic::error(code, format!("`{name}` is {what}: `{value}`")).with_help(
                    "write an absolute path starting with `/`, e.g. /nfs-apps/exostellar",
                ),
                span,
                "must be absolute",
            );
            return None;
        }
        let trimmed = value.trim_end_matches('/');
        let dir = Utf8PathBuf::from(if trimmed.is_empty() { "/" } else { trimmed });
        if value.ends_with('/') && value != "/" {
            self.push(
                Diagnostic::note(
                    "envcfg::trailing-slash",
                    format!(
                        "trailing `/` removed from `{name}`: xmake uses {}",
                        shown(dir.as_str())
                    ),
                )
                .with_help("remove the trailing slash; env.cfg's header does not allow it"),
                span,
                "trailing slash",
            );
        }
        let missing_on_node = self.node.is_some_and(|root| !paths::dir_exists(root, &dir));
        if must_exist && missing_on_node {
            self.push(
                Diagnostic::warning(
                    "envcfg::missing-dir",
                    format!(
                        "`{name}` names {}, which does not exist on this node",
                        shown(dir.as_str())
                    ),
                )
                .with_help("create the directory, mount the shared storage, or correct the path"),
                span,
                "no such directory",
            );
        }
        Some(dir)
    }

    fn network_fs(&mut self, dir: &camino::Utf8Path) {
        let Some(mounts) = self.node.and_then(paths::read_mounts) else {
            return;
        };
        let Some(mount) = paths::mount_of(&mounts, dir) else {
            return;
        };
        if NETWORK_FS.contains(&mount.fstype.as_str()) {
            return;
        }
        let span = self
            .env
            .get("REMOTE_DIR")
            .map_or(Span::default(), |b| b.value_span);
        let msg = format!(
            "REMOTE_DIR `{dir}` is on `{}` ({}), not on shared storage",
            mount.point, mount.fstype
        );
        self.push(Diagnostic::warning("envcfg::not-network-fs", msg).with_help("put REMOTE_DIR on NFS, Lustre, autofs or ONTAP so every controller sees the same images"), span, "local filesystem");
    }

    fn size(&mut self, name: &str) -> Option<Size> {
        let (value, span) = self.scalar(name)?;
        let size = Size::parse(&value);
        if size.is_none() {
            let hint = Size::parse(&value.to_ascii_uppercase())
                .map_or_else(|| "e.g. `50G`".to_owned(), |s| format!("e.g. `{}`", s.text));
            self.push(
                Diagnostic::error(
                    "envcfg::invalid-size",
                    format!(
                        "`{name}` must be a whole number followed by K, M, G or T, not `{value}`"
                    ),
                )
                .with_help(format!("write the size as a number and a unit, {hint}")),
                span,
                "not a size",
            );
        }
        size
    }

    fn flag(&mut self, name: &str) -> bool {
        let Some((value, span)) = self.scalar(name) else {
            return false;
        };
        match value.as_str() {
            "0" => false,
            "1" => true,
            _ => {
                self.push(
                    Diagnostic::error(
                        "envcfg::invalid-flag",
                        format!("`{name}` must be 0 or 1, not {}", shown(&value)),
                    )
                    .with_help(format!(
                        "write `{name}=1` to enable it or `{name}=0` to disable it"
                    )),
                    span,
                    "not 0 or 1",
                );
                false
            }
        }
    }

    fn yes_no(&mut self, name: &str) -> bool {
        let Some((value, span)) = self.scalar(name) else {
            return true;
        };
        match value.as_str() {
            "yes" => true,
            "no" => false,
            _ => {
                self.push(
                    Diagnostic::error(
                        "envcfg::invalid-yes-no",
                        format!("`{name}` must be `yes` or `no`, not {}", shown(&value)),
                    )
                    .with_help(format!("write `{name}=yes` (systemd) or `{name}=no`")),
                    span,
                    "not yes or no",
                );
                true
            }
        }
    }

    fn versions(&mut self) -> Option<Versions> {
        let [rpm, platform, kernel, guest, cli] = [
            "XSPOT_RPM_VERSION",
            "XSPOT_PLATFORM",
            "XSPOT_KERNEL",
            "XSPOT_GUEST_KERNEL",
            "CLI_WRAPPER_VERSION",
        ]
        .map(|k| self.version(k));
        Some(Versions {
            xspot_rpm: rpm?,
            xspot_platform: platform?,
            xspot_kernel: kernel?,
            xspot_guest_kernel: guest?,
            cli_wrapper: cli?,
        })
    }

    fn version(&mut self, name: &str) -> Option<String> {
        let (value, span) = self.scalar(name)?;
        if value.trim().is_empty() {
            self.push(
                Diagnostic::error("envcfg::empty-value", format!("`{name}` is empty"))
                    .with_help(format!("set `{name}` to the version to install")),
                span,
                "empty",
            );
            return None;
        }
        Some(value)
    }
}

/// The known key `name` is probably a typo of. Candidates whose length alone rules them out
/// are skipped first: a large file full of helper variables stays fast to check.
fn suggest(name: &str) -> Option<&'static str> {
    let len = name.chars().count();
    let limit = (len / 3).max(1);
    did_you_mean(
        name,
        keys::names().filter(|k| k.len().abs_diff(len) <= limit),
    )
}

/// A value inside a message: in backticks, with control characters (a CR from CRLF line
/// ends) written as bash's `$'…'` would, so they are visible.
fn shown(value: &str) -> String {
    if value.chars().any(char::is_control) {
        super::show::quote(value)
    } else {
        format!("`{value}`")
    }
}

/// Whether a kind of key holds a directory (for `--show-config` and docs).
pub fn is_dir_kind(kind: Kind) -> bool {
    matches!(kind, Kind::Dir | Kind::DirList)
}
