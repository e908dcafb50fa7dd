//! Starting one child process for a recipe line, with the recipe's environment, optional
//! captured output (for `-O`), and the jobserver pipe kept open for recursive makes.

use std::fs::File;
use std::process::{Command, Stdio};

/// What to start.
pub struct SpawnSpec<'s> {
    pub argv: &'s [String],
    pub env: &'s [(String, String)],
    /// Keep these fds open in the child (jobserver pipe for recursive lines).
    pub keep_fds: &'s [i32],
    /// Redirect stdout/stderr to these files (output sync).
    pub capture: Option<(&'s File, &'s File)>,
}

/// Starts the child and returns its pid. The `Child` handle is dropped: the engine reaps
/// children itself with `waitpid(-1)` so that any finished job can be noticed.
pub fn spawn(spec: &SpawnSpec<'_>) -> std::io::Result<i32> {
    crate::make::directory_lines::start();
    crate::make::fs_epoch::bump();
    match start(spec, spec.argv) {
        // A file without a `#!` line that the kernel will not run: GNU make hands it to
        // `/bin/sh` as a script, as a shell would.
        Err(e) if e.raw_os_error() == Some(libc::ENOEXEC) => {
            let mut argv = vec!["/bin/sh".to_owned()];
            argv.extend_from_slice(spec.argv);
            start(spec, &argv)
        }
        started => started,
    }
}

/// Starts `argv` with the rest of `spec`.
fn start(spec: &SpawnSpec<'_>, argv: &[String]) -> std::io::Result<i32> {
    let (prog, args) = argv
        .split_first()
        .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    let mut cmd = Command::new(prog);
    cmd.args(args).env_clear();
    cmd.envs(spec.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    if let Some((out, err)) = spec.capture {
        cmd.stdout(Stdio::from(out.try_clone()?));
        cmd.stderr(Stdio::from(err.try_clone()?));
    }
    // No code runs in the child before exec (no `pre_exec`), so the standard library can
    // start it with `posix_spawn` (a vfork) instead of `fork`: copying the page tables of a
    // large make for every recipe line cost more than the line itself. The fds to keep are
    // made inheritable in make for the moment of the spawn instead (the engine spawns from
    // one thread). The child's SIGPIPE is set back to default by the standard library.
    let _inherit = Inherit::fds(spec.keep_fds);
    let child = cmd.spawn()?;
    let pid = i32::try_from(child.id()).unwrap_or(-1);
    drop(child);
    Ok(pid)
}

/// Fds made inheritable (`FD_CLOEXEC` cleared) until dropped.
struct Inherit(Vec<i32>);

impl Inherit {
    fn fds(fds: &[i32]) -> Self {
        let mut cleared = Vec::new();
        for &fd in fds {
            // SAFETY: fcntl on an fd number only reads or sets its descriptor flags.
            unsafe {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                if flags >= 0 && flags & libc::FD_CLOEXEC != 0 {
                    libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
                    cleared.push(fd);
                }
            }
        }
        Self(cleared)
    }
}

impl Drop for Inherit {
    fn drop(&mut self) {
        for &fd in &self.0 {
            // SAFETY: as in `Inherit::fds`.
            unsafe {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                if flags >= 0 {
                    libc::fcntl(fd, libc::F_SETFD, flags | libc::FD_CLOEXEC);
                }
            }
        }
    }
}

/// Waits for any child. Returns `(pid, status)`, or `None` when interrupted or when there
/// is no child.
pub fn wait_any(block: bool) -> Option<(i32, i32)> {
    let mut status = 0;
    let flags = if block { 0 } else { libc::WNOHANG };
    // SAFETY: plain waitpid on any child.
    let pid = unsafe { libc::waitpid(-1, &raw mut status, flags) };
    if pid > 0 {
        Some((pid, status))
    } else {
        None
    }
}
