//! Safe filesystem changes: every write goes to a temporary sibling, is flushed to disk, then
//! renamed into place (and the directory flushed), so a reader or a crash never sees half a
//! file; symlinks are switched by renaming a new link over the old one; directories are removed
//! by first renaming them out of sight. Each change counts as one mutation for [`super::fault`].
//!
//! Callers pass real paths (already mapped through `Root`).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};

use camino::{Utf8Path, Utf8PathBuf};
use sha2::{Digest, Sha256};

use super::fault::{before_write, mutated};
use super::progress::Progress;

/// The hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The hex SHA-256 of a regular file's contents, read through a fixed buffer (a fifo or a
/// device is refused rather than read without end).
pub fn sha256_file(path: &Utf8Path) -> io::Result<String> {
    let mut file = open_regular(path, true)?;
    let name = path.file_name().unwrap_or("file");
    let progress = Progress::bytes(&format!("checksumming {name}"), file.metadata()?.len());
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        progress.add(n as u64);
    }
    progress.finish();
    Ok(hex(&hasher.finalize()))
}

/// A sibling name for temporary files: `.name.xmake-tmp` in the same directory.
pub fn temp_sibling(path: &Utf8Path, tag: &str) -> Utf8PathBuf {
    let name = path.file_name().unwrap_or("file");
    path.with_file_name(format!(".{name}.xmake-{tag}"))
}

fn sync_dir(dir: &Utf8Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

fn parent(path: &Utf8Path) -> &Utf8Path {
    match path.parent() {
        Some(p) if !p.as_str().is_empty() => p,
        _ => Utf8Path::new("."),
    }
}

/// Adds the path an operation was about to an error, keeping its kind.
fn at(path: &Utf8Path) -> impl Fn(io::Error) -> io::Error + '_ {
    move |e| io::Error::new(e.kind(), format!("{path}: {e}"))
}

/// Writes `bytes` to `path` atomically with the given permission bits. On failure the
/// temporary file is removed and `path` is untouched.
pub fn write_atomic(path: &Utf8Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    before_write().map_err(at(path))?;
    let tmp = temp_sibling(path, "tmp");
    let _ = fs::remove_file(&tmp);
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)?;
        file.write_all(bytes)?;
        file.set_permissions(fs::Permissions::from_mode(mode))?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(at(path)(e));
    }
    mutated();
    fs::rename(&tmp, path).map_err(at(path))?;
    sync_dir(parent(path)).map_err(at(path))?;
    mutated();
    Ok(())
}

/// Copies a regular file atomically, keeping `mode`, and returns the SHA-256 of what was
/// written after reading the copy back and checking it against the source. The copy streams
/// through a fixed buffer (memory does not grow with the file) and keeps the source's holes;
/// a source that is not a regular file (a fifo, a device) is refused. A final symlink in
/// `from` is followed (see [`copy_file_nofollow_verified`]).
pub fn copy_file_verified(from: &Utf8Path, to: &Utf8Path, mode: u32) -> io::Result<String> {
    copy_verified(from, to, mode, true)
}

/// [`copy_file_verified`], refusing a `from` that is a symlink (for copies of a scanned tree,
/// where a link swapped in after the scan must not be followed).
pub fn copy_file_nofollow_verified(
    from: &Utf8Path,
    to: &Utf8Path,
    mode: u32,
) -> io::Result<String> {
    copy_verified(from, to, mode, false)
}

fn copy_verified(from: &Utf8Path, to: &Utf8Path, mode: u32, follow: bool) -> io::Result<String> {
    let source = open_regular(from, follow).map_err(at(from))?;
    before_write().map_err(at(to))?;
    let tmp = temp_sibling(to, "tmp");
    let _ = fs::remove_file(&tmp);
    let written = (|| {
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .custom_flags(libc::O_NOFOLLOW)
            .open(&tmp)?;
        let name = to.file_name().unwrap_or("file");
        let progress = Progress::bytes(&format!("copying {name}"), source.metadata()?.len());
        let copied = super::sparse_copy::copy(&source, &file, &|n| progress.add(n))?;
        progress.finish();
        file.set_permissions(fs::Permissions::from_mode(mode))?;
        file.sync_all()?;
        let want = hex(&copied.sha256.finalize());
        let got = sha256_file(&tmp)?;
        if got != want {
            return Err(io::Error::other(format!(
                "copy of {from} to {to} does not match (sha256 {got}, expected {want})"
            )));
        }
        Ok(got)
    })();
    let got = match written {
        Ok(got) => got,
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            return Err(at(to)(e));
        }
    };
    mutated();
    fs::rename(&tmp, to).map_err(at(to))?;
    sync_dir(parent(to)).map_err(at(to))?;
    mutated();
    Ok(got)
}

