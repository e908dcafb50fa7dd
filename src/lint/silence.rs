//! Reading a makefile prints: `$(info)` on stdout, GNU's warnings and `$(warning)` on
//! stderr. [`silenced`] keeps the first off xmake's stdout (where a JSON or XML document
//! goes) and captures the second, so lint can report it as findings.

/// Runs `f` with file descriptor 1 pointed at /dev/null (so `$(info)` cannot corrupt JSON or
/// XML written to stdout afterwards) and descriptor 2 captured in an anonymous memory file
/// (so GNU's reading warnings become findings). Returns `f`'s result and the captured text.
/// Where the descriptors cannot be redirected, runs `f` as is and captures nothing.
///
/// Descriptors are process-wide: a lock keeps two readers in one process from saving each
/// other's redirection, and the library's own unit tests (many threads sharing fd 1 with
/// the test harness) do not redirect at all.
pub fn silenced<T>(f: impl FnOnce() -> T) -> (T, String) {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    if cfg!(test) {
        return (f(), String::new());
    }
    let _guard = LOCK
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let Some(redirect) = Redirect::start() else {
        return (f(), String::new());
    };
    let out = f();
    (out, redirect.finish())
}

/// Descriptors 1 and 2 moved aside while a makefile is read; restored on drop.
struct Redirect {
    saved_out: i32,
    saved_err: i32,
    capture: std::fs::File,
}

impl Redirect {
    #[cfg(target_os = "linux")]
    fn start() -> Option<Self> {
        use std::os::fd::{AsRawFd, FromRawFd};
        flush_std();
        let null = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/null")
            .ok()?;
        // SAFETY: memfd_create, dup and dup2 on descriptors this function owns, and on 1 and
        // 2, which `Drop` restores.
        unsafe {
            let fd = libc::memfd_create(c"xmake-lint".as_ptr(), libc::MFD_CLOEXEC);
            if fd < 0 {
                return None;
            }
            let capture = std::fs::File::from_raw_fd(fd);
            let saved_out = libc::dup(1);
            let saved_err = libc::dup(2);
            if saved_out < 0 || saved_err < 0 {
                for fd in [saved_out, saved_err].into_iter().filter(|fd| *fd >= 0) {
                    libc::close(fd);
                }
                return None;
            }
            libc::dup2(null.as_raw_fd(), 1);
            libc::dup2(capture.as_raw_fd(), 2);
            Some(Self {
                saved_out,
                saved_err,
                capture,
            })
        }
    }

    #[cfg(not(target_os = "linux"))]
    fn start() -> Option<Self> {
        None
    }

    /// Restores the descriptors and returns what was written to stderr.
    fn finish(mut self) -> String {
        use std::io::{Read, Seek};
        self.restore();
        let mut bytes = Vec::new();
        let _ = self.capture.rewind();
        let _ = self.capture.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn restore(&mut self) {
        if self.saved_out < 0 {
            return;
        }
        flush_std();
        // SAFETY: puts back the descriptors saved in `start`, then closes the copies.
        unsafe {
            libc::dup2(self.saved_out, 1);
            libc::dup2(self.saved_err, 2);
            libc::close(self.saved_out);
            libc::close(self.saved_err);
        }
        self.saved_out = -1;
        self.saved_err = -1;
    }
}

impl Drop for Redirect {
    fn drop(&mut self) {
        self.restore();
    }
}

fn flush_std() {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
}
