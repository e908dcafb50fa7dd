//! How `/etc/xspot/{config,scripts}` (the working configuration) differ from the tree's
//! `scripts/controller/integrate-xspot/{config,scripts}`: shared by `sync-config-preview`
//! (which shows it) and `sync-config` (which copies it into the tree).
//!
//! A symlink under `/etc/xspot` that leads outside `/etc/xspot` is reported and never followed;
//! `/etc/xspot/config` or `/etc/xspot/scripts` itself leading outside is refused. On the tree's
//! side, a symlink or special file where a file would be written is refused (never read
//! through, never replaced), and so is a folder whose real path leaves the tree.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::manifest::{self, Entry};
use crate::adapters::{nofollow, realpath};
use crate::onboarding::diff;
use crate::onboarding::step::Ctx;

/// The working configuration's home on a controller.
pub const ETC_XSPOT: &str = "/etc/xspot";
/// The two folders compared.
pub const PARTS: [&str; 2] = ["config", "scripts"];

/// A file present under `/etc/xspot` and its place in the tree (real paths).
#[derive(Clone, Debug)]
pub struct FilePair {
    pub etc: Utf8PathBuf,
    pub tree: Utf8PathBuf,
    pub etc_mode: u32,
    /// The tree file's mode (a regular file's; 0 when it is missing).
    pub tree_mode: u32,
}

#[derive(Clone, Debug, Default)]
pub struct Comparison {
    /// In both, contents differ.
    pub changed: Vec<FilePair>,
    /// Only under `/etc/xspot`.
    pub added: Vec<FilePair>,
    /// Only in the tree (left alone), as tree-relative paths.
    pub only_in_tree: Vec<Utf8PathBuf>,
    /// Notes: links not followed, entries that cannot be compared.
    pub notes: Vec<String>,
    /// What sync-config refuses to touch in the tree (symlinks, special files, folders that
    /// lead out of the tree), one message each.
    pub refused: Vec<String>,
    pub diffs: Vec<String>,
}

impl Comparison {
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.added.is_empty()
    }

    /// `1 changed, 2 added, 1 only in the tree` (or `no differences`).
    pub fn summary(&self) -> String {
        if self.is_clean() && self.only_in_tree.is_empty() && self.refused.is_empty() {
            return "no differences".to_owned();
        }
        let mut text = format!(
            "{} changed, {} added, {} only in the tree",
            self.changed.len(),
            self.added.len(),
            self.only_in_tree.len()
        );
        if !self.refused.is_empty() {
            let _ = write!(text, ", {} refused", self.refused.len());
        }
        text
    }
}

/// The real path of `/etc/xspot/<part>` (`None` when it is missing or not a folder). It must
/// stay inside `/etc/xspot`, itself under the root prefix: a link out is refused, naming it.
pub fn etc_part(cx: &Ctx, part: &str) -> Result<Option<Utf8PathBuf>, String> {
    let etc_real = cx
        .root
        .confine(ETC_XSPOT)
        .map_err(|e| format!("{e}: refused; nothing was changed"))?;
    let node = Utf8Path::new(ETC_XSPOT).join(part);
    let mapped = cx.path(&node);
    let Ok(meta) = std::fs::symlink_metadata(&mapped) else {
        return Ok(None);
    };
    let real = realpath::within(&mapped, &etc_real, &node).map_err(|e| {
        let e = cx.root.show(e);
        let link = std::fs::read_link(&mapped)
            .map(|t| format!(" (a symlink to {})", t.display()))
            .unwrap_or_default();
        format!("{node}{link} leads outside {ETC_XSPOT}: refused, its files are not read ({e}); nothing was changed")
    })?;
    Ok((meta.is_dir() || real.is_dir()).then_some(real))
}

/// The tree's real path.
pub fn tree_real(cx: &Ctx) -> Result<Utf8PathBuf, String> {
    realpath::resolve(&cx.tree.dir).map_err(|e| format!("cannot resolve the tree: {e}"))
}

/// What the tree holds where a file from `/etc/xspot` would go.
enum TreeFile {
    Missing,
    Regular {
        bytes: Vec<u8>,
        mode: u32,
    },
    Dir,
    /// Never read nor replaced: a symlink, a special file, or a folder leading out of the tree.
    Refused(String),
}

fn tree_file(cx: &Ctx, tree_real: &Utf8Path, path: &Utf8Path) -> TreeFile {
    let rel = cx.tree.rel(path).to_owned();
    let parent = path.parent().unwrap_or(path);
    if let Err(e) = realpath::within(parent, tree_real, cx.tree.rel(parent)) {
        return TreeFile::Refused(format!("{rel}: its folder is not inside the tree ({e})"));
    }
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return TreeFile::Missing;
    };
    let ft = meta.file_type();
    if ft.is_symlink() {
        let target = std::fs::read_link(path)
            .map(|t| t.display().to_string())
            .unwrap_or_default();
        return TreeFile::Refused(format!(
            "{rel} is a symlink to {target} in the tree: links in the tree are never replaced nor read through; make it a regular file"
        ));
    }
    if ft.is_dir() {
        return TreeFile::Dir;
    }
    if !ft.is_file() {
        return TreeFile::Refused(format!("{rel} is not a regular file in the tree"));
    }
    match nofollow::read_regular(path) {
        Ok(bytes) => TreeFile::Regular {
            bytes,
            mode: std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o7777,
        },
        Err(e) => TreeFile::Refused(format!("cannot read {rel}: {e}")),
    }
}

