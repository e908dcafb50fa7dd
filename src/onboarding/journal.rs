//! The journal: before a step applies its actions, the whole list is written to
//! `.xmake/journal.json` in the tree, and the count of finished actions is updated after each
//! one. A run killed at any point leaves the journal behind; the next run applies the rest
//! (every action can be re-applied), then plans again from what is on disk.

use camino::{Utf8Path, Utf8PathBuf};
use serde::{Deserialize, Serialize};

use super::action::Action;
use crate::adapters::fs as safe;

/// One step's actions in flight.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Entry {
    pub target: String,
    pub step: String,
    pub actions: Vec<Action>,
    /// How many actions are known to be finished.
    pub done: usize,
}

/// The journal file of one tree.
pub struct Journal {
    path: Utf8PathBuf,
}

impl Journal {
    pub fn new(state_dir: &Utf8Path) -> Self {
        Self {
            path: state_dir.join("journal.json"),
        }
    }

    /// The interrupted step, if the last run did not finish one. An unreadable journal is
    /// reported as an error rather than ignored.
    pub fn pending(&self) -> std::io::Result<Option<Entry>> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| std::io::Error::other(format!("{} is damaged: {e}", self.path))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn record(&self, entry: &Entry) -> std::io::Result<()> {
        let bytes = serde_json::to_vec_pretty(entry).map_err(std::io::Error::other)?;
        safe::write_atomic(&self.path, &bytes, 0o600)
    }

    pub fn clear(&self) -> std::io::Result<()> {
        match std::fs::remove_file(&self.path) {
            Ok(()) => {
                crate::adapters::fault::mutated();
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Applies `entry`'s actions from `entry.done` on, recording progress.
    pub fn run(&self, mut entry: Entry) -> std::io::Result<()> {
        self.record(&entry)?;
        while entry.done < entry.actions.len() {
            let action = &entry.actions[entry.done];
            tracing::info!(step = %entry.step, ?action, "applying");
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

    #[test]
    fn an_interrupted_entry_is_finished_from_where_it_stopped() {
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        std::fs::write(base.join("src"), "v2").unwrap();
        let journal = Journal::new(&base);
        let entry = Entry {
            target: "t".into(),
            step: "s".into(),
            actions: vec![
                Action::CreateDirAll {
                    path: base.join("never-made"),
                },
                Action::CopyFile {
                    from: base.join("src"),
                    to: base.join("dst"),
                    mode: 0o640,
                },
            ],
            done: 1,
        };
        journal.record(&entry).unwrap();
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
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        std::fs::write(base.join("journal.json"), "{").unwrap();
        assert!(Journal::new(&base).pending().is_err());
    }
}
