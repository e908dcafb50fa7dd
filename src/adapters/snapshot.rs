//! A snapshot of a root filesystem as a tarball, with GNU tar: written under a temporary
//! name beside the target, hashed, given its `.sha256`, then renamed over the target (an
//! older snapshot stays in place until the new one is whole). Paths to leave out are given as
//! the node names them (`/proc`), matched from the top only and never as wildcards.

use camino::{Utf8Path, Utf8PathBuf};

use super::checksum;
use super::fault::{before_write, mutated};
use super::process::{self, Command};
use super::progress::{self, Progress};

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("tar is not installed")]
    NoTar,
    #[error(transparent)]
    Tar(#[from] process::ProcessError),
    #[error("{file}: {source}")]
    Io {
        file: Utf8PathBuf,
        source: std::io::Error,
    },
}

/// The tar command that writes the snapshot of `root` to `file`.
pub fn command(
    tar: &Utf8Path,
    root: &Utf8Path,
    exclude: &[Utf8PathBuf],
    file: &Utf8Path,
) -> Command {
    let mut cmd = Command::new(tar)
        .args(["--create", "--numeric-owner", "--xattrs", "--acls"])
        .arg("--file")
        .arg(file.as_str())
        .arg("--directory")
        .arg(root.as_str())
        .args(["--anchored", "--no-wildcards"]);
    for path in exclude {
        let rel = path.as_str().trim_start_matches('/');
        if !rel.is_empty() {
            cmd = cmd.arg(format!("--exclude=./{rel}"));
        }
    }
    cmd.arg(".")
}

/// Snapshots `root` to `to` (and `to.sha256`); returns the checksum. GNU tar's status 1
/// (a file changed while it was read: normal on a live system) is accepted.
pub fn snapshot(
    root: &Utf8Path,
    exclude: &[Utf8PathBuf],
    to: &Utf8Path,
) -> Result<String, SnapshotError> {
    let io_at = |file: &Utf8Path| {
        let file = file.to_owned();
        move |source| SnapshotError::Io {
            file: file.clone(),
            source,
        }
    };
    let tar = process::find("tar").ok_or(SnapshotError::NoTar)?;
    before_write().map_err(io_at(to))?;
    let tmp = super::fs::temp_sibling(to, "snapshot");
    let _ = std::fs::remove_file(&tmp);
    let progress = Progress::working(
        &format!(
            "writing {} with tar",
            to.file_name().unwrap_or("the snapshot")
        ),
        Some(progress::file_size(&tmp)),
    );
    match command(&tar, root, exclude, &tmp).run(None) {
        Ok(()) => progress.finish(),
        Err(e) if e.code() == Some(1) => {
            progress.finish();
            tracing::warn!("tar: some files changed while they were read: {e}");
        }
        Err(e) => {
            drop(progress);
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
    }
    mutated();
    let mut file = checksum::open_regular(&tmp).map_err(io_at(&tmp))?;
    let name = to.file_name().unwrap_or("base.tar");
    let sum =
        checksum::hash_open(&mut file, &format!("checksumming {name}")).map_err(io_at(&tmp))?;
    drop(file);
    super::fs::write_atomic(
        &checksum::sidecar(to),
        checksum::line(&sum, name).as_bytes(),
        0o644,
    )
    .map_err(io_at(to))?;
    std::fs::rename(&tmp, to).map_err(io_at(to))?;
    mutated();
    Ok(sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_out_what_it_is_told_and_writes_a_verifying_sidecar() {
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        let root = base.join("root");
        for d in ["etc", "proc/1", "tmp", "data/keep", "data/skip"] {
            std::fs::create_dir_all(root.join(d)).unwrap();
        }
        std::fs::write(root.join("etc/os-release"), "x").unwrap();
        std::fs::write(root.join("proc/1/status"), "x").unwrap();
        std::fs::write(root.join("data/skip/f"), "x").unwrap();
        std::fs::write(root.join("data/keep/f*"), "x").unwrap();
        let to = base.join("base.tar");
        let exclude = [
            Utf8PathBuf::from("/proc"),
            Utf8PathBuf::from("/tmp"),
            Utf8PathBuf::from("/data/skip"),
        ];
        let sum = snapshot(&root, &exclude, &to).unwrap();
        assert_eq!(checksum::verify(&to).unwrap().1, sum);
        let listing = std::process::Command::new("tar")
            .arg("-tf")
            .arg(&to)
            .output()
            .unwrap();
        let names = String::from_utf8_lossy(&listing.stdout).into_owned();
        assert!(names.contains("./etc/os-release"), "{names}");
        assert!(names.contains("./data/keep/f*"), "{names}");
        for gone in ["./proc", "./tmp", "./data/skip"] {
            assert!(
                !names.lines().any(|l| l.starts_with(gone)),
                "{gone} in {names}"
            );
        }
    }
}