/// Compares one part (`config` or `scripts`).
pub fn compare(cx: &Ctx, part: &str) -> Result<Comparison, String> {
    let etc_node = Utf8Path::new(ETC_XSPOT).join(part);
    let mut cmp = Comparison::default();
    let Some(etc_dir) = etc_part(cx, part)? else {
        cmp.notes
            .push(format!("{etc_node} does not exist; nothing to compare"));
        return Ok(cmp);
    };
    let etc_root = cx
        .root
        .confine(ETC_XSPOT)
        .map_err(|e| format!("{e}: refused; nothing was changed"))?;
    let tree_real = tree_real(cx)?;
    let scanned =
        manifest::scan(&etc_dir, &[]).map_err(|e| format!("cannot read {etc_node}: {e}"))?;
    let mut seen = BTreeSet::new();
    for (rel, entry) in &scanned {
        let shown = etc_node.join(rel);
        let (etc, etc_mode) = match entry {
            Entry::Dir { .. } => continue,
            Entry::File { mode, .. } => (etc_dir.join(rel), *mode),
            Entry::Symlink { target } => {
                let Some(found) = inside_link(&etc_dir.join(rel), &etc_root) else {
                    cmp.notes.push(format!(
                        "{shown} is a symlink to {target}, outside {ETC_XSPOT}: not followed, not copied"
                    ));
                    continue;
                };
                found
            }
        };
        seen.insert(rel.clone());
        let tree = tree_path(cx, part, rel);
        let new = nofollow::read_regular(&etc).map_err(|e| format!("cannot read {shown}: {e}"))?;
        let tree_rel = cx.tree.rel(&tree).to_owned();
        let (old, tree_mode) = match tree_file(cx, &tree_real, &tree) {
            TreeFile::Dir => {
                cmp.notes.push(format!(
                    "{tree_rel} is a directory in the tree; {shown} left alone"
                ));
                continue;
            }
            TreeFile::Refused(why) => {
                cmp.refused.push(why);
                continue;
            }
            TreeFile::Regular { bytes, mode } => (Some(bytes), mode),
            TreeFile::Missing => (None, 0),
        };
        let pair = FilePair {
            etc,
            tree: tree.clone(),
            etc_mode,
            tree_mode,
        };
        if let Some(old) = old {
            if let Some(d) = diff::unified(&old, &new, tree_rel.as_str(), shown.as_str()) {
                cmp.diffs.push(d);
                cmp.changed.push(pair);
            }
        } else {
            if let Some(d) = diff::unified(&[], &new, "/dev/null", shown.as_str()) {
                cmp.diffs.push(d);
            }
            cmp.added.push(pair);
        }
    }
    cmp.only_in_tree = only_in_tree(cx, part, &seen, &tree_real, &mut cmp.refused)?;
    Ok(cmp)
}

/// A symlink under `/etc/xspot` read through when it leads to a regular file inside it: its
/// real path and mode.
fn inside_link(link: &Utf8Path, etc_root: &Utf8Path) -> Option<(Utf8PathBuf, u32)> {
    let real = realpath::resolve(link).ok()?;
    if !real.starts_with(etc_root) || !real.is_file() {
        return None;
    }
    let mode = crate::adapters::fs::mode_of(&real).ok()?;
    Some((real, mode))
}

/// Where `/etc/xspot/<part>/<rel>` lives in the tree.
pub fn tree_path(cx: &Ctx, part: &str, rel: &Utf8Path) -> Utf8PathBuf {
    if part == "config" {
        cx.tree.config_file(rel)
    } else {
        cx.tree.xspot(part).join(rel)
    }
}

fn only_in_tree(
    cx: &Ctx,
    part: &str,
    seen: &BTreeSet<Utf8PathBuf>,
    tree_real: &Utf8Path,
    refused: &mut Vec<String>,
) -> Result<Vec<Utf8PathBuf>, String> {
    let mut rels = Vec::new();
    let dir = cx.tree.xspot(part);
    if dir.is_dir() {
        if let Err(e) = realpath::within(&dir, tree_real, cx.tree.rel(&dir)) {
            refused.push(format!(
                "{} is not inside the tree ({e})",
                cx.tree.rel(&dir)
            ));
            return Ok(rels);
        }
        let scanned = manifest::scan(&dir, &[]).map_err(|e| format!("cannot read {dir}: {e}"))?;
        rels.extend(
            scanned
                .into_iter()
                .filter(|(_, e)| !matches!(e, Entry::Dir { .. }))
                .map(|(rel, _)| rel),
        );
    }
    if part == "config" && cx.tree.layout == crate::onboarding::tree::ConfigLayout::Legacy {
        rels.push(Utf8PathBuf::from("config.toml"));
    }
    Ok(rels
        .into_iter()
        .filter(|rel| !seen.contains(rel))
        .map(|rel| cx.tree.rel(&tree_path(cx, part, &rel)).to_owned())
        .collect())
}
