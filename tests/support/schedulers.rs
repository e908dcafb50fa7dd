//! A `PATH` for a node with a chosen batch scheduler: a folder of links to the system's
//! programs without Slurm's, LSF's and Grid Engine's (this machine has a real Slurm), plus the
//! stand-ins of `fixtures/fake-bin` a test wants, and this machine's short host name (the node
//! xmake asks the scheduler about).

use std::path::Path;

/// Scheduler programs never taken from the system.
pub const HIDDEN: [&str; 8] = [
    "squeue", "scontrol", "bjobs", "badmin", "bhosts", "qstat", "qmod", "sbatch",
];
/// The stand-ins every node takes (packages and systemd).
pub const BASE: [&str; 5] = ["_state.sh", "rpm", "yum", "systemctl", "journalctl"];
/// LSF's stand-ins.
pub const LSF: [&str; 3] = ["bjobs", "badmin", "bhosts"];
/// Grid Engine's stand-ins.
pub const SGE: [&str; 2] = ["qstat", "qmod"];

/// This machine's short host name, as xmake takes it.
pub fn host() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    host.trim().split('.').next().unwrap().to_owned()
}

/// A folder of links: the system's programs without [`HIDDEN`], and the stand-ins named.
pub fn bin_dir(stand_ins: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fake = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin");
    for name in BASE.iter().chain(stand_ins) {
        std::os::unix::fs::symlink(fake.join(name), dir.path().join(name)).unwrap();
    }
    for system in [
        "/usr/local/sbin",
        "/usr/local/bin",
        "/usr/sbin",
        "/usr/bin",
        "/sbin",
        "/bin",
    ] {
        let Ok(entries) = std::fs::read_dir(system) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let link = dir.path().join(&name);
            if HIDDEN.iter().any(|h| name == *h) || link.symlink_metadata().is_ok() {
                continue;
            }
            std::os::unix::fs::symlink(entry.path(), link).unwrap();
        }
    }
    dir
}
