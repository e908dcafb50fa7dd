//! Running programs (on `duct`): a command as data, run either to read its output (queries,
//! each within a [`Limit`] of bytes and time) or for its effect (long, possibly chatty calls
//! whose output is kept only as a bounded tail). The programs and what they print are
//! untrusted: no read here is unbounded. Every run is logged as one `--verbose` line; every
//! failure names the command, its exit status and the tail of what it wrote to stderr.

use std::fs::File;
use std::io::Read;
use std::sync::{mpsc, Arc, OnceLock};
use std::time::Duration;

use camino::Utf8PathBuf;

/// How much of a failing program's stderr an error keeps (its end: where the reason is).
pub const TAIL_BYTES: usize = 4096;
/// Replaces the time limit of every bounded call (seconds; for tests and slow nodes).
pub const TIMEOUT_ENV: &str = "XMAKE_QUERY_TIMEOUT";

/// How much a program may print to stdout and how long it may run before xmake stops it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limit {
    pub bytes: usize,
    pub time: Duration,
}

impl Limit {
    /// A short answer: a version, a unit's state, a package's installed versions.
    pub const ANSWER: Limit = Limit {
        bytes: 64 << 10,
        time: Duration::from_mins(1),
    };
    /// A list or an inspection: images, containers, jobs, a journal entry, an image's field.
    pub const LIST: Limit = Limit {
        bytes: 4 << 20,
        time: Duration::from_mins(2),
    };
    /// A short change whose output is not needed: `systemctl enable`, a drain, `podman tag`.
    pub const CHANGE: Limit = Limit {
        bytes: 1 << 20,
        time: Duration::from_mins(5),
    };

    /// The time limit in force: [`TIMEOUT_ENV`] when set, else this limit's own.
    pub fn time(&self) -> Duration {
        timeout_override().unwrap_or(self.time)
    }
}

fn timeout_override() -> Option<Duration> {
    static OVERRIDE: OnceLock<Option<Duration>> = OnceLock::new();
    *OVERRIDE.get_or_init(|| {
        let text = std::env::var(TIMEOUT_ENV).ok()?;
        let secs = text
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|s| (0.1..=86_400.0).contains(s));
        if secs.is_none() {
            tracing::warn!("{TIMEOUT_ENV}='{text}' is not a number of seconds; ignored");
        }
        secs.map(Duration::from_secs_f64)
    })
}

/// `4 MiB`, `64 KiB`, `100 bytes`.
pub fn human_bytes(n: usize) -> String {
    if n >= 1 << 20 && n.is_multiple_of(1 << 20) {
        format!("{} MiB", n >> 20)
    } else if n >= 1 << 10 && n.is_multiple_of(1 << 10) {
        format!("{} KiB", n >> 10)
    } else {
        format!("{n} bytes")
    }
}

/// `90 s`, `1.5 s`.
fn human_seconds(d: &Duration) -> String {
    let secs = d.as_secs_f64();
    if secs.fract() == 0.0 {
        format!("{secs:.0} s")
    } else {
        format!("{secs:.1} s")
    }
}

/// A program and its arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Command {
    pub program: Utf8PathBuf,
    pub args: Vec<String>,
}

/// Why a command did not succeed.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error("cannot run `{command}`: {source}")]
    Start {
        command: String,
        source: std::io::Error,
    },
    #[error("`{command}` failed ({status}){}", tail_suffix(.stderr_tail))]
    Failed {
        command: String,
        status: String,
        /// The exit code (`None` when a signal ended it).
        code: Option<i32>,
        stderr_tail: String,
    },
    #[error("`{command}` printed more than {}, xmake's limit for it: stopped it", human_bytes(*.limit))]
    TooMuchOutput { command: String, limit: usize },
    #[error("`{command}` did not finish within {}, xmake's limit for it: stopped it", human_seconds(.limit))]
    TimedOut { command: String, limit: Duration },
}

fn tail_suffix(tail: &str) -> String {
    let tail = tail.trim();
    if tail.is_empty() {
        String::new()
    } else {
        format!(": {tail}")
    }
}

impl ProcessError {
    /// The exit code of a program that ran and failed.
    pub fn code(&self) -> Option<i32> {
        match self {
            ProcessError::Failed { code, .. } => *code,
            _ => None,
        }
    }