/// Reads a regular file of at most `limit` bytes, without reading more than that: a larger
/// file is an error of kind `FileTooLarge`, a fifo or a device one of kind `InvalidInput`.
pub fn read_bounded(path: &Utf8Path, limit: u64) -> io::Result<Vec<u8>> {
    let file = open_regular(path, true)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("larger than {limit} bytes"),
        ));
    }
    Ok(bytes)
}

/// Opens `path` for reading, refusing anything but a regular file (without blocking on a
/// fifo), and a symlink unless `follow`.
fn open_regular(path: &Utf8Path, follow: bool) -> io::Result<File> {
    let mut flags = libc::O_NONBLOCK;
    if !follow {
        flags |= libc::O_NOFOLLOW;
    }
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(flags)
        .open(path)?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
    Ok(file)
}

/// Creates one directory (its parent must exist) with `mode`, or the umask's default when
/// `None`; an existing directory is fine.
pub fn create_dir(path: &Utf8Path, mode: Option<u32>) -> io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_dir() => return Ok(()),
        Ok(_) => {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("{path} exists and is not a directory"),
            ))
        }
        Err(_) => {}
    }
    before_write().map_err(at(path))?;
    fs::create_dir(path).map_err(at(path))?;
    if let Some(mode) = mode {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(at(path))?;
    }
    sync_dir(parent(path)).map_err(at(path))?;
    mutated();
    Ok(())
}

/// Creates `path` and each missing parent (the umask's mode), top down, each through
/// [`create_dir`] (so each counts as a mutation and honours the injected faults).
pub fn create_dir_all(path: &Utf8Path) -> io::Result<()> {
    let missing: Vec<&Utf8Path> = path
        .ancestors()
        .take_while(|p| !p.as_str().is_empty() && fs::symlink_metadata(p).is_err())
        .collect();
    for dir in missing.into_iter().rev() {
        create_dir(dir, None)?;
    }
    Ok(())
}

/// Removes one file (or symlink); a file already gone is fine.
pub fn remove_file(path: &Utf8Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Ok(()) => {
            mutated();
            Ok(())
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(at(path)(e)),
    }
}

/// Points the symlink `link` at `target`, replacing any previous link in one rename.
pub fn switch_symlink(link: &Utf8Path, target: &Utf8Path) -> io::Result<()> {
    before_write().map_err(at(link))?;
    let tmp = temp_sibling(link, "link");
    let _ = fs::remove_file(&tmp);
    std::os::unix::fs::symlink(target, &tmp).map_err(at(link))?;
    mutated();
    fs::rename(&tmp, link).map_err(at(link))?;
    sync_dir(parent(link)).map_err(at(link))?;
    mutated();
    Ok(())
}

/// Renames `from` to `to`; if that already happened (`from` gone, `to` present) it is done.
pub fn rename(from: &Utf8Path, to: &Utf8Path) -> io::Result<()> {
    if fs::symlink_metadata(from).is_err() && fs::symlink_metadata(to).is_ok() {
        return Ok(());
    }
    fs::rename(from, to).map_err(at(from))?;
    sync_dir(parent(to)).map_err(at(to))?;
    mutated();
    Ok(())
}

/// Removes a directory tree: renamed out of sight first, so nobody sees it half-deleted.
/// A leftover from an interrupted removal is finished too.
pub fn remove_tree(path: &Utf8Path) -> io::Result<()> {
    let trash = temp_sibling(path, "trash");
    if fs::symlink_metadata(path).is_ok() {
        if fs::symlink_metadata(&trash).is_ok() {
            fs::remove_dir_all(&trash).map_err(at(&trash))?;
            mutated();
        }
        fs::rename(path, &trash).map_err(at(path))?;
        sync_dir(parent(path)).map_err(at(path))?;
        mutated();
    }
    if fs::symlink_metadata(&trash).is_ok() {
        fs::remove_dir_all(&trash).map_err(at(&trash))?;
        mutated();
    }
    Ok(())
}

