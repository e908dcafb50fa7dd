//! Copying large files (base snapshots, saved images) with a known checksum: streamed (never
//! whole in memory), hashed while copying, resumed after an interruption from the partial
//! copy (`.name.xmake-partial` beside the target), flushed, read back and checked, and only
//! then given its `.sha256` and renamed into place. A source that does not match the expected
//! checksum is never renamed into place.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;

use camino::{Utf8Path, Utf8PathBuf};
use sha2::{Digest, Sha256};

use super::checksum::{self, ChecksumError};
use super::fault::{before_write, mutated};
use super::progress::Progress;

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
    let mut source = checksum::open_regular(from).map_err(|source| ChecksumError::Missing {
        file: from.to_owned(),
        source,
    })?;
    before_write().map_err(io_at(to))?;
    let got = match resume_or_copy(&mut source, &part) {
        Ok(got) if got == sha256 => got,
        Ok(_) => {
            // The partial copy may be from another source: start again once, from nothing.
            let _ = std::fs::remove_file(&part);
            source.seek(SeekFrom::Start(0)).map_err(io_at(from))?;
            resume_or_copy(&mut source, &part).map_err(io_at(&part))?
        }
        Err(e) => return Err(io_at(&part)(e)),
    };
    if got != sha256 {
        let _ = std::fs::remove_file(&part);
        return Err(ChecksumError::Mismatch {
            file: from.to_owned(),
            expected: sha256.to_owned(),
            actual: got,
        });
    }
    mutated();
    let name = to.file_name().unwrap_or("file");
    checksum::verify_shown(&part, sha256, &format!("reading back {name}"))?;
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

/// Appends to `part` what it lacks of `source`, hashing the partial's bytes and then the rest
/// of the source; returns the checksum of the whole.
fn resume_or_copy(source: &mut File, part: &Utf8Path) -> io::Result<String> {
    let mut out = OpenOptions::new()
        .read(true)
        .append(true)
        .create(true)
        .mode(0o644)
        .custom_flags(libc::O_NOFOLLOW)
        .open(part)?;
    let mut hasher = Sha256::new();
    let size = source.metadata()?.len();
    let name = part.file_name().unwrap_or("file");
    let name = name.strip_prefix('.').unwrap_or(name);
    let name = name.strip_suffix(".xmake-partial").unwrap_or(name);
    let progress = Progress::bytes(&format!("copying {name}"), size);
    let have = pump(&mut out, &mut hasher, None, &progress)?;
    if have > size {
        out.set_len(0)?;
        drop(out);
        std::fs::remove_file(part)?;
        source.seek(SeekFrom::Start(0))?;
        return resume_or_copy(source, part);
    }
    source.seek(SeekFrom::Start(have))?;
    pump(source, &mut hasher, Some(&mut out), &progress)?;
    out.sync_all()?;
    progress.finish();
    Ok(hasher
        .finalize()
        .iter()
        .fold(String::with_capacity(64), |mut s, b| {
            use std::fmt::Write as _;
            let _ = write!(s, "{b:02x}");
            s
        }))
}

/// Reads `from` to its end, hashing, and writing to `to` if given; returns the bytes read.
fn pump(
    from: &mut File,
    hasher: &mut Sha256,
    mut to: Option<&mut File>,
    progress: &Progress,
) -> io::Result<u64> {
    let mut buf = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = match from.read(&mut buf) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
        if let Some(out) = to.as_deref_mut() {
            out.write_all(&buf[..n])?;
        }
        total += n as u64;
        progress.add(n as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::fs::sha256_hex;

    fn scratch() -> (tempfile::TempDir, Utf8PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        (dir, base)
    }

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
