//! Shared helpers for tests on a real container engine: a private podman (its own image
//! storage in a temp dir, so parallel tests never share images) behind a wrapper script that
//! logs every call (`podman-wrapper.sh`), a tiny base root filesystem tarball made from busybox-static at test
//! time (no network, no package manager), and the rule for a missing engine: the test fails
//! with a clear message saying how to install it (it never passes silently).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Calls that change an engine's images (the log lines starting with these verbs).
pub const MUTATING: [&str; 7] = ["import", "tag", "build", "save", "image rm", "rmi", "untag"];

/// A podman with its own storage, reached through a logging wrapper.
pub struct Podman {
    _guard: tempfile::TempDir,
    pub dir: PathBuf,
    /// The wrapper: give it as `XMAKE_CONTAINER_ENGINE`.
    pub wrapper: PathBuf,
    pub log: PathBuf,
}

/// A private podman; a missing podman or busybox fails the test, saying how to install them.
pub fn podman() -> Podman {
    let works = Command::new("podman")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success());
    let busybox = Path::new("/bin/busybox").is_file();
    if !works || !busybox {
        let why = "this test needs podman and /bin/busybox (busybox-static): run `bash .ci/setup`";
        panic!("{why}");
    }
    let guard = tempfile::tempdir().unwrap();
    let dir = guard.path().to_owned();
    let log = dir.join("engine.log");
    let wrapper = dir.join("podman");
    std::fs::write(
        &wrapper,
        format!(
            include_str!("podman-wrapper.sh"),
            log = log.display(),
            store = dir.join("store").display(),
            run = dir.join("run").display(),
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    Podman {
        _guard: guard,
        dir,
        wrapper,
        log,
    }
}

impl Podman {
    /// Runs the wrapped podman (not logged: the log is for the code under test).
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("podman")
            .arg("--root")
            .arg(self.dir.join("store"))
            .arg("--runroot")
            .arg(self.dir.join("run"))
            .args(["--storage-driver", "vfs"])
            .args(args)
            .output()
            .unwrap()
    }

    /// The image id of `reference`, or `None`.
    pub fn id(&self, reference: &str) -> Option<String> {
        let out = self.run(&["image", "inspect", "--format", "{{.Id}}", reference]);
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }

    /// Every call logged so far, one per line.
    pub fn calls(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    /// The logged calls that change images.
    pub fn mutating_calls(&self) -> Vec<String> {
        self.calls()
            .into_iter()
            .filter(|c| MUTATING.iter().any(|m| c.starts_with(m)))
            .collect()
    }

    pub fn clear_log(&self) {
        let _ = std::fs::remove_file(&self.log);
    }
}

/// Writes a tiny root filesystem tarball (busybox-static and a few applet links) to `tar`.
pub fn busybox_rootfs_tar(tar: &Path) {
    let tmp = tempfile::tempdir().unwrap();
    let rootfs = tmp.path().join("rootfs");
    std::fs::create_dir_all(rootfs.join("bin")).unwrap();
    std::fs::create_dir_all(rootfs.join("etc")).unwrap();
    std::fs::copy("/bin/busybox", rootfs.join("bin/busybox")).unwrap();
    for applet in ["sh", "echo", "cat", "mkdir", "ls", "touch", "cp"] {
        std::os::unix::fs::symlink("busybox", rootfs.join("bin").join(applet)).unwrap();
    }
    let status = Command::new("tar")
        .arg("-C")
        .arg(&rootfs)
        .args(["--sort=name", "--mtime=@0", "--owner=0", "--group=0", "-cf"])
        .arg(tar)
        .arg(".")
        .status()
        .unwrap();
    assert!(status.success(), "tar failed");
}

/// The hex SHA-256 of a file, as `sha256sum` computes it.
pub fn sha256sum(file: &Path) -> String {
    let out = Command::new("sha256sum").arg(file).output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned()
}

/// Writes `file.sha256` in sha256sum format.
pub fn write_sidecar(file: &Path) {
    let name = file.file_name().unwrap().to_string_lossy();
    std::fs::write(
        format!("{}.sha256", file.display()),
        format!("{}  {name}\n", sha256sum(file)),
    )
    .unwrap();
}
