//! The marker `deploy` writes inside each snapshot it makes (`.xmake-snapshot.json`): the
//! snapshot's name, release, a sequence number (one more than the highest in the deploy
//! directory), when it was made and by which xmake. It is written into the staging copy before
//! the rename that publishes it, so every snapshot xmake made holds one from the moment it is
//! visible.
//!
//! The marker is xmake's proof that it made a folder: only a folder named `<release>-<n>` that
//! holds a valid marker (a regular file, not a link, owned by this process's effective user,
//! naming that folder) may ever be removed, and snapshots are ordered by its sequence number,
//! never by a timestamp `chmod` or `touch` can change.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::fd::{AsRawFd, FromRawFd};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::time::{SystemTime, UNIX_EPOCH};

use camino::Utf8Path;
use serde::{Deserialize, Serialize};

use super::fs as safe;

/// The marker's file name, at the top of a snapshot.
pub const MARKER: &str = ".xmake-snapshot.json";
/// A marker larger than this is not one xmake wrote.
const MAX_BYTES: u64 = 4096;

/// What a marker records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marker {
    /// The snapshot folder's name, `<release>-<n>`.
    pub name: String,
    pub release: String,
    /// Creation order within the deploy directory (across releases).
    pub sequence: u64,
    /// When it was made: seconds and nanoseconds since the Unix epoch.
    pub created_unix: u64,
    pub created_nanos: u32,
    /// The xmake version that made it.
    pub xmake: String,
}

impl Marker {
    /// The marker for snapshot `<release>-<n>`, made now.
    pub fn new(release: &str, n: u64, sequence: u64) -> Self {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Self {
            name: format!("{release}-{n}"),
            release: release.to_owned(),
            sequence,
            created_unix: now.as_secs(),
            created_nanos: now.subsec_nanos(),
            xmake: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }

    /// Newer sorts greater: sequence number, then creation time.
    pub fn order(&self) -> (u64, u64, u32) {
        (self.sequence, self.created_unix, self.created_nanos)
    }

    /// Whether `name` is `<release>-<n>` for this marker's release and name.
    fn names(&self, name: &str) -> bool {
        self.name == name
            && name
                .strip_prefix(self.release.as_str())
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    }
}

/// Why a folder is not provably a snapshot xmake made.
#[derive(Debug, thiserror::Error)]
pub enum NotProven {
    #[error("it holds no {MARKER}")]
    Missing,
    #[error("its {MARKER} is not a regular file")]
    NotRegular,
    #[error("its {MARKER} is owned by uid {0}, not by this user")]
    Owner(u32),
    #[error("its {MARKER} is not one xmake wrote ({0})")]
    Damaged(String),
    #[error("its {MARKER} names {0}")]
    OtherName(String),
    #[error("cannot read its {MARKER}: {0}")]
    Io(io::Error),
}

/// Writes `marker` into the directory `dir` (read-only file, atomic).
pub fn write(dir: &Utf8Path, marker: &Marker) -> io::Result<()> {
    let bytes = serde_json::to_vec_pretty(marker).map_err(io::Error::other)?;
    safe::write_atomic(&dir.join(MARKER), &bytes, 0o444)
}

/// Reads the marker of the folder `dir` without following links (neither `dir` nor the marker
/// may be one) and checks it is a regular file owned by this process's effective user.
pub fn read(dir: &Utf8Path) -> Result<Marker, NotProven> {
    let folder = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(dir)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP | libc::ENOTDIR) => NotProven::NotRegular,
            _ => NotProven::Io(e),
        })?;
    let mut file = open_in(&folder, MARKER)?;
    let meta = file.metadata().map_err(NotProven::Io)?;
    if !meta.file_type().is_file() {
        return Err(NotProven::NotRegular);
    }
    // SAFETY: geteuid has no preconditions and cannot fail.
    let euid = unsafe { libc::geteuid() };
    if meta.uid() != euid {
        return Err(NotProven::Owner(meta.uid()));
    }
    if meta.len() > MAX_BYTES {
        return Err(NotProven::Damaged(format!("larger than {MAX_BYTES} bytes")));
    }
    let mut bytes = Vec::new();
    file.by_ref()
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(NotProven::Io)?;
    serde_json::from_slice(&bytes).map_err(|e| NotProven::Damaged(e.to_string()))
}

/// `name` under the open directory, not following a link, not blocking on a fifo.
fn open_in(folder: &File, name: &str) -> Result<File, NotProven> {
    let c_name = std::ffi::CString::new(name).map_err(|e| NotProven::Io(io::Error::other(e)))?;
    let flags = libc::O_RDONLY | libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK;
    // SAFETY: openat with a valid directory descriptor and C string; the result is checked.
    let fd = unsafe { libc::openat(folder.as_raw_fd(), c_name.as_ptr(), flags) };
    if fd < 0 {
        let err = io::Error::last_os_error();
        return Err(match err.raw_os_error() {
            Some(libc::ENOENT) => NotProven::Missing,
            Some(libc::ELOOP) => NotProven::NotRegular,
            _ => NotProven::Io(err),
        });
    }
    // SAFETY: fd is a freshly opened descriptor nobody else owns.
    Ok(unsafe { File::from_raw_fd(fd) })
}

/// The marker of the folder `dir`, which must be named `name` (`<release>-<n>`) and hold a
/// valid marker naming it: xmake's proof that it made the folder.
pub fn prove(dir: &Utf8Path, name: &str) -> Result<Marker, NotProven> {
    let marker = read(dir)?;
    if marker.names(name) {
        Ok(marker)
    } else {
        Err(NotProven::OtherName(marker.name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use camino::Utf8PathBuf;

    fn tmp() -> (tempfile::TempDir, Utf8PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        (dir, path)
    }

    #[test]
    fn a_written_marker_proves_its_folder_only() {
        let (_guard, base) = tmp();
        let dir = base.join("2.4.1-3");
        std::fs::create_dir(&dir).unwrap();
        let marker = Marker::new("2.4.1", 3, 7);
        write(&dir, &marker).unwrap();
        assert_eq!(prove(&dir, "2.4.1-3").unwrap(), marker);
        let other = base.join("2.4.1-4");
        std::fs::rename(&dir, &other).unwrap();
        assert!(matches!(
            prove(&other, "2.4.1-4"),
            Err(NotProven::OtherName(_))
        ));
    }

    #[test]
    fn links_fifos_and_junk_are_not_markers() {
        let (_guard, base) = tmp();
        let real = base.join("real");
        std::fs::create_dir(&real).unwrap();
        write(&real, &Marker::new("r", 1, 1)).unwrap();
        let linked = base.join("r-1");
        std::fs::create_dir(&linked).unwrap();
        std::os::unix::fs::symlink(real.join(MARKER), linked.join(MARKER)).unwrap();
        assert!(matches!(prove(&linked, "r-1"), Err(NotProven::NotRegular)));
        std::os::unix::fs::symlink(&real, base.join("r-2")).unwrap();
        assert!(prove(&base.join("r-2"), "r-2").is_err());
        let empty = base.join("r-3");
        std::fs::create_dir(&empty).unwrap();
        assert!(matches!(prove(&empty, "r-3"), Err(NotProven::Missing)));
        std::fs::write(empty.join(MARKER), "{\"name\":\"r-3\"}").unwrap();
        assert!(matches!(prove(&empty, "r-3"), Err(NotProven::Damaged(_))));
    }
}
