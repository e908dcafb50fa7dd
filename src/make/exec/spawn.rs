//! Starting one child process for a recipe line, with the recipe's environment, optional
//! captured output (for `-O`), and the jobserver pipe kept open for recursive makes.

use std::fs::File;
use std::os::unix::process::CommandExt;
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
    let (prog, args) = spec
        .argv
        .split_first()
        .ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    let mut cmd = Command::new(prog);
    cmd.args(args).env_clear();
    cmd.envs(spec.env.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    if let Some((out, err)) = spec.capture {
        cmd.stdout(Stdio::from(out.try_clone()?));
        cmd.stderr(Stdio::from(err.try_clone()?));
    }
    let keep: Vec<i32> = spec.keep_fds.to_vec();
    // SAFETY: only async-signal-safe calls (fcntl, signal) between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            for &fd in &keep {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                if flags >= 0 {
                    libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
                }
            }
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            Ok(())
        });
    }
    let child = cmd.spawn()?;
    let pid = i32::try_from(child.id()).unwrap_or(-1);
    drop(child);
    Ok(pid)
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
