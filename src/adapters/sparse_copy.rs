//! Copying one file's bytes with bounded memory, hashing them on the way, and keeping holes:
//! the source's data regions are found with `SEEK_DATA`/`SEEK_HOLE` (where the filesystem does
//! not support them the whole file is one data region), read through a fixed buffer, and
//! every all-zero block is skipped by writing around it, so a sparse file stays sparse (and a
//! run of zeros becomes a hole). The destination's length is set at the end so a trailing hole
//! is kept too.

use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;

use sha2::{Digest, Sha256};

/// Bytes read at a time.
const BUFFER: usize = 256 * 1024;
/// Granularity of the all-zero test: a filesystem block.
const BLOCK: usize = 4096;

/// What [`copy`] wrote.
pub struct Copied {
    /// The SHA-256 of the bytes read from the source (holes read as zeros).
    pub sha256: Sha256,
    /// How many bytes the destination holds.
    pub len: u64,
}

/// Copies `src` (from offset 0, up to the length it had when the copy started) into `dst`,
/// which must be empty. A source that shrinks while it is copied gives a shorter copy, and
/// one that grows is cut at its first length; either way the hash says what was copied.
/// `done` is told the bytes read as they are read (for progress).
pub fn copy(src: &File, dst: &File, done: &dyn Fn(u64)) -> io::Result<Copied> {
    let len = src.metadata()?.len();
    let mut sha256 = Sha256::new();
    let mut buf = vec![0u8; BUFFER];
    let mut pos = 0u64;
    while pos < len {
        let data = next_region(src, pos, libc::SEEK_DATA)?
            .unwrap_or(len)
            .min(len);
        hash_zeros(&mut sha256, data - pos);
        pos = data;
        if pos >= len {
            break;
        }
        let hole = next_region(src, pos, libc::SEEK_HOLE)?
            .unwrap_or(len)
            .min(len);
        match copy_region(src, dst, pos, hole, &mut buf, &mut sha256, done)? {
            end if end < hole => {
                pos = end; // the source shrank
                break;
            }
            end => pos = end,
        }
    }
    dst.set_len(pos)?;
    Ok(Copied { sha256, len: pos })
}

/// Copies `start..end` through `buf`, writing only the blocks that are not all zeros; returns
/// where it stopped (before `end` only when the source ended early).
fn copy_region(
    src: &File,
    dst: &File,
    start: u64,
    end: u64,
    buf: &mut [u8],
    sha256: &mut Sha256,
    done: &dyn Fn(u64),
) -> io::Result<u64> {
    let mut pos = start;
    while pos < end {
        let want = usize::try_from(end - pos).map_or(buf.len(), |n| n.min(buf.len()));
        let n = read_at(src, &mut buf[..want], pos)?;
        if n == 0 {
            return Ok(pos);
        }
        sha256.update(&buf[..n]);
        write_nonzero(dst, &buf[..n], pos)?;
        done(n as u64);
        pos += n as u64;
    }
    Ok(pos)
}

fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    loop {
        match file.read_at(buf, offset) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}

/// Writes the runs of `bytes` that are not whole all-zero blocks, at `offset`.
fn write_nonzero(dst: &File, bytes: &[u8], offset: u64) -> io::Result<()> {
    let mut run: Option<usize> = None;
    let mut at = 0;
    for block in bytes.chunks(BLOCK) {
        let zero = block.iter().all(|&b| b == 0);
        match (zero, run) {
            (false, None) => run = Some(at),
            (true, Some(from)) => {
                dst.write_all_at(&bytes[from..at], offset + from as u64)?;
                run = None;
            }
            _ => {}
        }
        at += block.len();
    }
    if let Some(from) = run {
        dst.write_all_at(&bytes[from..], offset + from as u64)?;
    }
    Ok(())
}

/// `lseek(fd, pos, whence)` for `SEEK_DATA`/`SEEK_HOLE`: `Ok(None)` when there is no such
/// region after `pos` (ENXIO) or the filesystem cannot tell (EINVAL: treat all as data).
fn next_region(file: &File, pos: u64, whence: libc::c_int) -> io::Result<Option<u64>> {
    let Ok(offset) = libc::off_t::try_from(pos) else {
        return Ok(None);
    };
    // SAFETY: lseek on a file descriptor we own; it only moves the file offset, which this
    // module never uses (reads and writes are positional).
    let got = unsafe { libc::lseek(file.as_raw_fd(), offset, whence) };
    if got >= 0 {
        return Ok(u64::try_from(got).ok());
    }
    let err = io::Error::last_os_error();
    match err.raw_os_error() {
        Some(libc::EINVAL) if whence == libc::SEEK_DATA => Ok(Some(pos)),
        Some(libc::ENXIO | libc::EINVAL) => Ok(None),
        _ => Err(err),
    }
}

fn hash_zeros(sha256: &mut Sha256, mut n: u64) {
    static ZEROS: [u8; BLOCK * 16] = [0; BLOCK * 16];
    while n > 0 {
        let take = usize::try_from(n).map_or(ZEROS.len(), |n| n.min(ZEROS.len()));
        sha256.update(&ZEROS[..take]);
        n -= take as u64;
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Seek, SeekFrom, Write};
    use std::os::unix::fs::MetadataExt;

    use super::*;

    fn sha(bytes: &[u8]) -> Vec<u8> {
        Sha256::digest(bytes).to_vec()
    }

    #[test]
    fn copies_bytes_and_keeps_holes() {
        let dir = tempfile::tempdir().unwrap();
        let src_path = dir.path().join("src");
        let mut src = File::create(&src_path).unwrap();
        src.write_all(b"head").unwrap();
        src.seek(SeekFrom::Start(64 << 20)).unwrap();
        src.write_all(b"middle").unwrap();
        src.set_len(128 << 20).unwrap();
        let src = File::open(&src_path).unwrap();
        let dst_path = dir.path().join("dst");
        let dst = File::options()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&dst_path)
            .unwrap();
        let copied = copy(&src, &dst, &|_| ()).unwrap();
        assert_eq!(copied.len, 128 << 20);
        let mut all = Vec::new();
        File::open(&dst_path)
            .unwrap()
            .read_to_end(&mut all)
            .unwrap();
        let mut want = Vec::new();
        File::open(&src_path)
            .unwrap()
            .read_to_end(&mut want)
            .unwrap();
        assert!(all == want, "contents differ");
        assert_eq!(copied.sha256.finalize().to_vec(), sha(&want));
        let blocks = std::fs::metadata(&dst_path).unwrap().blocks();
        assert!(blocks < 1024, "copy is not sparse: {blocks} blocks");
    }

    #[test]
    fn zero_blocks_inside_data_are_not_written() {
        let mut bytes = vec![0u8; BLOCK * 4];
        bytes[0] = 1;
        bytes[BLOCK * 3 + 5] = 2;
        let dir = tempfile::tempdir().unwrap();
        let dst_path = dir.path().join("dst");
        let dst = File::create(&dst_path).unwrap();
        write_nonzero(&dst, &bytes, 0).unwrap();
        dst.set_len(bytes.len() as u64).unwrap();
        assert_eq!(std::fs::read(&dst_path).unwrap(), bytes);
    }
}