    /// What the program wrote last to stderr ("" when it did not fail or did not start).
    pub fn stderr_tail(&self) -> &str {
        match self {
            ProcessError::Failed { stderr_tail, .. } => stderr_tail,
            _ => "",
        }
    }
}

impl Command {
    pub fn new(program: impl Into<Utf8PathBuf>) -> Self {
        Self {
            program: program.into(),
            args: Vec::new(),
        }
    }

    #[must_use]
    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    #[must_use]
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    /// The command as a shell would read it (arguments quoted when needed).
    pub fn line(&self) -> String {
        std::iter::once(self.program.as_str())
            .chain(self.args.iter().map(String::as_str))
            .map(quote)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The command as a duct expression (exit statuses are checked by the caller).
    pub(crate) fn expression(&self) -> duct::Expression {
        duct::cmd(self.program.as_std_path(), &self.args).unchecked()
    }

    /// Runs a query whose output may come from untrusted data: reads at most `limit.bytes`
    /// of stdout and waits at most `limit.time` (more of either is an error and the program
    /// is killed); of its stderr, read as it comes, only the last [`TAIL_BYTES`] are kept.
    pub fn output_bounded(&self, limit: Limit) -> Result<String, ProcessError> {
        self.bounded(None, limit)
    }

    /// [`Command::output_bounded`] with `stdin` as the program's standard input (a file
    /// xmake opened and checked itself, so the program never opens it by name).
    pub fn output_bounded_from(&self, stdin: File, limit: Limit) -> Result<String, ProcessError> {
        self.bounded(Some(stdin), limit)
    }

    fn bounded(&self, stdin: Option<File>, limit: Limit) -> Result<String, ProcessError> {
        tracing::info!("run: {}", self.line());
        let expression = match stdin {
            Some(file) => self.expression().stdin_file(file),
            None => self.expression().stdin_null(),
        };
        let (stderr, stderr_end) = std::io::pipe().map_err(|source| self.start_error(source))?;
        // The expression (and with it this process's copy of the pipe's writing end) is gone
        // once the program started, so the stderr reader sees its end when the program's ends.
        let reader = Arc::new(
            expression
                .stderr_file(stderr_end)
                .reader()
                .map_err(|source| self.start_error(source))?,
        );
        let (send_tail, stderr_tail) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = send_tail.send(read_tail(stderr).unwrap_or_default());
        });
        let (send, stdout) = mpsc::channel();
        let stdout_reader = Arc::clone(&reader);
        let cap = limit.bytes as u64 + 1;
        // Not joined when the time is up: a child of the program may still hold stdout open.
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let read = (&*stdout_reader).take(cap).read_to_end(&mut bytes);
            let _ = send.send((read, bytes));
        });
        let time = limit.time();
        let deadline = std::time::Instant::now() + time;
        let Ok((read, bytes)) = stdout.recv_timeout(time) else {
            let _ = reader.kill();
            return Err(ProcessError::TimedOut {
                command: self.line(),
                limit: time,
            });
        };
        if read.is_err() || bytes.len() > limit.bytes {
            let _ = reader.kill();
            read.map_err(|source| self.start_error(source))?;
            return Err(ProcessError::TooMuchOutput {
                command: self.line(),
                limit: limit.bytes,
            });
        }
        let status = reader.try_wait();
        // A child of the program may still hold stderr open: its tail is waited for only
        // until the deadline.
        let tail = stderr_tail
            .recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
            .unwrap_or_default();
        match status {
            Ok(Some(out)) if out.status.success() => {
                Ok(String::from_utf8_lossy(&bytes).into_owned())
            }
            Ok(Some(out)) => Err(self.failed(out.status, &tail)),
            Ok(None) => Err(self.start_error(std::io::Error::other("did not exit"))),
            Err(source) => Err(self.start_error(source)),
        }
    }

    /// Runs a command for its effect, its stdin from `stdin` (or nothing), for as long as it
    /// takes (long work with its own progress: a build, a save, an install). Its output
    /// (stdout and stderr together) is read as it comes and only the last [`TAIL_BYTES`] are
    /// kept.
    pub fn run(&self, stdin: Option<File>) -> Result<(), ProcessError> {
        self.run_until(stdin, None)
    }

    /// [`Command::run`] for a short change, stopped (killed) when it runs longer than
    /// `limit`'s time ([`Limit::time`]).
    pub fn run_within(&self, stdin: Option<File>, limit: Limit) -> Result<(), ProcessError> {
        self.run_until(stdin, Some(limit.time()))
    }

    fn run_until(&self, stdin: Option<File>, time: Option<Duration>) -> Result<(), ProcessError> {
        tracing::info!("run: {}", self.line());
        let started = std::time::Instant::now();
        let expr = self.expression().stderr_to_stdout();
        let expr = match stdin {
            Some(file) => expr.stdin_file(file),
            None => expr.stdin_null(),
        };
        let reader = Arc::new(expr.reader().map_err(|source| self.start_error(source))?);
        let tail = match time {
            None => read_tail(&*reader),
            Some(time) => {
                let (send, tail) = mpsc::channel();
                let output = Arc::clone(&reader);
                std::thread::spawn(move || {
                    let _ = send.send(read_tail(&*output));
                });
                let Ok(tail) = tail.recv_timeout(time) else {
                    let _ = reader.kill();
                    return Err(ProcessError::TimedOut {
                        command: self.line(),
                        limit: time,
                    });
                };
                tail
            }
        }
        .map_err(|source| self.start_error(source))?;
        let status = match reader.try_wait() {
            Ok(Some(out)) => out.status,
            Ok(None) => return Err(self.start_error(std::io::Error::other("did not exit"))),
            Err(source) => return Err(self.start_error(source)),
        };
        tracing::info!(
            "{} exited with {} after {}",
            self.program,
            status
                .code()
                .map_or_else(|| "a signal".to_owned(), |c| format!("status {c}")),
            crate::logging::seconds(started.elapsed())
        );
        if status.success() {
            Ok(())
        } else {
            Err(self.failed(status, &tail))
        }
    }

    pub(crate) fn start_error(&self, source: std::io::Error) -> ProcessError {
        ProcessError::Start {
            command: self.line(),
            source,
        }
    }

    pub(crate) fn failed(&self, status: std::process::ExitStatus, stderr: &[u8]) -> ProcessError {
        let mut tail = Vec::new();
        keep_tail(&mut tail, stderr);
        ProcessError::Failed {
            command: self.line(),
            status: status.to_string(),
            code: status.code(),
            stderr_tail: String::from_utf8_lossy(&tail).into_owned(),
        }
    }
}

