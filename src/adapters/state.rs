//! xmake's own state inside a tree it does not trust (`.xmake/`: journal, lock, backups).
//! Its directories are made with mode 0700 and must be real directories (not symlinks) owned
//! by this user that nobody else may write; a state file is opened without following a
//! symlink and must be a regular, single-link file owned by this user that nobody else may
//! write, of bounded size. Anything else is refused with a message naming the path.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};

use camino::{Utf8Path, Utf8PathBuf};

use super::fs as safe;

/// Why a state path is refused.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("{path} is a symlink; xmake never follows a link in its own state (remove it)")]
    Symlink { path: Utf8PathBuf },
    #[error("{path} is not a {want}")]
    Kind {
        path: Utf8PathBuf,
        want: &'static str,
    },
    #[error("{path} is owned by uid {uid}, not by this user (uid {euid})")]
    Owner {
        path: Utf8PathBuf,
        uid: u32,
        euid: u32,
    },
    #[error("{path} is writable by group or others (mode {mode:o})")]
    Writable { path: Utf8PathBuf, mode: u32 },
    #[error("{path} has {links} hard links (a state file has one)")]
    Links { path: Utf8PathBuf, links: u64 },
    #[error("{path} is larger than {max} bytes")]
    TooBig { path: Utf8PathBuf, max: u64 },
    #[error("{path}: {source}")]
    Io {
        path: Utf8PathBuf,
        source: io::Error,
    },
}

/// What is asked of an existing state file besides being a regular file owned by us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Read and trusted (the journal): nobody else may write it.
    Private,
    /// Only written (a lock file holding a pid): its mode does not matter.
    AnyMode,
}

/// The effective user id of this process.
pub fn euid() -> u32 {
    // SAFETY: geteuid(2) cannot fail and has no memory effects.
    unsafe { libc::geteuid() }
}

fn io_at(path: &Utf8Path) -> impl Fn(io::Error) -> StateError + '_ {
    move |source| StateError::Io {
        path: path.to_owned(),
        source,
    }
}

fn check_owner(path: &Utf8Path, meta: &Metadata) -> Result<(), StateError> {
    let euid = euid();
    if meta.uid() != euid {
        return Err(StateError::Owner {
            path: path.to_owned(),
            uid: meta.uid(),
            euid,
        });
    }
    Ok(())
}

fn check_private(path: &Utf8Path, meta: &Metadata) -> Result<(), StateError> {
    let mode = meta.mode() & 0o7777;
    if mode & 0o022 != 0 {
        return Err(StateError::Writable {
            path: path.to_owned(),
            mode,
        });
    }
    Ok(())
}

/// Checks an opened state file (its `fstat`, so what was checked is what is read).
pub fn check_file(path: &Utf8Path, file: &File, policy: Policy) -> Result<Metadata, StateError> {
    let meta = file.metadata().map_err(io_at(path))?;
    if !meta.file_type().is_file() {
        return Err(StateError::Kind {
            path: path.to_owned(),
            want: "regular file",
        });
    }
    check_owner(path, &meta)?;
    if meta.nlink() != 1 {
        return Err(StateError::Links {
            path: path.to_owned(),
            links: meta.nlink(),
        });
    }
    if policy == Policy::Private {
        check_private(path, &meta)?;
    }
    Ok(meta)
}

/// Maps an `open` error: a final symlink (`ELOOP` under `O_NOFOLLOW`) or a directory says so.
pub fn open_error(path: &Utf8Path, e: io::Error) -> StateError {
    match e.raw_os_error() {
        Some(libc::ELOOP) => StateError::Symlink {
            path: path.to_owned(),
        },
        Some(libc::EISDIR) => StateError::Kind {
            path: path.to_owned(),
            want: "regular file",
        },
        _ => io_at(path)(e),
    }
}

/// Checks a state directory without changing anything: `Ok(false)` when it does not exist.
pub fn check_dir(path: &Utf8Path) -> Result<bool, StateError> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(io_at(path)(e)),
    };
    if meta.file_type().is_symlink() {
        return Err(StateError::Symlink {
            path: path.to_owned(),
        });
    }
    if !meta.is_dir() {
        return Err(StateError::Kind {
            path: path.to_owned(),
            want: "directory",
        });
    }
    check_owner(path, &meta)?;
    check_private(path, &meta)?;
    Ok(true)
}

/// Makes sure a state directory exists (created with mode 0700; its parent must exist) and
/// passes [`check_dir`].
pub fn ensure_dir(path: &Utf8Path) -> Result<(), StateError> {
    if !check_dir(path)? {
        safe::create_dir(path, Some(0o700)).map_err(io_at(path))?;
        check_dir(path)?;
    }
    Ok(())
}

