//! Checksum files in `sha256sum` format (`<hex>  <name>`) beside the file they describe
//! (`base.tar` and `base.tar.sha256`), and verifying a file against one. Files are opened
//! without following a final symlink and hashed from the opened descriptor, so the caller can
//! go on using exactly the bytes that were verified.

use std::fs::File;
use std::io::{self, Read, Seek};
use std::os::unix::fs::OpenOptionsExt;

use camino::{Utf8Path, Utf8PathBuf};
use sha2::{Digest, Sha256};

use super::progress::Progress;

/// A checksum file is one short line; anything longer is not one.
const MAX_SIDECAR: u64 = 4096;

/// Why a file could not be verified.
#[derive(Debug, thiserror::Error)]
pub enum ChecksumError {
    #[error("{file}: missing (or not a regular file): {source}")]
    Missing {
        file: Utf8PathBuf,
        source: io::Error,
    },
    #[error("{sidecar}: not a sha256sum line for {name}")]
    BadSidecar { sidecar: Utf8PathBuf, name: String },
    #[error("{file}: checksum mismatch: expected sha256 {expected}, actual {actual}")]
    Mismatch {
        file: Utf8PathBuf,
        expected: String,
        actual: String,
    },
    #[error("{file}: {source}")]
    Io {
        file: Utf8PathBuf,
        source: io::Error,
    },
}

impl ChecksumError {
    /// The file the error is about.
    pub fn file(&self) -> &Utf8Path {
        match self {
            ChecksumError::Missing { file, .. }
            | ChecksumError::Mismatch { file, .. }
            | ChecksumError::Io { file, .. } => file,
            ChecksumError::BadSidecar { sidecar, .. } => sidecar,
        }
    }
}

/// `file.sha256`, beside `file`.
pub fn sidecar(file: &Utf8Path) -> Utf8PathBuf {
    Utf8PathBuf::from(format!("{file}.sha256"))
}

/// Opens a regular file without following a final symlink.
pub fn open_regular(path: &Utf8Path) -> io::Result<File> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW)
        .open(path)?;
    if file.metadata()?.is_file() {
        Ok(file)
    } else {
        Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "not a regular file",
        ))
    }
}

/// The checksum `file.sha256` records for `file` (lower-case hex).
pub fn expected(file: &Utf8Path) -> Result<String, ChecksumError> {
    let side = sidecar(file);
    let missing = |source| ChecksumError::Missing {
        file: side.clone(),
        source,
    };
    let mut text = String::new();
    open_regular(&side)
        .map_err(missing)?
        .take(MAX_SIDECAR)
        .read_to_string(&mut text)
        .map_err(|source| ChecksumError::Io {
            file: side.clone(),
            source,
        })?;
    let name = file.file_name().unwrap_or_default();
    parse_line(&text, name).ok_or_else(|| ChecksumError::BadSidecar {
        sidecar: side.clone(),
        name: name.to_owned(),
    })
}

/// `<64 hex>  <name>` (or `*<name>`, sha256sum's binary mode), one line.
fn parse_line(text: &str, name: &str) -> Option<String> {
    let line = text.strip_suffix('\n').unwrap_or(text);
    if line.contains('\n') {
        return None;
    }
    let (hex, rest) = line.split_once(' ')?;
    let rest = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('*'))?;
    let ok = hex.len() == 64 && hex.bytes().all(|b| b.is_ascii_hexdigit()) && rest == name;
    ok.then(|| hex.to_ascii_lowercase())
}

/// The sidecar line for `name`.
pub fn line(hex: &str, name: &str) -> String {
    format!("{hex}  {name}\n")
}

