//! What a deploy directory holds, as `deploy` sees it: snapshots xmake made and can prove it
//! made (a `<release>-<n>` folder with a valid marker, see `adapters::snapshot_marker`),
//! folders that look like snapshots but carry no proof (made by hand, by the Makefile's recipe
//! or by an xmake older than markers: never removed), and xmake's own leftovers from an
//! interrupted run (staging copies and half-removed folders: removed only when proven too).

use std::os::unix::fs::MetadataExt;

use camino::Utf8Path;

use crate::adapters::snapshot_marker::{self, Marker, MARKER};

/// The prefix of a snapshot being copied (`.xmake-staging-<release>-<n>`).
pub const STAGING: &str = ".xmake-staging-";
/// The suffix `adapters::fs::remove_tree` gives a folder it is removing.
const TRASH: &str = ".xmake-trash";

/// The entries of one deploy directory, sorted by name.
#[derive(Debug, Default)]
pub struct Listing {
    /// Every name in the directory.
    pub names: Vec<String>,
    /// Snapshots with a valid marker, oldest first (by sequence number, then time).
    pub proven: Vec<(String, Marker)>,
    /// Folders named like a snapshot (`<something>-<digits>`) without a valid marker, and why.
    pub unproven: Vec<(String, String)>,
    /// Leftovers of an interrupted run that xmake made (safe to remove).
    pub leftovers: Vec<String>,
    /// Leftover-looking names xmake cannot prove it made (kept), and why.
    pub strays: Vec<(String, String)>,
}

impl Listing {
    /// The highest `n` of `<release>-<n>` among the names here, leftovers' included (so a new
    /// snapshot, its staging copy and its trash name are all free).
    pub fn highest(&self, release: &str) -> u64 {
        self.names
            .iter()
            .filter_map(|n| snapshot_number(leftover_snapshot(n).unwrap_or(n), release))
            .max()
            .unwrap_or(0)
    }

    /// Whether removing `name` would also remove something xmake did not make:
    /// `adapters::fs::remove_tree` renames to `.<name>.xmake-trash`, and finishes a folder
    /// already there. True when that name is taken by anything but a proven leftover.
    pub fn trash_in_the_way(&self, dir: &Utf8Path, name: &str) -> bool {
        let trash = crate::adapters::fs::temp_sibling(&dir.join(name), "trash");
        let taken = std::fs::symlink_metadata(&trash).is_ok();
        taken
            && !trash
                .file_name()
                .is_some_and(|t| self.leftovers.iter().any(|l| l == t))
    }

    /// The sequence number for a new snapshot: one more than any marker here.
    pub fn next_sequence(&self, dir: &Utf8Path) -> u64 {
        let staged = self.leftovers.iter().filter_map(|name| {
            let expected = leftover_snapshot(name)?;
            snapshot_marker::prove(&dir.join(name), expected).ok()
        });
        self.proven
            .iter()
            .map(|(_, m)| m.clone())
            .chain(staged)
            .map(|m| m.sequence)
            .max()
            .unwrap_or(0)
            .saturating_add(1)
    }
}

/// Reads the deploy directory `dir` (a missing one is empty).
pub fn list(dir: &Utf8Path) -> Listing {
    let mut listing = Listing {
        names: names(dir),
        ..Listing::default()
    };
    for name in listing.names.clone() {
        let path = dir.join(&name);
        let is_dir = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if let Some(expected) = leftover_snapshot(&name) {
            match leftover_proof(&path, expected) {
                Ok(()) => listing.leftovers.push(name),
                Err(why) => listing.strays.push((name, why)),
            }
        } else if is_dir && looks_like_snapshot(&name) {
            match snapshot_marker::prove(&path, &name) {
                Ok(marker) => listing.proven.push((name, marker)),
                Err(why) => listing.unproven.push((name, why.to_string())),
            }
        }
    }
    listing.proven.sort_by_key(|a| a.1.order());
    listing
}

fn names(dir: &Utf8Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// `<something>-<digits>`.
pub fn looks_like_snapshot(name: &str) -> bool {
    !name.starts_with('.')
        && name.rsplit_once('-').is_some_and(|(rel, n)| {
            !rel.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        })
}

/// For a staging or trash name, the snapshot name it was made for.
fn leftover_snapshot(name: &str) -> Option<&str> {
    let inner = match name.strip_suffix(TRASH) {
        Some(trashed) => trashed.strip_prefix('.')?,
        None => name,
    };
    let snapshot = inner.strip_prefix(STAGING).unwrap_or(inner);
    let is_leftover = name.starts_with(STAGING) || name.ends_with(TRASH);
    (is_leftover && looks_like_snapshot(snapshot)).then_some(snapshot)
}

/// A leftover is xmake's when it holds a marker naming its snapshot, or is a folder of this
/// user that is empty or holds only the marker's temporary file (a staging copy killed before
/// its marker was written).
fn leftover_proof(path: &Utf8Path, expected: &str) -> Result<(), String> {
    match snapshot_marker::prove(path, expected) {
        Ok(_) => Ok(()),
        Err(why) => {
            let meta = std::fs::symlink_metadata(path).map_err(|e| e.to_string())?;
            // SAFETY: geteuid has no preconditions and cannot fail.
            let euid = unsafe { libc::geteuid() };
            let half_marker = crate::adapters::fs::temp_sibling(&path.join(MARKER), "tmp");
            let empty = std::fs::read_dir(path).is_ok_and(|rd| {
                rd.filter_map(Result::ok)
                    .all(|e| half_marker.file_name() == e.file_name().to_str())
            });
            if meta.is_dir() && meta.uid() == euid && empty {
                Ok(())
            } else {
                Err(why.to_string())
            }
        }
    }
}

/// `<release>-<n>` → n.
pub fn snapshot_number(name: &str, release: &str) -> Option<u64> {
    let digits = name.strip_prefix(release)?.strip_prefix('-')?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_leftovers_map_to_their_snapshot() {
        assert_eq!(leftover_snapshot(".xmake-staging-2.4.1-3"), Some("2.4.1-3"));
        assert_eq!(leftover_snapshot(".2.4.1-3.xmake-trash"), Some("2.4.1-3"));
        assert_eq!(
            leftover_snapshot("..xmake-staging-2.4.1-3.xmake-trash"),
            Some("2.4.1-3")
        );
        assert_eq!(leftover_snapshot("2.4.1-3"), None);
        assert_eq!(leftover_snapshot(".etc.xmake-trash"), None);
    }

    #[test]
    fn snapshot_numbers_need_the_release_and_digits() {
        assert_eq!(snapshot_number("2.4.1-12", "2.4.1"), Some(12));
        assert_eq!(snapshot_number("2.4.1-+1", "2.4.1"), None);
        assert_eq!(snapshot_number("2.4.10-1", "2.4.1"), None);
        assert!(looks_like_snapshot("python3-7"));
        assert!(!looks_like_snapshot("manual-backup"));
        assert!(!looks_like_snapshot(".x-1"));
    }
}
