//! Advisory locks (`flock`) that name their holder: the lock file holds the holder's PID, so a
//! second xmake can say who is in the way. The kernel drops the lock when the holder dies, even
//! by `kill -9`, so a stale file never blocks anyone.

use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};
use std::os::fd::AsRawFd;

use camino::{Utf8Path, Utf8PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{what} is locked by another xmake (pid {pid}); wait for it to finish")]
    Held { what: String, pid: String },
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
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
            .map_err(io)?;
        // SAFETY: flock on a file descriptor we own.
        let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
        if rc != 0 {
            let err = std::io::Error::last_os_error();
            if err.raw_os_error() == Some(libc::EWOULDBLOCK) {
                let mut pid = String::new();
                let _ = file.read_to_string(&mut pid);
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
