//! Copying large files (base snapshots, saved images) with a known checksum: copied by the
//! kernel (`copy_file_range` through `std::io::copy`, falling back to a buffered copy; never
//! whole in memory), resumed after an interruption from the partial copy
//! (`.name.xmake-partial` beside the target), read back and hashed (the check: the bytes in
//! the file are the expected ones, whatever the partial held), flushed, and only then given
//! its `.sha256` and renamed into place. A partial copy that does not read back right is
//! started again once from nothing; a source that still does not match the expected checksum
//! is never renamed into place.
//!
//! The read-back runs on a second thread one chunk behind the copy (each chunk is read after
//! it was written), and the disk writes of each chunk are started as soon as it is copied, so
//! hashing, copying and flushing overlap. The source is not hashed while it is copied: the step
//! that planned the copy has just checked it, and the read-back checks what was written
//! (docs/performance.md, "Copy and verify").

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::sync::mpsc;

use camino::{Utf8Path, Utf8PathBuf};
use sha2::{Digest, Sha256};

use super::checksum::{self, ChecksumError};
use super::fault::{before_write, mutated};
use super::progress::Progress;

/// Bytes handed to the kernel per call (between two progress updates).
const CHUNK: u64 = 16 << 20;

/// Where an unfinished copy of `to` is kept.
pub fn partial(to: &Utf8Path) -> Utf8PathBuf {
    super::fs::temp_sibling(to, "partial")
}

/// Copies `from` (which must hash to `sha256`) to `to` with mode 0644, writing
/// `to.sha256` first and renaming the verified copy into place last.
pub fn copy_verified(from: &Utf8Path, to: &Utf8Path, sha256: &str) -> Result<(), ChecksumError> {
    let io_at = |file: &Utf8Path| {
        let file = file.to_owned();
        move |source| ChecksumError::Io {
            file: file.clone(),
            source,
        }
    };
    let part = partial(to);
    let name = to.file_name().unwrap_or("file");
    let mut source = checksum::open_regular(from).map_err(|source| ChecksumError::Missing {
        file: from.to_owned(),
        source,
    })?;
    before_write().map_err(io_at(to))?;
    let (mut written, mut got) =
        copy_and_read_back(&mut source, &part, name).map_err(io_at(&part))?;
    mutated();
    if got != sha256 {
        // The partial copy may be from another source: start again once, from nothing.
        let _ = std::fs::remove_file(&part);
        source.seek(SeekFrom::Start(0)).map_err(io_at(from))?;
        (written, got) = copy_and_read_back(&mut source, &part, name).map_err(io_at(&part))?;
    }
    if got != sha256 {
        let _ = std::fs::remove_file(&part);
        return Err(ChecksumError::Mismatch {
            file: from.to_owned(),
            expected: sha256.to_owned(),
            actual: got,
        });
    }
    written.sync_all().map_err(io_at(&part))?;
    drop(written);
    super::fs::write_atomic(
        &checksum::sidecar(to),
        checksum::line(sha256, name).as_bytes(),
        0o644,
    )
    .map_err(io_at(to))?;
    std::fs::rename(&part, to).map_err(io_at(to))?;
    mutated();
    Ok(())
}

/// Appends to `part` what it lacks of `source` (the partial's length says where to go on
/// from; a partial longer than the source is dropped) while a second thread reads the file
/// back behind the copy; returns the open partial and the checksum of all it holds.
fn copy_and_read_back(
    source: &mut File,
    part: &Utf8Path,
    name: &str,
) -> io::Result<(File, String)> {
    let mut out = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o644)
        .custom_flags(libc::O_NOFOLLOW)
        .open(part)?;
    let back = checksum::open_regular(part)?;
    let size = source.metadata()?.len();
    let mut have = out.metadata()?.len();
    if have > size {
        out.set_len(0)?;
        have = 0;
    }
    let progress = Progress::bytes(&format!("copying {name}"), size);
    progress.add(have);
    source.seek(SeekFrom::Start(have))?;
    out.seek(SeekFrom::Start(have))?;
    let (written, up_to) = mpsc::channel::<u64>();
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || hash_behind(&back, &up_to));
        let _ = written.send(have);
        let copied: io::Result<()> = (|| {
            let mut end = have;
            loop {
                let n = io::copy(&mut Read::by_ref(source).take(CHUNK), &mut out)?;
                if n == 0 {
                    return Ok(());
                }
                start_writeback(&out, end, n);
                end += n;
                let _ = written.send(end);
                progress.add(n);
            }
        })();
        drop(written);
        let sum = reader
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the read-back thread panicked")));
        copied?;
        progress.finish();
        Ok((out, sum?))
    })
}

