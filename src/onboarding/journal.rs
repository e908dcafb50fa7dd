//! The journal: before a step applies its actions, the whole list is written to
//! `.xmake/journal.json` in the tree, and the count of finished actions is updated after each
//! one. A run killed at any point leaves the journal behind; the next run applies the rest
//! (every action can be re-applied), then plans again from what is on disk.
//!
//! The tree is untrusted, so the journal is too. It is read only as a private state file
//! (see [`crate::adapters::state`]: no symlink, owned by this user, nobody else may write it,
//! at most [`MAX_BYTES`]); it is bound to its run (format, target, release, the tree's real
//! path and the root prefix, checked by [`super::resume`]); and it carries the SHA-256 of its
//! entry. That checksum only guards against accidents (a hand-edited or truncated file cannot
//! pass by chance): anyone able to write the file can recompute it. The defence is the checks
//! above and the bounds and rules every action is held to before anything is applied.

use camino::{Utf8Path, Utf8PathBuf};
use serde::{Deserialize, Serialize};

use super::action::Action;
use crate::adapters::fs as safe;
use crate::adapters::root::Root;
use crate::adapters::state::{self, StateError};

/// The journal format this xmake writes and resumes; any other is refused.
pub const FORMAT: u32 = 2;
/// A journal larger than this is refused before it is parsed.
pub const MAX_BYTES: u64 = 16 << 20;

/// One step's actions in flight, and the run they belong to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub target: String,
    pub step: String,
    /// The tree's release (`version`).
    pub release: String,
    /// The tree's real path.
    pub tree: Utf8PathBuf,
    /// The root prefix (`--root`).
    pub root: Utf8PathBuf,
    pub actions: Vec<Action>,
    /// How many actions are known to be finished.
    pub done: usize,
}

/// What is on disk: the entry, its format and checksum.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: u32,
    entry: Entry,
    sha256: String,
}

/// Why a journal is refused.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    #[error(transparent)]
    Unsafe(#[from] StateError),
    #[error("it is not a journal this xmake wrote ({0})")]
    Damaged(String),
    #[error("its checksum does not match its contents (edited or damaged)")]
    Checksum,
}

impl Entry {
    fn checksum(&self) -> String {
        // Serializing a plain struct cannot fail; an empty checksum would never match.
        safe::sha256_hex(&serde_json::to_vec(self).unwrap_or_default())
    }
}

/// The journal file of one tree.
pub struct Journal {
    dir: Utf8PathBuf,
    path: Utf8PathBuf,
}

impl Journal {
    pub fn new(state_dir: &Utf8Path) -> Self {
        Self {
            dir: state_dir.to_owned(),
            path: state_dir.join("journal.json"),
        }
    }

    pub fn path(&self) -> &Utf8Path {
        &self.path
    }

    /// The interrupted step, if the last run did not finish one. A journal that is unsafe to
    /// read, damaged, or of another format is an error, never silence.
    pub fn pending(&self) -> Result<Option<Entry>, JournalError> {
        if !state::check_dir(&self.dir)? {
            return Ok(None);
        }
        let Some(bytes) = state::read_file(&self.path, MAX_BYTES)? else {
            return Ok(None);
        };
        let envelope: Envelope = serde_json::from_slice(&bytes).map_err(|e| {
            let format = serde_json::from_slice::<serde_json::Value>(&bytes)
                .ok()
                .and_then(|v| v.get("format").and_then(serde_json::Value::as_u64));
            match format {
                Some(n) if n != u64::from(FORMAT) => {
                    JournalError::Damaged(format!("format {n}, expected {FORMAT}"))
                }
                None => JournalError::Damaged(format!("no format {FORMAT} entry: {e}")),
                Some(_) => JournalError::Damaged(e.to_string()),
            }
        })?;
        if envelope.format != FORMAT {
            return Err(JournalError::Damaged(format!(
                "format {}, expected {FORMAT}",
                envelope.format
            )));
        }
        if envelope.sha256 != envelope.entry.checksum() {
            return Err(JournalError::Checksum);
        }
        Ok(Some(envelope.entry))
    }

