//! An onboarding tree on disk: found in the working directory (or `-C DIR`), recognised by its
//! `version` file and `conf/env.cfg`, with the release it carries and where its integrate-xspot
//! configuration lives (the guide's `config/config.toml` or the seed's older `config.toml`).

use camino::{Utf8Path, Utf8PathBuf};

/// Where the tree keeps `config.toml`. The guide and the seed disagree; both are accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConfigLayout {
    /// `scripts/controller/integrate-xspot/config/config.toml` (the vendor guide).
    Guide,
    /// `scripts/controller/integrate-xspot/config.toml` (the upgrade procedure, older releases).
    Legacy,
}

/// A recognised onboarding tree.
#[derive(Clone, Debug)]
pub struct Tree {
    /// Absolute path of the tree's top directory.
    pub dir: Utf8PathBuf,
    /// The release from `version`, e.g. `2.4.1`.
    pub release: String,
    pub layout: ConfigLayout,
}

#[derive(Debug, thiserror::Error)]
pub enum TreeError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: Utf8PathBuf,
        source: std::io::Error,
    },
    #[error("{path} does not hold a usable release name: {why}")]
    BadRelease { path: Utf8PathBuf, why: String },
}

/// The most of `version` that is read: a release name is short.
pub const MAX_VERSION_BYTES: u64 = 256;
/// The longest release name (it names directories, with `-<n>` added for snapshots).
const MAX_RELEASE_CHARS: usize = 128;
/// Names a release cannot have: the links beside the snapshots and images.
const RESERVED: [&str; 2] = ["current", "latest"];

/// Why `release` (the trimmed `version`) cannot name a release, if it cannot: it becomes a
/// directory name under `IMAGE_DEPLOY_DIR` and `SCRIPT_DEPLOY_DIR`, so it must be one plain
/// name that is not a link xmake manages, nor read as an option by the tools it is passed to.
pub fn release_problem(release: &str) -> Option<String> {
    let shown = || escaped(release);
    if release.is_empty() {
        return Some("the file is empty".to_owned());
    }
    if release.chars().count() > MAX_RELEASE_CHARS {
        return Some(format!("longer than {MAX_RELEASE_CHARS} characters"));
    }
    if !release
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "._-+~".contains(c))
    {
        return Some(format!(
            "{} has characters other than letters, digits and `._-+~`",
            shown()
        ));
    }
    if release.starts_with('.') || release.starts_with('-') {
        return Some(format!("{} starts with `{}`", shown(), &release[..1]));
    }
    if RESERVED.contains(&release) {
        return Some(format!(
            "{} is the name of a link beside the releases",
            shown()
        ));
    }
    None
}

/// `text` quoted, with control and non-ASCII characters escaped, cut to 64 characters.
fn escaped(text: &str) -> String {
    let cut: String = text.chars().take(64).collect();
    let more = if cut.len() < text.len() { "…" } else { "" };
    format!("\"{}\"{more}", cut.escape_default())
}

/// Reads `version` (at most [`MAX_VERSION_BYTES`]) and checks the release it names.
fn read_release(version: &Utf8Path) -> Result<String, TreeError> {
    let bytes = crate::adapters::fs::read_bounded(version, MAX_VERSION_BYTES).map_err(|e| {
        if e.kind() == std::io::ErrorKind::FileTooLarge {
            TreeError::BadRelease {
                path: version.to_owned(),
                why: format!("the file is larger than {MAX_VERSION_BYTES} bytes"),
            }
        } else {
            TreeError::Read {
                path: version.to_owned(),
                source: e,
            }
        }
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let release = text.trim();
    match release_problem(release) {
        Some(why) => Err(TreeError::BadRelease {
            path: version.to_owned(),
            why,
        }),
        None => Ok(release.to_owned()),
    }
}

/// The integrate-xspot folder, relative to the tree.
pub const XSPOT_DIR: &str = "scripts/controller/integrate-xspot";
/// xmake's own state inside a tree (journal, lock, backups); never copied by `deploy`.
pub const STATE_DIR: &str = ".xmake";

impl Tree {
    /// Looks at `dir`: `Ok(None)` when it is not an onboarding tree (no `version` or no
    /// `conf/env.cfg`), so the caller falls back to the Makefile engine.
    pub fn discover(dir: &Utf8Path) -> Result<Option<Tree>, TreeError> {
        let dir = absolute(dir);
        let version = dir.join("version");
        if !version.is_file() || !dir.join("conf/env.cfg").is_file() {
            return Ok(None);
        }
        let release = read_release(&version)?;
        let layout = if dir.join(XSPOT_DIR).join("config.toml").is_file()
            && !dir.join(XSPOT_DIR).join("config/config.toml").is_file()
        {
            ConfigLayout::Legacy
        } else {
            ConfigLayout::Guide
        };
        Ok(Some(Tree {
            dir,
            release,
            layout,
        }))
    }

    /// Why `dir` is not recognised as a tree, for the line that says a goal runs its recipe:
    /// `version is missing`, `version is a directory`, `version is a dangling link`, ...
    pub fn why_not(dir: &Utf8Path) -> String {
        let dir = absolute(dir);
        ["version", "conf/env.cfg"]
            .iter()
            .find_map(|name| not_a_file(&dir.join(name)).map(|why| format!("{name} {why}")))
            .unwrap_or_else(|| "it is not an onboarding tree".to_owned())
    }

    /// The tree's `integrate-xspot/<part>` folder (`config` or `scripts`).
    pub fn xspot(&self, part: &str) -> Utf8PathBuf {
        self.dir.join(XSPOT_DIR).join(part)
    }

    /// Where the tree keeps a file that lives at `config/<rel>` under `/etc/xspot`.
    pub fn config_file(&self, rel: &Utf8Path) -> Utf8PathBuf {
        if self.layout == ConfigLayout::Legacy && rel == "config.toml" {
            self.dir.join(XSPOT_DIR).join("config.toml")
        } else {
            self.xspot("config").join(rel)
        }
    }

    /// `.xmake/` inside the tree.
    pub fn state_dir(&self) -> Utf8PathBuf {
        self.dir.join(STATE_DIR)
    }

    /// A path relative to the tree for messages.
    pub fn rel<'a>(&self, path: &'a Utf8Path) -> &'a Utf8Path {
        path.strip_prefix(&self.dir).unwrap_or(path)
    }
}