/// Hashes an open file from its start, then rewinds it; `what` names the work in progress
/// lines (`checksumming base.tar`).
pub fn hash_open(file: &mut File, what: &str) -> io::Result<String> {
    file.rewind()?;
    let progress = Progress::bytes(what, file.metadata()?.len());
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 256 * 1024];
    loop {
        let n = match file.read(&mut buf) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
        progress.add(n as u64);
    }
    progress.finish();
    file.rewind()?;
    let mut hex = String::with_capacity(64);
    for b in hasher.finalize() {
        use std::fmt::Write as _;
        let _ = write!(hex, "{b:02x}");
    }
    Ok(hex)
}

/// Verifies `file` against `file.sha256` right now; returns the open, rewound file and its
/// checksum. A mismatch names the file, the expected and the actual checksum.
pub fn verify(file: &Utf8Path) -> Result<(File, String), ChecksumError> {
    let expected = expected(file)?;
    verify_against(file, &expected)
}

/// Verifies `file` against a known checksum.
pub fn verify_against(file: &Utf8Path, expected: &str) -> Result<(File, String), ChecksumError> {
    let what = format!("checksumming {}", file.file_name().unwrap_or_default());
    verify_shown(file, expected, &what)
}

/// [`verify_against`], with `what` naming the work in progress lines.
pub fn verify_shown(
    file: &Utf8Path,
    expected: &str,
    what: &str,
) -> Result<(File, String), ChecksumError> {
    let mut open = open_regular(file).map_err(|source| ChecksumError::Missing {
        file: file.to_owned(),
        source,
    })?;
    let actual = hash_open(&mut open, what).map_err(|source| ChecksumError::Io {
        file: file.to_owned(),
        source,
    })?;
    if actual == expected {
        Ok((open, actual))
    } else {
        Err(ChecksumError::Mismatch {
            file: file.to_owned(),
            expected: expected.to_owned(),
            actual,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::scratch;

    #[test]
    fn a_sha256sum_line_verifies() {
        let (_g, base) = scratch();
        let f = base.join("base.tar");
        std::fs::write(&f, "abc").unwrap();
        let hex = crate::adapters::fs::sha256_hex(b"abc");
        std::fs::write(sidecar(&f), line(&hex, "base.tar")).unwrap();
        let (_, got) = verify(&f).unwrap();
        assert_eq!(got, hex);
        // sha256sum itself agrees with the format.
        let ok = std::process::Command::new("sha256sum")
            .arg("-c")
            .arg("base.tar.sha256")
            .current_dir(&base)
            .output()
            .unwrap();
        assert!(ok.status.success());
    }

    #[test]
    fn a_mismatch_names_file_expected_and_actual() {
        let (_g, base) = scratch();
        let f = base.join("x.tar");
        std::fs::write(&f, "changed").unwrap();
        let want = "0".repeat(64);
        std::fs::write(sidecar(&f), line(&want, "x.tar")).unwrap();
        let err = verify(&f).unwrap_err().to_string();
        assert!(err.contains(f.as_str()), "{err}");
        assert!(err.contains(&want), "{err}");
        assert!(
            err.contains(&crate::adapters::fs::sha256_hex(b"changed")),
            "{err}"
        );
    }

    #[test]
    fn bad_or_foreign_lines_and_symlinks_are_refused() {
        let (_g, base) = scratch();
        let f = base.join("x.tar");
        std::fs::write(&f, "x").unwrap();
        let hex = crate::adapters::fs::sha256_hex(b"x");
        for bad in [
            format!("{hex}  other.tar\n"),
            format!("{hex} x.tar\n"),
            "zz  x.tar\n".to_owned(),
            format!("{hex}  x.tar\n{hex}  x.tar\n"),
        ] {
            std::fs::write(sidecar(&f), bad).unwrap();
            assert!(verify(&f).is_err());
        }
        std::fs::write(sidecar(&f), line(&hex, "x.tar")).unwrap();
        std::os::unix::fs::symlink(&f, base.join("link.tar")).unwrap();
        std::fs::write(base.join("link.tar.sha256"), line(&hex, "link.tar")).unwrap();
        assert!(matches!(
            verify(&base.join("link.tar")),
            Err(ChecksumError::Missing { .. })
        ));
    }
}
