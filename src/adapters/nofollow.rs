//! Reading a file that must be a regular file: opened without following a final symlink
//! (`O_NOFOLLOW`) and without blocking on a fifo (`O_NONBLOCK`), then checked with `fstat`, so
//! a link or a device swapped in after a check is never read through.

use std::fs::{Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;

use camino::Utf8Path;

/// The contents of the regular file `path`; a symlink, fifo, device or directory is an error.
pub fn read_regular(path: &Utf8Path) -> io::Result<Vec<u8>> {
    read_regular_bounded(path, u64::MAX).map(|(bytes, _)| bytes)
}

/// [`read_regular`], refusing a file over `max` bytes before reading it, and returning the
/// metadata of the file that was read (mode, links: checked on the open file, not the name).
pub fn read_regular_bounded(path: &Utf8Path, max: u64) -> io::Result<(Vec<u8>, Metadata)> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => io::Error::other(format!("{path} is a symlink")),
            _ => io::Error::new(e.kind(), format!("{path}: {e}")),
        })?;
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        return Err(io::Error::other(format!("{path} is not a regular file")));
    }
    if meta.len() > max {
        return Err(io::Error::other(format!(
            "{path} is {} bytes, over the {max} bytes xmake reads of such a file",
            meta.len()
        )));
    }
    let mut bytes = Vec::new();
    file.take(max).read_to_end(&mut bytes)?;
    Ok((bytes, meta))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_files_and_refuses_links() {
        let tmp = tempfile::tempdir().unwrap();
        let base = camino::Utf8PathBuf::from_path_buf(tmp.path().to_owned()).unwrap();
        std::fs::write(base.join("f"), "x").unwrap();
        std::os::unix::fs::symlink(base.join("f"), base.join("l")).unwrap();
        assert_eq!(read_regular(&base.join("f")).unwrap(), b"x");
        assert!(read_regular(&base.join("l")).is_err());
        assert!(read_regular(&base).is_err());
    }
}