    pub fn record(&self, entry: &Entry) -> std::io::Result<()> {
        let envelope = Envelope {
            format: FORMAT,
            sha256: entry.checksum(),
            entry: entry.clone(),
        };
        let bytes = serde_json::to_vec_pretty(&envelope).map_err(std::io::Error::other)?;
        safe::write_atomic(&self.path, &bytes, 0o600)
    }

    pub fn clear(&self) -> std::io::Result<()> {
        safe::remove_file(&self.path)
    }

    /// Moves a refused journal aside (`journal.json.rejected-<stamp>`); returns where to.
    /// Only inside a state directory that passes its checks (never through a planted link).
    pub fn set_aside(&self, stamp: &str) -> std::io::Result<Utf8PathBuf> {
        state::check_dir(&self.dir).map_err(|e| std::io::Error::other(e.to_string()))?;
        state::set_aside(&self.path, stamp)
    }

    /// Applies `entry`'s actions from `entry.done` on, recording progress. The caller has
    /// checked them against their step's bounds.
    pub fn run(&self, mut entry: Entry) -> std::io::Result<()> {
        self.record(&entry)?;
        let root = Root::new(entry.root.clone());
        while entry.done < entry.actions.len() {
            let action = &entry.actions[entry.done];
            tracing::info!(
                "step {} applies action {} of {}: {}",
                entry.step,
                entry.done + 1,
                entry.actions.len(),
                action.describe(&root)
            );
            action.apply()?;
            entry.done += 1;
            if entry.done < entry.actions.len() {
                self.record(&entry)?;
            }
        }
        self.clear()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> (tempfile::TempDir, Utf8PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        (dir, base)
    }

    fn entry(base: &Utf8Path, actions: Vec<Action>, done: usize) -> Entry {
        Entry {
            target: "t".into(),
            step: "s".into(),
            release: "1.0".into(),
            tree: base.to_owned(),
            root: "/".into(),
            actions,
            done,
        }
    }

    #[test]
    fn an_interrupted_entry_is_finished_from_where_it_stopped() {
        let (_guard, base) = base();
        std::fs::write(base.join("src"), "v2").unwrap();
        let journal = Journal::new(&base);
        let actions = vec![
            Action::CreateDirAll {
                path: base.join("never-made"),
            },
            Action::CopyFile {
                from: base.join("src"),
                to: base.join("dst"),
                mode: 0o640,
            },
        ];
        journal.record(&entry(&base, actions, 1)).unwrap();
        let pending = journal.pending().unwrap().unwrap();
        assert_eq!(pending.done, 1);
        journal.run(pending).unwrap();
        assert!(
            !base.join("never-made").exists(),
            "finished actions are not redone"
        );
        assert_eq!(std::fs::read(base.join("dst")).unwrap(), b"v2");
        assert!(journal.pending().unwrap().is_none());
    }

    #[test]
    fn a_damaged_journal_is_an_error_not_silence() {
        let (_guard, base) = base();
        std::fs::write(base.join("journal.json"), "{").unwrap();
        assert!(Journal::new(&base).pending().is_err());
    }

    #[test]
    fn an_edited_journal_fails_its_checksum() {
        let (_guard, base) = base();
        let journal = Journal::new(&base);
        let remove = vec![Action::RemoveTree {
            path: base.join("a"),
        }];
        journal.record(&entry(&base, remove, 0)).unwrap();
        let text = std::fs::read_to_string(journal.path()).unwrap();
        std::fs::write(journal.path(), text.replace("/a\"", "/b\"")).unwrap();
        assert!(matches!(journal.pending(), Err(JournalError::Checksum)));
    }

    #[test]
    fn a_journal_of_the_old_format_is_refused() {
        let (_guard, base) = base();
        let old = r#"{"target":"deploy","step":"snapshot","actions":[],"done":0}"#;
        std::fs::write(base.join("journal.json"), old).unwrap();
        let err = Journal::new(&base).pending().unwrap_err();
        assert!(err.to_string().contains("not a journal"), "{err}");
    }
}