/// Reads `from` to its end, keeping only the last [`TAIL_BYTES`].
fn read_tail(mut from: impl Read) -> std::io::Result<Vec<u8>> {
    let mut tail = Vec::new();
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        match from.read(&mut buf) {
            Ok(0) => return Ok(tail),
            Ok(n) => keep_tail(&mut tail, &buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// Appends `more` to `tail`, keeping only the last [`TAIL_BYTES`].
fn keep_tail(tail: &mut Vec<u8>, more: &[u8]) {
    tail.extend_from_slice(more);
    if tail.len() > TAIL_BYTES {
        let cut = tail.len() - TAIL_BYTES;
        tail.drain(..cut);
    }
}

fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./:=@,+%".contains(&b));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// A program's answer one record a line: the lines trimmed, blank ones left out.
pub fn nonempty_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Where `program` is found on `PATH` (or `program` itself when it names a file).
pub fn find(program: &str) -> Option<Utf8PathBuf> {
    let path = which::which(program).ok()?;
    Utf8PathBuf::from_path_buf(path).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_returns_stdout() {
        let out = Command::new("/bin/sh")
            .args(["-c", "echo hello"])
            .output_bounded(Limit::ANSWER)
            .unwrap();
        assert_eq!(out, "hello\n");
    }

    #[test]
    fn a_failure_names_the_command_status_and_stderr_tail() {
        let err = Command::new("/bin/sh")
            .args(["-c", "echo early >&2; echo 'the reason' >&2; exit 3"])
            .output_bounded(Limit::ANSWER)
            .unwrap_err();
        let text = err.to_string();
        assert!(text.contains("/bin/sh -c"), "{text}");
        assert!(text.contains("exit status: 3"), "{text}");
        assert!(text.ends_with("early\nthe reason"), "{text}");
    }

    #[test]
    fn a_bounded_query_names_the_tail_of_its_stderr_and_stops_an_endless_one() {
        let err = Command::new("/bin/sh")
            .args([
                "-c",
                "yes e | head -c 100000 >&2; echo 'No unfinished job found' >&2; exit 255",
            ])
            .output_bounded(Limit::CHANGE)
            .unwrap_err();
        assert_eq!(err.code(), Some(255));
        let tail = err.stderr_tail();
        assert!(tail.len() <= TAIL_BYTES);
        assert!(
            tail.trim_end().ends_with("No unfinished job found"),
            "{tail:?}"
        );
        let endless = Command::new("/bin/sh")
            .args(["-c", "exec yes 4242 alice RUN"])
            .output_bounded(Limit::CHANGE)
            .unwrap_err();
        assert!(
            matches!(endless, ProcessError::TooMuchOutput { .. }),
            "{endless}"
        );
    }

    #[test]
    fn run_keeps_only_the_tail_of_a_long_output() {
        let err = Command::new("/bin/sh")
            .args([
                "-c",
                "yes x | head -c 1000000; echo; echo last words >&2; exit 1",
            ])
            .run(None)
            .unwrap_err();
        let tail = err.stderr_tail();
        assert!(tail.len() <= TAIL_BYTES);
        assert!(tail.ends_with("last words\n"), "{tail:?}");
    }

    #[test]
    fn run_feeds_stdin_from_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        let output = dir.path().join("out");
        std::fs::write(&input, "data").unwrap();
        Command::new("/bin/sh")
            .args(["-c", &format!("cat > '{}'", output.display())])
            .run(Some(File::open(&input).unwrap()))
            .unwrap();
        assert_eq!(std::fs::read(&output).unwrap(), b"data");
    }

    #[test]
    fn bounded_output_refuses_too_much() {
        let err = Command::new("/bin/sh")
            .args(["-c", "yes | head -c 2000000"])
            .output_bounded(Limit::CHANGE)
            .unwrap_err();
        assert!(matches!(err, ProcessError::TooMuchOutput { .. }), "{err}");
        let ok = Command::new("/bin/sh")
            .args(["-c", "echo small"])
            .output_bounded(Limit::CHANGE)
            .unwrap();
        assert_eq!(ok, "small\n");
    }

    #[test]
    fn a_missing_program_is_a_start_error() {
        let err = Command::new("/nonexistent/prog")
            .output_bounded(Limit::ANSWER)
            .unwrap_err();
        assert!(matches!(err, ProcessError::Start { .. }), "{err}");
        assert!(err.to_string().contains("/nonexistent/prog"));
    }

    #[test]
    fn a_query_that_never_ends_is_stopped_at_its_time_limit() {
        let short = Limit {
            bytes: 1024,
            time: Duration::from_millis(300),
        };
        let started = std::time::Instant::now();
        let err = Command::new("/bin/sh")
            .args(["-c", "exec sleep 30"])
            .output_bounded(short)
            .unwrap_err();
        assert!(matches!(err, ProcessError::TimedOut { .. }), "{err}");
        assert!(started.elapsed() < Duration::from_secs(10));
        // A child that keeps the pipes open after the program ended does not hold xmake.
        let err = Command::new("/bin/sh")
            .args(["-c", "sleep 5 & echo done"])
            .output_bounded(short)
            .unwrap_err();
        assert!(matches!(err, ProcessError::TimedOut { .. }), "{err}");
        let err = Command::new("/bin/sh")
            .args(["-c", "exec sleep 30"])
            .run_within(None, short)
            .unwrap_err();
        assert!(
            err.to_string()
                .ends_with("did not finish within 0.3 s, xmake's limit for it: stopped it"),
            "{err}"
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn a_limit_reads_as_people_write_it() {
        assert_eq!(human_bytes(Limit::LIST.bytes), "4 MiB");
        assert_eq!(human_bytes(Limit::ANSWER.bytes), "64 KiB");
        assert_eq!(human_bytes(100), "100 bytes");
        let err = Command::new("/bin/sh")
            .args(["-c", "exec yes"])
            .output_bounded(Limit::ANSWER)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "`/bin/sh -c 'exec yes'` printed more than 64 KiB, xmake's limit for it: stopped it"
        );
    }

    #[test]
    fn lines_quote_what_a_shell_would_split() {
        let c = Command::new("podman").args(["build", "--label", "a=b c", "it's"]);
        assert_eq!(c.line(), r"podman build --label 'a=b c' 'it'\''s'");
    }
}
