//! Advisory locks (`flock`) that name their holder: the lock file holds the holder's PID, so a
//! second xmake can say who is in the way. The kernel drops the lock when the holder dies, even
//! by `kill -9`, so a stale file never blocks anyone.
//!
//! Lock files sit in places others can write (the tree, shared storage): one is opened with
//! `O_NOFOLLOW` (created with `O_CREAT|O_EXCL`), and must be a regular, single-link file owned
//! by this user; a symlink or anything else there is refused, never written through.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;

use camino::{Utf8Path, Utf8PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{what} is locked by another xmake (pid {pid}); wait for it to finish")]
    Held { what: String, pid: String },
    #[error("refusing the lock file: {0}; nothing was changed")]
    Unsafe(#[from] super::state::StateError),
    #[error("cannot lock {path}: {source}")]
    Io {
        path: Utf8PathBuf,
        source: std::io::Error,
    },
}

/// A held lock; released when dropped (or when the process dies).
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Takes the lock at `path` without waiting; `what` names the locked thing in messages.
    pub fn acquire(path: &Utf8Path, what: &str) -> Result<Lock, LockError> {
        let io = |source| LockError::Io {
            path: path.to_owned(),
            source,
        };
        let mut file = open(path)?;
        super::state::check_file(path, &file, super::state::Policy::AnyMode)?;
        // SAFETY: flock on a file descriptor we own.
        let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if rc != 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EWOULDBLOCK) {
                let mut pid = String::new();
                // A pid, written by xmake: anything longer is not one.
                let _ = Read::by_ref(&mut file).take(64).read_to_string(&mut pid);
                let pid = pid.trim();
                return Err(LockError::Held {
                    what: what.to_owned(),
                    pid: if pid.is_empty() {
                        "unknown".into()
                    } else {
                        pid.into()
                    },
                });
            }
            return Err(io(err));
        }
        file.set_len(0).map_err(io)?;
        file.rewind().map_err(io)?;
        writeln!(file, "{}", std::process::id()).map_err(io)?;
        file.sync_all().map_err(io)?;
        Ok(Lock { _file: file })
    }
}

/// Who holds the lock at `path` (the holder's pid), found without opening, creating or locking
/// the file: read-only modes change nothing, not even a lock. The kernel's lock table
/// (`/proc/locks`) is searched for the file's device and inode (`flock` locks, and the
/// POSIX locks NFS turns them into). `None` when nobody holds it or it cannot be told.
pub fn holder(path: &Utf8Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::symlink_metadata(path)
        .ok()
        .filter(|m| m.file_type().is_file())?;
    let mut table = String::new();
    File::open("/proc/locks")
        .ok()?
        .take(LOCK_TABLE_BYTES)
        .read_to_string(&mut table)
        .ok()?;
    holder_in(&table, meta.dev(), meta.ino())
}

/// The holder `pid` ([`holder`]) as a message names it: "another xmake (pid N)", or, when
/// the process is not an xmake (`/proc/PID/comm`), "another process (pid N, NAME)".
pub fn holder_named(pid: &str) -> String {
    let mut comm = String::new();
    let read =
        File::open(format!("/proc/{pid}/comm")).and_then(|f| f.take(64).read_to_string(&mut comm));
    let comm = comm.trim();
    if read.is_err() || comm.is_empty() || comm == "xmake" {
        format!("another xmake (pid {pid})")
    } else {
        let comm = crate::diag::escape::controls(comm);
        format!("another process (pid {pid}, {comm})")
    }
}

/// How much of the kernel's lock table [`holder`] reads.
const LOCK_TABLE_BYTES: u64 = 16 << 20;

/// The pid of the lock held on device `dev`, inode `ino` in a `/proc/locks` text (lines such
/// as `2: FLOCK  ADVISORY  WRITE 8953 fe:00:10463888 0 EOF`; ` -> ` lines are waiters).
fn holder_in(table: &str, dev: u64, ino: u64) -> Option<String> {
    let want = format!("{:02x}:{:02x}:{ino}", libc::major(dev), libc::minor(dev));
    table
        .lines()
        .filter(|line| !line.contains("->"))
        .find_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            (fields.get(5) == Some(&want.as_str()))
                .then(|| fields.get(4).map(|pid| (*pid).to_owned()))
                .flatten()
        })
}

/// Opens the lock file without following a symlink, creating it (mode 0600) if missing.
fn open(path: &Utf8Path) -> Result<File, LockError> {
    let refuse = |e| LockError::Unsafe(super::state::open_error(path, e));
    for _ in 0..3 {
        let existing = OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .open(path);
        match existing {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            other => return other.map_err(refuse),
        }
        let created = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .custom_flags(libc::O_NOFOLLOW)
            .open(path);
        match created {
            // Someone made it in between (or a link is there): look again.
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            other => return other.map_err(refuse),
        }
    }
    Err(LockError::Io {
        path: path.to_owned(),
        source: std::io::Error::other("it keeps appearing and disappearing"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_holder_is_found_without_touching_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = Utf8PathBuf::from_path_buf(dir.path().join("lock")).unwrap();
        assert_eq!(holder(&path), None);
        assert!(!path.exists(), "asking made the lock file");
        let held = Lock::acquire(&path, "the tree").unwrap();
        assert_eq!(holder(&path), Some(std::process::id().to_string()));
        let before = std::fs::metadata(&path).unwrap().modified().unwrap();
        drop(held);
        assert_eq!(holder(&path), None);
        assert_eq!(
            std::fs::metadata(&path).unwrap().modified().unwrap(),
            before
        );
        let table = "1: POSIX  ADVISORY  WRITE 6020 fe:00:1024002 0 EOF\n\
                     2: FLOCK  ADVISORY  WRITE 8953 fe:00:77 0 EOF\n\
                     2: -> FLOCK  ADVISORY  WRITE 9000 fe:00:77 0 EOF\n";
        let dev = libc::makedev(0xfe, 0);
        assert_eq!(holder_in(table, dev, 77), Some("8953".to_owned()));
        assert_eq!(holder_in(table, dev, 78), None);
    }

    #[test]
    fn a_second_lock_names_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = Utf8PathBuf::from_path_buf(dir.path().join("lock")).unwrap();
        let held = Lock::acquire(&path, "the tree").unwrap();
        let err = Lock::acquire(&path, "the tree").unwrap_err();
        let pid = std::process::id().to_string();
        assert!(err.to_string().contains(&format!("pid {pid}")), "{err}");
        drop(held);
        assert!(Lock::acquire(&path, "the tree").is_ok());
    }

    #[test]
    fn a_symlinked_lock_file_is_refused_and_its_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        std::fs::write(base.join("victim"), "keep").unwrap();
        std::os::unix::fs::symlink(base.join("victim"), base.join("lock")).unwrap();
        std::os::unix::fs::symlink(base.join("absent"), base.join("dangling")).unwrap();
        for name in ["lock", "dangling"] {
            let err = Lock::acquire(&base.join(name), "the tree").unwrap_err();
            assert!(err.to_string().contains("is a symlink"), "{err}");
            assert!(err.to_string().contains(base.join(name).as_str()), "{err}");
        }
        assert_eq!(std::fs::read(base.join("victim")).unwrap(), b"keep");
        assert!(!base.join("absent").exists());
    }
}
