//! Looking for `include`d makefiles without a `stat` per name in a missing directory: a
//! tree that `-include`s one `.d` file per object, before anything is built, names
//! thousands of files in a few directories that do not exist yet (nor under the include
//! search directories). Whether each directory exists is asked once; the answers are
//! forgotten whenever reading runs a command (`$(shell)`, `!=`), which may create one.
//! (Only directories are remembered: a file is always looked for afresh.)
//!
//! Outside the sandbox a name is looked for by opening it, as GNU does (`fopen`), and the
//! open file is kept for the read that follows: a `stat` first would walk the path once
//! more per makefile. (The sandbox must not open a FIFO, so it looks with `stat`.)

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rustc_hash::FxHashMap;

/// What is at an include path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Probe {
    /// A directory (an error for `include`).
    Dir,
    /// Something readable as a makefile.
    File,
    /// Nothing usable (missing, or `stat` failed).
    Missing,
}

/// Whether directories exist, as found while reading; the file last found by opening it.
#[derive(Debug, Default)]
pub struct DirMemo {
    dirs: FxHashMap<PathBuf, bool>,
    /// Look for files by opening them (else with `stat`).
    open: bool,
    /// The last file found by opening it, with its size, until read or looked past.
    opened: Option<(PathBuf, std::fs::File, u64)>,
    /// The modification time of what the last probe found (`None`: nothing usable).
    last_time: Option<SystemTime>,
}

impl DirMemo {
    /// A memo that looks for files by opening them when `open`.
    pub fn new(open: bool) -> Self {
        Self {
            open,
            ..Self::default()
        }
    }

    /// What is at `path`, unless its directory is known to be missing.
    pub fn probe(&mut self, path: &Path) -> Probe {
        let (probe, time) = self.look(path);
        self.last_time = time;
        probe
    }

    /// The modification time of the file the last [`DirMemo::probe`] found, from the same
    /// look (`None` when it found none).
    pub fn last_time(&self) -> Option<SystemTime> {
        self.last_time
    }

    fn look(&mut self, path: &Path) -> (Probe, Option<SystemTime>) {
        self.opened = None;
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !self.dir_exists(parent) {
                return (Probe::Missing, None);
            }
        }
        if self.open {
            match std::fs::File::open(path) {
                Ok(f) => match f.metadata() {
                    Ok(m) if m.is_dir() => return (Probe::Dir, None),
                    Ok(m) => {
                        self.opened = Some((path.to_path_buf(), f, m.len()));
                        return (Probe::File, m.modified().ok());
                    }
                    Err(_) => {}
                },
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return (Probe::Missing, None)
                }
                // (Say, not readable: `stat` tells whether it is there.)
                Err(_) => {}
            }
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => (Probe::Dir, None),
            Ok(m) => (Probe::File, m.modified().ok()),
            Err(_) => (Probe::Missing, None),
        }
    }

    fn dir_exists(&mut self, dir: &Path) -> bool {
        if let Some(&e) = self.dirs.get(dir) {
            return e;
        }
        let e = std::fs::metadata(dir).is_ok_and(|m| m.is_dir());
        self.dirs.insert(dir.to_path_buf(), e);
        e
    }

    /// The file [`DirMemo::probe`] last found at `path` by opening it, with its size.
    pub fn take_opened(&mut self, path: &Path) -> Option<(std::fs::File, u64)> {
        match self.opened.take() {
            Some((p, f, len)) if p == path => Some((f, len)),
            _ => None,
        }
    }

    /// Reading ran something that may have created or removed files.
    pub fn forget(&mut self) {
        self.dirs.clear();
        self.opened = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_directory_answers_without_looking_again() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.mk"), "").unwrap();
        let mut m = DirMemo::new(true);
        assert_eq!(m.probe(&d.path().join("a.mk")), Probe::File);
        assert_eq!(m.probe(d.path()), Probe::Dir);
        assert_eq!(m.probe(&d.path().join("b.mk")), Probe::Missing);
        let sub = d.path().join("obj");
        assert_eq!(m.probe(&sub.join("x.d")), Probe::Missing);
        // Created behind the memo's back: still answered from memory ...
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("x.d"), "").unwrap();
        assert_eq!(m.probe(&sub.join("x.d")), Probe::Missing);
        // ... until reading says the file system may have changed.
        m.forget();
        assert_eq!(m.probe(&sub.join("x.d")), Probe::File);
    }

    #[test]
    fn a_file_found_by_opening_is_handed_to_its_reader_once() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.mk");
        std::fs::write(&a, "x := 1\n").unwrap();
        for open in [true, false] {
            let mut m = DirMemo::new(open);
            assert_eq!(m.probe(&d.path().join("./a.mk")), Probe::File);
            assert!(m.take_opened(&d.path().join("b.mk")).is_none());
            assert_eq!(m.probe(&a), Probe::File);
            let got = m.take_opened(&a);
            assert_eq!(got.is_some(), open, "kept only when looked for by opening");
            if let Some((mut f, len)) = got {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut f, &mut text).unwrap();
                assert_eq!((text.as_str(), len), ("x := 1\n", 7));
            }
            assert!(m.take_opened(&a).is_none());
            assert_eq!(m.probe(d.path()), Probe::Dir);
            assert!(m.take_opened(d.path()).is_none());
        }
    }
}
