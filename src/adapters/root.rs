//! The root prefix (`--root DIR`, default `/`): every absolute path xmake itself reads or writes
//! is joined onto it, so tests run whole upgrades inside a temporary directory. `..` never
//! climbs above the prefix, and [`Root::confine`] checks a directory's real path (after
//! symlinks) stays under the prefix's real path.

use camino::{Utf8Path, Utf8PathBuf};

use super::realpath::{self, Escape};

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

    /// Maps a path as the node sees it (`/etc/xspot`) to where it is for this run. `.` and
    /// `..` are resolved first, lexically, never above `/` (so never above the prefix).
    /// Relative paths are left alone: they are relative to the working directory.
    pub fn path(&self, path: impl AsRef<Utf8Path>) -> Utf8PathBuf {
        let path = path.as_ref();
        if !path.is_absolute() {
            return path.to_owned();
        }
        let clamped = realpath::clamp(path);
        match clamped.strip_prefix("/") {
            Ok(rest) if !self.is_system() => {
                if rest.as_str().is_empty() {
                    self.dir.clone()
                } else {
                    self.dir.join(rest)
                }
            }
            _ => clamped,
        }
    }

    /// The real path (after symlinks) of a node path, which must stay under the prefix's
    /// real path. Missing trailing components are allowed (a directory about to be made).
    pub fn confine(&self, node: impl AsRef<Utf8Path>) -> Result<Utf8PathBuf, Escape> {
        let node = node.as_ref();
        realpath::within(&self.path(node), &self.dir, node).map_err(|e| self.show(e))
    }

    /// An [`Escape`] with its paths as the node names them (where they are under the prefix).
    pub fn show(&self, escape: Escape) -> Escape {
        match escape {
            Escape::Outside { shown, real, bound } => Escape::Outside {
                shown,
                real: self.display(&real),
                // The prefix itself is named as it is on the host ("outside /" would read
                // as nonsense).
                bound: if bound == self.dir {
                    bound
                } else {
                    self.display(&bound)
                },
            },
            other @ Escape::Unresolved { .. } => other,
        }
    }

    /// The inverse of [`Root::path`]: how the node would name a path under the prefix (a real
    /// path from [`Root::confine`] too, when the prefix itself is reached through a link).
    pub fn display(&self, path: impl AsRef<Utf8Path>) -> Utf8PathBuf {
        let path = path.as_ref();
        if self.is_system() {
            return path.to_owned();
        }
        if let Ok(rest) = path.strip_prefix(&self.dir) {
            return Utf8Path::new("/").join(rest);
        }
        match realpath::resolve(&self.dir) {
            Ok(real) => match path.strip_prefix(&real) {
                Ok(rest) => Utf8Path::new("/").join(rest),
                Err(_) => path.to_owned(),
            },
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

    #[test]
    fn dot_dot_never_climbs_above_the_prefix() {
        let root = Root::new("/tmp/r");
        assert_eq!(root.path("/../../../x"), "/tmp/r/x");
        assert_eq!(root.path("/a/../../b/./c"), "/tmp/r/b/c");
        assert_eq!(root.path("/.."), "/tmp/r");
        assert_eq!(Root::system().path("/../etc/./xspot"), "/etc/xspot");
    }

    #[test]
    fn confine_refuses_a_link_out_of_the_prefix() {
        let tmp = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(tmp.path().canonicalize().unwrap()).unwrap();
        std::fs::create_dir_all(base.join("r/etc")).unwrap();
        std::os::unix::fs::symlink(&base, base.join("r/up")).unwrap();
        let root = Root::new(base.join("r"));
        assert_eq!(root.confine("/etc/new").unwrap(), base.join("r/etc/new"));
        assert_eq!(root.confine("/../../etc").unwrap(), base.join("r/etc"));
        assert!(root.confine("/up/elsewhere").is_err());
    }
}