/// Why `path` is not a regular file (after links), or `None` when it is one.
fn not_a_file(path: &Utf8Path) -> Option<&'static str> {
    let Ok(link) = std::fs::symlink_metadata(path) else {
        return Some("is missing");
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => None,
        Ok(meta) if meta.is_dir() => Some("is a directory"),
        Ok(_) => Some("is not a regular file"),
        Err(_) if link.file_type().is_symlink() => Some("is a dangling link"),
        Err(_) => Some("cannot be read"),
    }
}

/// The tree's real path (no `..`, no symlinks: what every bound and journal is checked
/// against), or the path made absolute when it cannot be resolved.
fn absolute(dir: &Utf8Path) -> Utf8PathBuf {
    if let Ok(real) = dir.canonicalize_utf8() {
        return real;
    }
    if dir.is_absolute() {
        return dir.to_owned();
    }
    std::env::current_dir()
        .ok()
        .and_then(|cwd| Utf8PathBuf::from_path_buf(cwd).ok())
        .map_or_else(|| dir.to_owned(), |cwd| cwd.join(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Utf8PathBuf {
        Utf8PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/trees")
            .join(name)
    }

    #[test]
    fn recognises_the_fixture_trees_and_their_layout() {
        let full = Tree::discover(&fixture("full")).unwrap().unwrap();
        assert_eq!(full.release, "2.4.1");
        assert_eq!(full.layout, ConfigLayout::Guide);
        let legacy = Tree::discover(&fixture("legacy-config-path"))
            .unwrap()
            .unwrap();
        assert_eq!(legacy.layout, ConfigLayout::Legacy);
        assert!(legacy
            .config_file("config.toml".into())
            .ends_with("integrate-xspot/config.toml"));
    }

    #[test]
    fn the_tree_is_known_by_its_real_path() {
        let tree = Tree::discover(&fixture("full/conf/..")).unwrap().unwrap();
        assert_eq!(tree.dir, fixture("full").canonicalize_utf8().unwrap());
    }

    #[test]
    fn release_names_that_would_misname_a_directory_are_refused() {
        for bad in [
            "",
            "current",
            "latest",
            "-rf",
            "--x",
            ".",
            "..",
            ".hidden",
            "a/b",
            "a b",
            "x\u{1b}[2J",
        ] {
            assert!(release_problem(bad).is_some(), "{bad:?} accepted");
        }
        for good in ["2.4.1", "2.4.1-rc1", "v3+build.7~x", "Latest"] {
            assert_eq!(release_problem(good), None, "{good:?} refused");
        }
        let why = release_problem("\u{1b}]0;x\u{7}").unwrap();
        assert!(!why.contains('\u{1b}') && why.contains("\\u{1b}"), "{why}");
        assert!(release_problem(&"9".repeat(200)).is_some());
    }

    #[test]
    fn a_plain_directory_is_not_a_tree() {
        assert!(Tree::discover(&fixture("")).unwrap().is_none());
        assert_eq!(Tree::why_not(&fixture("")), "version is missing");
    }
}
