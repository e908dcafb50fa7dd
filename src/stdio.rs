//! The process's standard output and error, written the way GNU make writes them: no write
//! ever panics (Rust's `print!` does on a full disk or a closed pipe); a failed write to stdout
//! is remembered, like C's `ferror(stdout)`, so the end of the run can report it as GNU make
//! does (`make: write error: stdout`, status 1) instead of exiting 0 with the output lost;
//! stderr is written best effort (GNU does not check it). A closed pipe kills the process
//! with SIGPIPE, as it does GNU make ([`default_sigpipe`]), so `xmake --list | head -1` ends
//! quietly (unless SIGPIPE was ignored when xmake started: then, as for GNU make, it is a
//! write error).
//!
//! Every part of xmake that writes to stdout goes through here ([`out`], [`flush_out`], or
//! [`Out`] where a `Write` is wanted).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once a write to stdout has failed.
static OUT_FAILED: AtomicBool = AtomicBool::new(false);

/// GNU make's message for a lost output, without the program prefix.
pub const WRITE_ERROR: &str = "write error: stdout";
/// The exit status GNU make 4.3 gives a run whose output was lost.
pub const WRITE_ERROR_STATUS: i32 = 1;

fn record<T>(result: io::Result<T>) -> io::Result<T> {
    if let Err(e) = &result {
        if e.kind() != io::ErrorKind::Interrupted {
            OUT_FAILED.store(true, Ordering::SeqCst);
        }
    }
    result
}

/// Standard output as a `Write` that remembers failures (for code that takes a writer).
#[derive(Clone, Copy, Debug, Default)]
pub struct Out;

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        record(io::stdout().write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        record(io::stdout().flush())
    }
}

/// Writes `text` to stdout and flushes it (so it is ordered with child processes' output).
pub fn out(text: &str) {
    out_bytes(text.as_bytes());
}

/// Writes `bytes` to stdout and flushes them.
pub fn out_bytes(bytes: &[u8]) {
    let mut stdout = io::stdout().lock();
    let _ = record(stdout.write_all(bytes));
    let _ = record(stdout.flush());
}

/// Flushes stdout (before writing to stderr, or before a child process writes).
pub fn flush_out() {
    let _ = record(io::stdout().flush());
}

/// Writes `text` to stderr, after flushing stdout; a failure is ignored, as GNU make does.
pub fn err(text: &str) {
    flush_out();
    let mut stderr = io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}

/// [`err`] with a newline.
pub fn err_line(line: &str) {
    err(&format!("{line}\n"));
}

/// Whether any write to stdout failed (after a last flush).
pub fn out_failed() -> bool {
    flush_out();
    OUT_FAILED.load(Ordering::SeqCst)
}

/// The run's exit status, once stdout is known to hold everything: GNU's
/// `PROGRAM: write error: stdout` and status 1 when a write to it failed.
pub fn finish(program: &str, status: i32) -> i32 {
    if out_failed() {
        err_line(&format!("{program}: {WRITE_ERROR}"));
        return WRITE_ERROR_STATUS;
    }
    status
}

/// Set before `main` when SIGPIPE was ignored by whoever started xmake.
static SIGPIPE_WAS_IGNORED: AtomicBool = AtomicBool::new(false);

/// Records whether SIGPIPE is ignored: called before Rust's runtime starts (which sets it to
/// "ignore"), from a constructor in the executable.
pub fn record_inherited_sigpipe() {
    // SAFETY: sigaction(2) only reads the current action into a zeroed struct we own.
    let ignored = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGPIPE, std::ptr::null(), &raw mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    };
    SIGPIPE_WAS_IGNORED.store(ignored, Ordering::SeqCst);
}

/// Gives SIGPIPE back the action xmake inherited (Rust ignores it): normally the default, so
/// writing to a closed pipe ends the process, as it ends GNU make; when it was inherited
/// ignored, a closed pipe is a write error, reported as GNU make reports it.
pub fn default_sigpipe() {
    if SIGPIPE_WAS_IGNORED.load(Ordering::SeqCst) {
        return;
    }
    // SAFETY: signal(2) with a valid signal number and SIG_DFL; called at start-up, before
    // any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Sends everything written to stdout from now on (by xmake and by the programs it starts) to
/// stderr, and returns the original stdout, for a run whose stdout must hold one document
/// (`--format=json` with Makefile recipes).
pub fn divert_stdout_to_stderr() -> io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    flush_out();
    // SAFETY: dup/dup2 on the process's own standard descriptors; the duplicate is owned by
    // the returned File alone.
    unsafe {
        let saved = libc::dup(1);
        if saved < 0 {
            return Err(io::Error::last_os_error());
        }
        if libc::dup2(2, 1) < 0 {
            let e = io::Error::last_os_error();
            libc::close(saved);
            return Err(e);
        }
        Ok(std::fs::File::from_raw_fd(saved))
    }
}

/// [`divert_stdout_to_stderr`] for a `--format=json` run: on failure, says so on stderr and
/// gives the status to exit with.
pub fn divert_stdout_for_json() -> Result<std::fs::File, i32> {
    divert_stdout_to_stderr().map_err(|e| {
        err_line(&format!("xmake: cannot keep stdout for --format=json: {e}"));
        crate::exit::ERROR
    })
}

/// Writes the one document (`text` and a newline) on the stdout [`divert_stdout_for_json`]
/// kept, and flushes it: `status`, or GNU make's write error and its status when it is lost.
pub fn write_document(mut saved: std::fs::File, text: &str, status: i32) -> i32 {
    if writeln!(saved, "{text}")
        .and_then(|()| saved.flush())
        .is_err()
    {
        err_line(&format!("xmake: {WRITE_ERROR}"));
        return WRITE_ERROR_STATUS;
    }
    status
}
