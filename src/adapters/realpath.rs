//! Real paths and their bounds. Every directory xmake writes into is checked here, after
//! symlinks, against the directory it must stay under (the root prefix, the tree, `/etc/xspot`):
//! a lexical check (`starts_with` on the path as written) is fooled by `..` and by links.
//!
//! [`clamp`] drops `.` and resolves `..` lexically without ever climbing above `/` (as the
//! kernel does at `/`); [`resolve`] follows symlinks in the longest part of a path that exists
//! and appends the rest; [`within`] checks the result stays under a bound.

use std::io;

use camino::{Utf8Component, Utf8Path, Utf8PathBuf};

/// A path that leads outside the directory it must stay under, or that cannot be resolved.
#[derive(Debug, thiserror::Error)]
pub enum Escape {
    #[error("{shown} leads to {real}, outside {bound}")]
    Outside {
        shown: Utf8PathBuf,
        real: Utf8PathBuf,
        bound: Utf8PathBuf,
    },
    #[error("cannot resolve {shown}: {source}")]
    Unresolved {
        shown: Utf8PathBuf,
        source: io::Error,
    },
}

/// `path` with `.` dropped and each `..` removing the component before it; a `..` at the top
/// of an absolute path stays at `/`. A relative path keeps leading `..`s it cannot resolve.
pub fn clamp(path: &Utf8Path) -> Utf8PathBuf {
    let mut parts: Vec<&str> = Vec::new();
    let mut absolute = false;
    let mut leading_up = 0usize;
    for component in path.components() {
        match component {
            Utf8Component::RootDir | Utf8Component::Prefix(_) => absolute = true,
            Utf8Component::CurDir => {}
            Utf8Component::ParentDir => {
                if parts.pop().is_none() && !absolute {
                    leading_up += 1;
                }
            }
            Utf8Component::Normal(name) => parts.push(name),
        }
    }
    let mut out = if absolute {
        Utf8PathBuf::from("/")
    } else {
        Utf8PathBuf::new()
    };
    for _ in 0..leading_up {
        out.push("..");
    }
    for part in parts {
        out.push(part);
    }
    out
}

/// The real path of `path` (absolute): the longest ancestor that exists (a dangling symlink
/// counts as existing, and fails) is canonicalized, the missing rest appended.
pub fn resolve(path: &Utf8Path) -> io::Result<Utf8PathBuf> {
    let path = clamp(path);
    let mut existing = path.as_path();
    let mut missing: Vec<&str> = Vec::new();
    while std::fs::symlink_metadata(existing).is_err() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                missing.push(name);
                existing = parent;
            }
            _ => break,
        }
    }
    let real = std::fs::canonicalize(existing)?;
    let mut real = Utf8PathBuf::try_from(real)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
    for name in missing.into_iter().rev() {
        real.push(name);
    }
    Ok(real)
}

/// The real path of `path`, which must be `bound`'s real path or under it. `shown` names the
/// path in messages (as the node names it).
pub fn within(path: &Utf8Path, bound: &Utf8Path, shown: &Utf8Path) -> Result<Utf8PathBuf, Escape> {
    let bound_real = resolve(bound).map_err(|source| Escape::Unresolved {
        shown: shown.to_owned(),
        source,
    })?;
    within_real(path, &bound_real, shown)
}

/// [`within`] for a `bound` that is already a real path (resolved once by the caller, for
/// many paths).
pub fn within_real(
    path: &Utf8Path,
    bound_real: &Utf8Path,
    shown: &Utf8Path,
) -> Result<Utf8PathBuf, Escape> {
    let real = resolve(path).map_err(|source| Escape::Unresolved {
        shown: shown.to_owned(),
        source,
    })?;
    if real.starts_with(bound_real) {
        Ok(real)
    } else {
        Err(Escape::Outside {
            shown: shown.to_owned(),
            real,
            bound: bound_real.to_owned(),
        })
    }
}

/// Whether `inner`'s real path is `outer`'s real path or under it (false when either cannot
/// be resolved).
pub fn is_inside(inner: &Utf8Path, outer: &Utf8Path) -> bool {
    match (resolve(inner), resolve(outer)) {
        (Ok(inner), Ok(outer)) => inner.starts_with(outer),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp() -> (tempfile::TempDir, Utf8PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = Utf8PathBuf::from_path_buf(dir.path().canonicalize().unwrap()).unwrap();
        (dir, path)
    }

    #[test]
    fn clamp_never_climbs_above_the_top() {
        assert_eq!(clamp("/../../../x".into()), "/x");
        assert_eq!(clamp("/a/./b/../c/".into()), "/a/c");
        assert_eq!(clamp("/a/../../b".into()), "/b");
        assert_eq!(clamp("a/../../b".into()), "../b");
        assert_eq!(clamp("/".into()), "/");
    }

    #[test]
    fn resolve_follows_links_and_appends_what_is_missing() {
        let (_guard, base) = tmp();
        std::fs::create_dir(base.join("real")).unwrap();
        std::os::unix::fs::symlink(base.join("real"), base.join("link")).unwrap();
        assert_eq!(
            resolve(&base.join("link/new/deeper")).unwrap(),
            base.join("real/new/deeper")
        );
        std::os::unix::fs::symlink(base.join("nowhere"), base.join("dangling")).unwrap();
        assert!(resolve(&base.join("dangling/x")).is_err());
    }

    #[test]
    fn within_refuses_links_and_dots_that_leave_the_bound() {
        let (_guard, base) = tmp();
        std::fs::create_dir_all(base.join("root/inside")).unwrap();
        std::fs::create_dir(base.join("outside")).unwrap();
        std::os::unix::fs::symlink(base.join("outside"), base.join("root/out")).unwrap();
        let root = base.join("root");
        assert!(within(&root.join("inside/x"), &root, "x".into()).is_ok());
        assert!(matches!(
            within(&root.join("out/x"), &root, "x".into()),
            Err(Escape::Outside { .. })
        ));
        assert!(within(&root.join("../outside"), &root, "x".into()).is_err());
        assert!(is_inside(&root.join("inside"), &root));
        assert!(!is_inside(&root.join("out"), &root));
    }
}
