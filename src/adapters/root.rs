//! The root prefix (`--root DIR`, default `/`): every absolute path xmake itself reads or writes
//! is joined onto it, so tests run whole upgrades inside a temporary directory.

use camino::{Utf8Path, Utf8PathBuf};

/// Where `/` is for this run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Root {
    dir: Utf8PathBuf,
}

impl Default for Root {
    fn default() -> Self {
        Self::system()
    }
}

impl Root {
    /// The real root filesystem.
    pub fn system() -> Self {
        Self {
            dir: Utf8PathBuf::from("/"),
        }
    }

    /// The prefix `dir` (from the command line, trusted): made absolute, and resolved to its
    /// real path when it exists, so every path under it is absolute with no `..`.
    pub fn new(dir: impl Into<Utf8PathBuf>) -> Self {
        let dir = dir.into();
        let dir = dir.canonicalize_utf8().unwrap_or_else(|_| {
            match std::env::current_dir().map(Utf8PathBuf::from_path_buf) {
                Ok(Ok(cwd)) if dir.is_relative() => cwd.join(dir),
                _ => dir,
            }
        });
        Self { dir }
    }

    pub fn dir(&self) -> &Utf8Path {
        &self.dir
    }

    pub fn is_system(&self) -> bool {
        self.dir == "/"
    }

    /// Maps a path as the node sees it (`/etc/xspot`) to where it is for this run.
    /// Relative paths are left alone: they are relative to the working directory.
    pub fn path(&self, path: impl AsRef<Utf8Path>) -> Utf8PathBuf {
        let path = path.as_ref();
        match path.strip_prefix("/") {
            Ok(rest) if !self.is_system() => self.dir.join(rest),
            _ => path.to_owned(),
        }
    }

    /// The inverse of [`Root::path`]: how the node would name a path under the prefix.
    pub fn display(&self, path: impl AsRef<Utf8Path>) -> Utf8PathBuf {
        let path = path.as_ref();
        if self.is_system() {
            return path.to_owned();
        }
        match path.strip_prefix(&self.dir) {
            Ok(rest) => Utf8Path::new("/").join(rest),
            Err(_) => path.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_absolute_paths_under_the_prefix() {
        let root = Root::new("/tmp/r");
        assert_eq!(root.path("/etc/xspot"), "/tmp/r/etc/xspot");
        assert_eq!(root.path("rel/x"), "rel/x");
        assert_eq!(root.display("/tmp/r/etc/xspot"), "/etc/xspot");
        assert_eq!(Root::system().path("/etc"), "/etc");
    }

    #[test]
    fn a_relative_prefix_is_made_absolute_and_real() {
        let dir = tempfile::tempdir().unwrap();
        let real = Utf8PathBuf::from_path_buf(dir.path().canonicalize().unwrap()).unwrap();
        std::fs::create_dir(real.join("r")).unwrap();
        let root = Root::new(real.join("r/../r"));
        assert_eq!(root.dir(), real.join("r"));
        assert!(Root::new("rel").dir().is_absolute());
    }
}
