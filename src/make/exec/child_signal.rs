//! Waking the engine when a child exits while it waits for a jobserver token. Without it
//! the wait could only time out: a job's token goes back when make reaps the job, so a
//! make whose children all ended slept out the whole timeout before each next job (GNU
//! make wakes on SIGCHLD). A SIGCHLD handler writes a byte to a pipe that the wait polls
//! beside the jobserver.

use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Once;

/// The pipe's read end, -1 until installed (or when it could not be).
static READ: AtomicI32 = AtomicI32::new(-1);
static WRITE: AtomicI32 = AtomicI32::new(-1);
static INSTALL: Once = Once::new();

extern "C" fn on_child(_: i32) {
    // SAFETY: errno is saved and restored around write(2), which is async-signal-safe;
    // the pipe is non-blocking, so a full pipe drops the byte (a wake-up is pending then).
    unsafe {
        let errno = *libc::__errno_location();
        let fd = WRITE.load(Ordering::Relaxed);
        if fd >= 0 {
            libc::write(fd, b"c".as_ptr().cast(), 1);
        }
        *libc::__errno_location() = errno;
    }
}

/// The fd that becomes readable when a child exits (installing the handler the first time);
/// `None` when no pipe could be made.
pub fn wake_fd() -> Option<i32> {
    INSTALL.call_once(|| {
        let mut fds = [0i32; 2];
        // SAFETY: pipe2 fills two fds; sigaction installs a handler that only writes to it.
        unsafe {
            if libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) != 0 {
                return;
            }
            WRITE.store(fds[1], Ordering::SeqCst);
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_child as extern "C" fn(i32) as usize;
            libc::sigemptyset(&raw mut sa.sa_mask);
            sa.sa_flags = libc::SA_RESTART | libc::SA_NOCLDSTOP;
            if libc::sigaction(libc::SIGCHLD, &raw const sa, std::ptr::null_mut()) == 0 {
                READ.store(fds[0], Ordering::SeqCst);
            }
        }
    });
    let fd = READ.load(Ordering::SeqCst);
    (fd >= 0).then_some(fd)
}

/// Empties the pipe (after a wake-up; the caller then reaps what exited).
pub fn drain(fd: i32) {
    let mut buf = [0u8; 64];
    // SAFETY: reading into a local buffer from our non-blocking pipe.
    while unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) } > 0 {}
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_child_exit_makes_the_pipe_readable() {
        let fd = super::wake_fd().expect("a pipe");
        super::drain(fd);
        // Engine tests reap any child with waitpid(-1): not while this one runs.
        let _guard = crate::make::exec::tests::SERIAL
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let child = std::process::Command::new("true").spawn().unwrap();
        let mut p = libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // The handler may interrupt the poll itself (EINTR): the byte is there then.
        let mut ready = -1;
        for _ in 0..3 {
            // SAFETY: one pollfd; 5 s is far more than `true` takes.
            ready = unsafe { libc::poll(&raw mut p, 1, 5000) };
            if ready >= 0 {
                break;
            }
        }
        assert_eq!(ready, 1);
        super::drain(fd);
        let _ = child.wait_with_output();
    }
}