/// Keeps the state directory out of git (`git add .` in the tree): writes `.gitignore`
/// (`*`) unless a regular file is already there; a symlink there is replaced, not followed.
pub fn ensure_gitignore(dir: &Utf8Path) -> Result<(), StateError> {
    let path = dir.join(".gitignore");
    match std::fs::symlink_metadata(&path) {
        Ok(meta) if meta.is_file() => Ok(()),
        _ => safe::write_atomic(&path, b"*\n", 0o644).map_err(io_at(&path)),
    }
}

/// Reads a private state file of at most `max` bytes: `Ok(None)` when it does not exist.
/// Opened with `O_NOFOLLOW` (and `O_NONBLOCK`, so a planted FIFO cannot hang the run), then
/// checked on the open descriptor with [`check_file`].
pub fn read_file(path: &Utf8Path, max: u64) -> Result<Option<Vec<u8>>, StateError> {
    let opened = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path);
    let file = match opened {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(open_error(path, e)),
    };
    let meta = check_file(path, &file, Policy::Private)?;
    let too_big = || StateError::TooBig {
        path: path.to_owned(),
        max,
    };
    if meta.len() > max {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(io_at(path))?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(Some(bytes))
}

/// Moves a refused state file out of the way, beside itself, as `<name>.rejected-<stamp>`
/// (kept for whoever looks into it; never deleted). Returns the new path.
pub fn set_aside(path: &Utf8Path, stamp: &str) -> io::Result<Utf8PathBuf> {
    let name = path.file_name().unwrap_or("state");
    let aside = (1..1000)
        .map(|n| {
            let suffix = if n == 1 {
                String::new()
            } else {
                format!("-{n}")
            };
            path.with_file_name(format!("{name}.rejected-{stamp}{suffix}"))
        })
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .ok_or_else(|| io::Error::other(format!("too many rejected copies of {path}")))?;
    std::fs::rename(path, &aside).map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))?;
    super::fault::mutated();
    Ok(aside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn tmp() -> (tempfile::TempDir, Utf8PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        (dir, path)
    }

    #[test]
    fn a_new_state_dir_is_private_and_a_symlinked_one_is_refused() {
        let (_guard, base) = tmp();
        let state = base.join(".xmake");
        ensure_dir(&state).unwrap();
        let mode = std::fs::metadata(&state).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        let other = base.join("other");
        std::fs::create_dir(&other).unwrap();
        let link = base.join("linked");
        std::os::unix::fs::symlink(&other, &link).unwrap();
        let err = ensure_dir(&link).unwrap_err();
        assert!(matches!(err, StateError::Symlink { .. }), "{err}");
        std::fs::set_permissions(&other, std::fs::Permissions::from_mode(0o777)).unwrap();
        assert!(matches!(
            check_dir(&other),
            Err(StateError::Writable { .. })
        ));
    }

    #[test]
    fn a_state_file_is_read_only_when_it_is_a_private_regular_file() {
        let (_guard, base) = tmp();
        let file = base.join("journal.json");
        assert!(read_file(&file, 10).unwrap().is_none());
        std::fs::write(&file, "12345").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(read_file(&file, 10).unwrap().unwrap(), b"12345");
        assert!(matches!(
            read_file(&file, 4),
            Err(StateError::TooBig { .. })
        ));
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
        assert!(matches!(
            read_file(&file, 10),
            Err(StateError::Writable { .. })
        ));
        let link = base.join("link.json");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(matches!(
            read_file(&link, 10),
            Err(StateError::Symlink { .. })
        ));
    }

    #[test]
    fn gitignore_replaces_a_planted_symlink_without_following_it() {
        let (_guard, base) = tmp();
        let victim = base.join("victim");
        std::fs::write(&victim, "keep").unwrap();
        std::os::unix::fs::symlink(&victim, base.join(".gitignore")).unwrap();
        std::os::unix::fs::symlink(&victim, base.join("..gitignore.xmake-tmp")).unwrap();
        ensure_gitignore(&base).unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"keep");
        let meta = std::fs::symlink_metadata(base.join(".gitignore")).unwrap();
        assert!(meta.is_file());
        assert_eq!(std::fs::read(base.join(".gitignore")).unwrap(), b"*\n");
    }

    #[test]
    fn a_refused_file_is_set_aside_not_deleted() {
        let (_guard, base) = tmp();
        let file = base.join("journal.json");
        std::fs::write(&file, "x").unwrap();
        let aside = set_aside(&file, "20260101T000000Z").unwrap();
        assert_eq!(aside, base.join("journal.json.rejected-20260101T000000Z"));
        assert_eq!(std::fs::read(&aside).unwrap(), b"x");
        std::fs::write(&file, "y").unwrap();
        let second = set_aside(&file, "20260101T000000Z").unwrap();
        assert_eq!(
            second,
            base.join("journal.json.rejected-20260101T000000Z-2")
        );
    }
}