/// Creates a symlink (used when copying trees; the copy is not visible yet).
pub fn create_symlink(target: &Utf8Path, link: &Utf8Path) -> io::Result<()> {
    before_write().map_err(at(link))?;
    std::os::unix::fs::symlink(target, link).map_err(at(link))?;
    mutated();
    Ok(())
}

/// Sets permission bits on an existing path.
pub fn set_mode(path: &Utf8Path, mode: u32) -> io::Result<()> {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(at(path))?;
    mutated();
    Ok(())
}

/// The permission bits of a path (not following a final symlink).
pub fn mode_of(path: &Utf8Path) -> io::Result<u32> {
    Ok(fs::symlink_metadata(path)?.permissions().mode() & 0o7777)
}

/// Bytes available to an unprivileged writer on the filesystem holding `path`
/// (`XMAKE_FAKE_FREE_BYTES` overrides it for tests).
pub fn free_bytes(path: &Utf8Path) -> io::Result<u64> {
    if let Some(fake) = super::fault::fake_free_bytes() {
        return Ok(fake);
    }
    let c_path = std::ffi::CString::new(path.as_str())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path has a NUL byte"))?;
    // SAFETY: statvfs writes into a zeroed struct we own; the path is a valid C string.
    let mut stat: libc::statvfs = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::statvfs(c_path.as_ptr(), &raw mut stat) };
    if rc != 0 {
        return Err(io::Error::last_os_error());
    }
    #[allow(clippy::useless_conversion)] // the field types differ between libc targets
    Ok(u64::from(stat.f_bavail).saturating_mul(u64::from(stat.f_frsize)))
}

/// Whether this process may create entries in `dir` (checks the filesystem is not read-only
/// and the directory grants write access).
pub fn dir_writable(dir: &Utf8Path) -> bool {
    let Ok(c_path) = std::ffi::CString::new(dir.as_str()) else {
        return false;
    };
    // SAFETY: access(2) with a valid C string.
    unsafe { libc::access(c_path.as_ptr(), libc::W_OK | libc::X_OK) == 0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp() -> (tempfile::TempDir, Utf8PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        (dir, path)
    }

    #[test]
    fn atomic_write_replaces_contents_and_sets_mode() {
        let (_guard, dir) = tmp();
        let file = dir.join("a.sh");
        write_atomic(&file, b"one", 0o755).unwrap();
        write_atomic(&file, b"two", 0o644).unwrap();
        assert_eq!(fs::read(&file).unwrap(), b"two");
        assert_eq!(mode_of(&file).unwrap(), 0o644);
        assert!(!temp_sibling(&file, "tmp").exists());
    }

    #[test]
    fn create_dir_all_makes_each_missing_parent_and_accepts_an_existing_one() {
        let (_d, base) = tmp();
        let deep = base.join("var/lib/xmake");
        let before = super::super::fault::mutations();
        create_dir_all(&deep).unwrap();
        assert!(deep.is_dir());
        assert!(super::super::fault::mutations() >= before + 3);
        create_dir_all(&deep).unwrap();
        write_atomic(&base.join("file"), b"x", 0o644).unwrap();
        assert!(create_dir_all(&base.join("file/sub")).is_err());
    }

    #[test]
    fn remove_file_removes_once_and_a_missing_file_is_fine() {
        let (_d, base) = tmp();
        let f = base.join("f");
        write_atomic(&f, b"x", 0o600).unwrap();
        remove_file(&f).unwrap();
        assert!(!f.exists());
        remove_file(&f).unwrap();
        let err = remove_file(&base).unwrap_err();
        assert!(err.to_string().contains(base.as_str()), "{err}");
    }

    #[test]
    fn symlink_switch_replaces_the_old_link() {
        let (_guard, dir) = tmp();
        let link = dir.join("latest");
        switch_symlink(&link, Utf8Path::new("a")).unwrap();
        switch_symlink(&link, Utf8Path::new("b")).unwrap();
        assert_eq!(fs::read_link(&link).unwrap().to_str(), Some("b"));
    }

    #[test]
    fn remove_tree_finishes_an_interrupted_removal() {
        let (_guard, dir) = tmp();
        let gone = dir.join("old");
        fs::create_dir_all(temp_sibling(&gone, "trash").join("x")).unwrap();
        remove_tree(&gone).unwrap();
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
    }
}