/// Hashes `file` from its start, reading up to each offset `up_to` announces, then (once the
/// copy is over) to its end.
fn hash_behind(file: &File, up_to: &mpsc::Receiver<u64>) -> io::Result<String> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut pos = 0u64;
    let mut read = |limit: Option<u64>, pos: &mut u64| -> io::Result<()> {
        while limit.is_none_or(|end| *pos < end) {
            let room = limit.map_or(buf.len() as u64, |end| end - *pos);
            let want = usize::try_from(room).map_or(buf.len(), |r| r.min(buf.len()));
            let n = match file.read_at(&mut buf[..want], *pos) {
                Ok(0) if limit.is_none() => return Ok(()),
                Ok(0) => return Err(io::ErrorKind::UnexpectedEof.into()),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            hasher.update(&buf[..n]);
            *pos += n as u64;
        }
        Ok(())
    };
    for end in up_to {
        read(Some(end), &mut pos)?;
    }
    read(None, &mut pos)?;
    Ok(hasher
        .finalize()
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            use std::fmt::Write as _;
            let _ = write!(s, "{b:02x}");
            s
        }))
}

/// Starts writing `len` bytes at `offset` of `file` to disk without waiting (the final fsync
/// then has little left to do); advisory, so a failure is ignored.
fn start_writeback(file: &File, offset: u64, len: u64) {
    let (Ok(offset), Ok(len)) = (
        libc::off64_t::try_from(offset),
        libc::off64_t::try_from(len),
    ) else {
        return;
    };
    // SAFETY: sync_file_range on a descriptor we own; it only schedules writeback.
    let _ = unsafe {
        libc::sync_file_range(file.as_raw_fd(), offset, len, libc::SYNC_FILE_RANGE_WRITE)
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::fs::sha256_hex;

    use crate::test_support::scratch;

    fn data() -> Vec<u8> {
        (0..3_000_000u32).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn copies_with_its_checksum_file() {
        let (_g, base) = scratch();
        let bytes = data();
        std::fs::write(base.join("src.tar"), &bytes).unwrap();
        let to = base.join("base.tar");
        copy_verified(&base.join("src.tar"), &to, &sha256_hex(&bytes)).unwrap();
        assert_eq!(std::fs::read(&to).unwrap(), bytes);
        checksum::verify(&to).unwrap();
        assert!(!partial(&to).exists());
    }

    #[test]
    fn resumes_a_partial_copy_and_restarts_a_foreign_one() {
        let (_g, base) = scratch();
        let bytes = data();
        std::fs::write(base.join("src.tar"), &bytes).unwrap();
        let to = base.join("base.tar");
        std::fs::write(partial(&to), &bytes[..1_234_567]).unwrap();
        copy_verified(&base.join("src.tar"), &to, &sha256_hex(&bytes)).unwrap();
        assert_eq!(std::fs::read(&to).unwrap(), bytes);

        std::fs::remove_file(&to).unwrap();
        std::fs::write(partial(&to), b"something else entirely").unwrap();
        copy_verified(&base.join("src.tar"), &to, &sha256_hex(&bytes)).unwrap();
        assert_eq!(std::fs::read(&to).unwrap(), bytes);
    }

    #[test]
    fn a_source_that_does_not_match_is_never_put_in_place() {
        let (_g, base) = scratch();
        std::fs::write(base.join("src.tar"), b"corrupted").unwrap();
        let to = base.join("base.tar");
        let want = sha256_hex(b"original");
        let err = copy_verified(&base.join("src.tar"), &to, &want)
            .unwrap_err()
            .to_string();
        assert!(err.contains("src.tar") && err.contains(&want), "{err}");
        assert!(err.contains(&sha256_hex(b"corrupted")), "{err}");
        assert!(!to.exists() && !partial(&to).exists());
        assert!(!checksum::sidecar(&to).exists());
    }
}
