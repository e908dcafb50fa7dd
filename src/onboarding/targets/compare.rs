//! How `/etc/xspot/{config,scripts}` (the working configuration) differ from the tree's
//! `scripts/controller/integrate-xspot/{config,scripts}`: shared by `sync-config-preview`
//! (which shows it) and `sync-config` (which copies it into the tree).
//!
//! A symlink under `/etc/xspot` that leads outside `/etc/xspot` is reported and never followed.

use std::collections::BTreeSet;

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::manifest::{self, Entry};
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
    pub diffs: Vec<String>,
}

impl Comparison {
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.added.is_empty()
    }

    /// `1 changed, 2 added, 1 only in the tree` (or `no differences`).
    pub fn summary(&self) -> String {
        if self.is_clean() && self.only_in_tree.is_empty() {
            return "no differences".to_owned();
        }
        format!(
            "{} changed, {} added, {} only in the tree",
            self.changed.len(),
            self.added.len(),
            self.only_in_tree.len()
        )
    }
}

/// Compares one part (`config` or `scripts`).
pub fn compare(cx: &Ctx, part: &str) -> Result<Comparison, String> {
    let etc_node = Utf8Path::new(ETC_XSPOT).join(part);
    let etc_dir = cx.path(&etc_node);
    let mut cmp = Comparison::default();
    if !etc_dir.is_dir() {
        cmp.notes
            .push(format!("{etc_node} does not exist; nothing to compare"));
        return Ok(cmp);
    }
    let etc_root = std::fs::canonicalize(cx.path(ETC_XSPOT)).map_err(|e| e.to_string())?;
    let scanned =
        manifest::scan(&etc_dir, &[]).map_err(|e| format!("cannot read {etc_node}: {e}"))?;
    let mut seen = BTreeSet::new();
    for (rel, entry) in &scanned {
        let etc = etc_dir.join(rel);
        let shown = etc_node.join(rel);
        let etc_mode = match entry {
            Entry::Dir { .. } => continue,
            Entry::File { mode, .. } => *mode,
            Entry::Symlink { target } => match std::fs::canonicalize(&etc) {
                Ok(real) if real.starts_with(&etc_root) && real.is_file() => {
                    crate::adapters::fs::mode_of(Utf8Path::new(real.to_str().unwrap_or("")))
                        .unwrap_or(0o644)
                }
                _ => {
                    cmp.notes.push(format!(
                            "{shown} is a symlink to {target}, outside {ETC_XSPOT}: not followed, not copied"
                        ));
                    continue;
                }
            },
        };
        seen.insert(rel.clone());
        let tree = tree_path(cx, part, rel);
        let tree_rel = cx.tree.rel(&tree).to_owned();
        if tree.is_dir() {
            cmp.notes.push(format!(
                "{tree_rel} is a directory in the tree; {shown} left alone"
            ));
            continue;
        }
        let pair = FilePair {
            etc,
            tree: tree.clone(),
            etc_mode,
        };
        let cannot_read = |e: std::io::Error| format!("cannot read {shown}: {e}");
        // Files are read at most 1 MiB at a time (larger ones are compared in chunks).
        if std::fs::File::open(&tree).is_ok() {
            let (old, new) = (Some(tree.as_std_path()), Some(pair.etc.as_std_path()));
            let d = diff::files(old, new, tree_rel.as_str(), shown.as_str());
            if let Some(d) = d.map_err(cannot_read)? {
                cmp.diffs.push(d);
                cmp.changed.push(pair);
            }
        } else {
            let d = diff::files(
                None,
                Some(pair.etc.as_std_path()),
                "/dev/null",
                shown.as_str(),
            );
            if let Some(d) = d.map_err(cannot_read)? {
                cmp.diffs.push(d);
            }
            cmp.added.push(pair);
        }
    }
    cmp.only_in_tree = only_in_tree(cx, part, &seen)?;
    Ok(cmp)
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
) -> Result<Vec<Utf8PathBuf>, String> {
    let mut rels = Vec::new();
    let dir = cx.tree.xspot(part);
    if dir.is_dir() {
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
