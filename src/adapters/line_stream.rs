//! Reading a long-running program's output line by line, with a deadline: `journalctl -f`
//! (which never ends by itself) and a script run directly (`post-docker.sh`). A thread reads
//! the pipe and hands each line over; the caller waits for the next line until its deadline,
//! and dropping the stream kills the program (with its whole process group when asked, so a
//! script's children cannot keep the pipe open).

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::CommandExt;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::Instant;

use super::process::{Command, ProcessError};

/// The longest line kept; the rest of a longer line is dropped.
pub const MAX_LINE: usize = 64 << 10;

/// What waiting for the next line gave.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    Line(String),
    /// The program ended: its exit code (`None` when a signal ended it, or unknown).
    Ended(Option<i32>),
    /// The deadline passed first.
    Timeout,
}

/// A running program whose output (stdout and stderr together) arrives as lines.
pub struct LineStream {
    handle: Arc<duct::ReaderHandle>,
    lines: Receiver<Next>,
    group: bool,
    ended: bool,
}

impl LineStream {
    /// Starts `command`; with `own_group`, in a new process group that [`Drop`] kills whole.
    pub fn start(command: &Command, own_group: bool) -> Result<Self, ProcessError> {
        tracing::info!("run (streaming): {}", command.line());
        let mut expr = command.expression().stdin_null().stderr_to_stdout();
        if own_group {
            expr = expr.before_spawn(|cmd| {
                cmd.process_group(0);
                Ok(())
            });
        }
        let handle = Arc::new(expr.reader().map_err(|e| command.start_error(e))?);
        let (send, lines) = mpsc::channel();
        let reader = Arc::clone(&handle);
        std::thread::spawn(move || read_lines(&reader, &send));
        Ok(Self {
            handle,
            lines,
            group: own_group,
            ended: false,
        })
    }

    /// The next line, the program's end, or [`Next::Timeout`] at `deadline`.
    pub fn next(&mut self, deadline: Instant) -> Next {
        if self.ended {
            return Next::Ended(None);
        }
        let wait = deadline.saturating_duration_since(Instant::now());
        match self.lines.recv_timeout(wait) {
            Ok(Next::Ended(code)) => {
                self.ended = true;
                Next::Ended(code)
            }
            Ok(next) => next,
            Err(RecvTimeoutError::Timeout) => Next::Timeout,
            Err(RecvTimeoutError::Disconnected) => {
                self.ended = true;
                Next::Ended(None)
            }
        }
    }
}

impl Drop for LineStream {
    fn drop(&mut self) {
        if self.group {
            for pid in self.handle.pids() {
                if let Ok(pid) = libc::pid_t::try_from(pid) {
                    // SAFETY: kill(2) with a negative pid signals that process group only.
                    unsafe {
                        libc::kill(-pid, libc::SIGKILL);
                    }
                }
            }
        }
        let _ = self.handle.kill();
    }
}

fn read_lines(handle: &duct::ReaderHandle, send: &mpsc::Sender<Next>) {
    let mut reader = BufReader::new(handle);
    loop {
        let mut line = Vec::new();
        match (&mut reader)
            .take(MAX_LINE as u64)
            .read_until(b'\n', &mut line)
        {
            Ok(0) | Err(_) => break,
            Ok(_) => {
                if line.last() != Some(&b'\n') && line.len() >= MAX_LINE {
                    skip_rest_of_line(&mut reader);
                }
                while matches!(line.last(), Some(b'\n' | b'\r')) {
                    line.pop();
                }
                let text = String::from_utf8_lossy(&line).into_owned();
                if send.send(Next::Line(text)).is_err() {
                    return;
                }
            }
        }
    }
    let code = match handle.try_wait() {
        Ok(Some(out)) => out.status.code(),
        _ => None,
    };
    let _ = send.send(Next::Ended(code));
}

fn skip_rest_of_line(reader: &mut impl BufRead) {
    loop {
        let Ok(buf) = reader.fill_buf() else { return };
        if buf.is_empty() {
            return;
        }
        if let Some(at) = buf.iter().position(|&b| b == b'\n') {
            reader.consume(at + 1);
            return;
        }
        let n = buf.len();
        reader.consume(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn lines_arrive_then_the_end_with_its_status() {
        let cmd = Command::new("/bin/sh").args(["-c", "echo one; echo two >&2; exit 4"]);
        let mut s = LineStream::start(&cmd, false).unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        assert_eq!(s.next(deadline), Next::Line("one".into()));
        assert_eq!(s.next(deadline), Next::Line("two".into()));
        assert_eq!(s.next(deadline), Next::Ended(Some(4)));
    }

    #[test]
    fn a_silent_program_times_out_and_its_group_is_killed() {
        let cmd = Command::new("/bin/sh").args(["-c", "sleep 30 & sleep 30; echo never"]);
        let started = Instant::now();
        let mut s = LineStream::start(&cmd, true).unwrap();
        let deadline = Instant::now() + Duration::from_millis(300);
        assert_eq!(s.next(deadline), Next::Timeout);
        drop(s);
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}
