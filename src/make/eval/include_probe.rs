//! Looking for `include`d makefiles without a `stat` per name in a missing directory: a
//! tree that `-include`s one `.d` file per object, before anything is built, names
//! thousands of files in a few directories that do not exist yet (nor under the include
//! search directories). Whether each directory exists is asked once; the answers are
//! forgotten whenever reading runs a command (`$(shell)`, `!=`), which may create one.
//! (Only directories are remembered: a file is always looked for afresh.)

use std::path::{Path, PathBuf};

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

/// Whether directories exist, as found while reading.
#[derive(Debug, Default)]
pub struct DirMemo {
    dirs: FxHashMap<PathBuf, bool>,
}

impl DirMemo {
    /// What is at `path`: a `stat` of it unless its directory is known to be missing.
    pub fn probe(&mut self, path: &Path) -> Probe {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if !self.dir_exists(parent) {
                return Probe::Missing;
            }
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => Probe::Dir,
            Ok(_) => Probe::File,
            Err(_) => Probe::Missing,
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

    /// Reading ran something that may have created or removed files.
    pub fn forget(&mut self) {
        self.dirs.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_directory_answers_without_looking_again() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a.mk"), "").unwrap();
        let mut m = DirMemo::default();
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
}
