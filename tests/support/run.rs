//! The one way to run xmake in an integration test (docs/architecture.md, "Tests"): a builder
//! that starts from a clean environment (no `MAKEFLAGS`, `MFLAGS`, `MAKELEVEL`, `GNUMAKEFLAGS`,
//! `ROOT` or `XMAKE_*` from the caller; `NO_COLOR=1`; `CI=true`), runs the built `xmake` with
//! `-C <dir>` and `--root <root>` when given, and hands back the raw output or the output with
//! what differs between machines redacted: the scratch root's path, this repository's path,
//! the host name and timestamps.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use super::files::repo;

/// Variables of the caller's environment a run never inherits (plus every `XMAKE_*`).
const SCRUBBED: [&str; 5] = ["MAKEFLAGS", "MFLAGS", "MAKELEVEL", "ROOT", "GNUMAKEFLAGS"];

/// An xmake run being set up.
#[derive(Default)]
pub struct Xmake {
    dir: Option<PathBuf>,
    root: Option<PathBuf>,
    args: Vec<String>,
    /// In order; `None` removes the variable.
    env: Vec<(String, Option<String>)>,
    fake_bin: bool,
    stdin: Option<Vec<u8>>,
}

/// What a run gave, redacted.
pub struct Ran {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// The built executable.
pub const fn exe() -> &'static str {
    env!("CARGO_BIN_EXE_xmake")
}

impl Xmake {
    pub fn new() -> Self {
        Self::default()
    }

    /// `-C dir`.
    #[must_use]
    pub fn dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.dir = Some(dir.as_ref().to_owned());
        self
    }

    /// `--root root` (also where `fake_bin` keeps the stand-ins' state).
    #[must_use]
    pub fn root(mut self, root: impl AsRef<Path>) -> Self {
        self.root = Some(root.as_ref().to_owned());
        self
    }

    #[must_use]
    pub fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    #[must_use]
    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    #[must_use]
    pub fn env(mut self, key: &str, value: impl Into<String>) -> Self {
        self.env.push((key.to_owned(), Some(value.into())));
        self
    }

    #[must_use]
    pub fn envs(mut self, pairs: &[(&str, &str)]) -> Self {
        for (key, value) in pairs {
            self = self.env(key, *value);
        }
        self
    }

    /// Leaves `key` out of the run's environment (`CI`, to act like an admin's terminal).
    #[must_use]
    pub fn env_remove(mut self, key: &str) -> Self {
        self.env.push((key.to_owned(), None));
        self
    }

    /// Bytes on stdin (else stdin is empty).
    #[must_use]
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    /// `fixtures/fake-bin` first on `PATH` (rpm, yum, systemctl, journalctl, squeue,
    /// scontrol), its state under the root's `/var/lib/fake-bin`, `ROOT` set for them.
    #[must_use]
    pub fn fake_bin(mut self) -> Self {
        self.fake_bin = true;
        self
    }

    /// The command as set up, for runs that need more than [`Xmake::output`] (a pty, a
    /// child to kill).
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(exe());
        if let Some(dir) = &self.dir {
            cmd.arg("-C").arg(dir);
        }
        if let Some(root) = &self.root {
            cmd.arg("--root").arg(root);
        }
        cmd.args(&self.args);
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy();
            if key.starts_with("XMAKE_") || SCRUBBED.contains(&&*key) {
                cmd.env_remove(&*key);
            }
        }
        cmd.env("NO_COLOR", "1").env("CI", "true");
        if self.fake_bin {
            let root = self.root.as_deref().expect("fake_bin needs a root");
            let state = root.join("var/lib/fake-bin");
            std::fs::create_dir_all(state.join("journal")).expect("fake-bin state");
            let path = format!(
                "{}:{}",
                repo().join("fixtures/fake-bin").display(),
                std::env::var("PATH").unwrap_or_default()
            );
            cmd.env("PATH", path)
                .env("XMAKE_FAKE_STATE", state)
                .env("ROOT", root);
        }
        for (key, value) in &self.env {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        cmd
    }

    /// Runs xmake to the end and returns what it printed, as is.
    pub fn output(&self) -> Output {
        let mut cmd = self.command();
        let Some(bytes) = &self.stdin else {
            return cmd.stdin(Stdio::null()).output().expect("xmake runs");
        };
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("xmake runs");
        let mut input = child.stdin.take().expect("stdin");
        let bytes = bytes.clone();
        let writer = std::thread::spawn(move || {
            use std::io::Write as _;
            let _ = input.write_all(&bytes);
        });
        let out = child.wait_with_output().expect("xmake ends");
        let _ = writer.join();
        out
    }

    /// Runs xmake and redacts its output (see [`redact`]).
    pub fn run(&self) -> Ran {
        let out = self.output();
        let root = self
            .root
            .as_deref()
            .unwrap_or(Path::new("/nonexistent-root"));
        let redact = |bytes: &[u8]| redact(&String::from_utf8_lossy(bytes), root);
        Ran {
            code: out.status.code().unwrap_or(-1),
            stdout: redact(&out.stdout),
            stderr: redact(&out.stderr),
        }
    }
}

impl Ran {
    /// Panics with both streams unless the exit status is `code`.
    pub fn status(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "exit status\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// This machine's short host name, as xmake's scheduler adapter reads it.
fn short_hostname() -> String {
    let full = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    full.trim().split('.').next().unwrap_or_default().to_owned()
}

/// Replaces what differs between machines and runs: the scratch root's path by `[ROOT]`,
/// this repository's by `[REPO]`, the host name by `[HOST]`, UTC stamps
/// (`20250101T120000Z`) by `[STAMP]`, ISO dates and times by `[TIME]`, durations by
/// `[DURATION]`.
pub fn redact(text: &str, root: &Path) -> String {
    let mut text = text.replace(&root.display().to_string(), "[ROOT]");
    // A root reached through a symlink (macOS-style /private/tmp) is shown as its real path.
    if let Ok(real) = root.canonicalize() {
        text = text.replace(&real.display().to_string(), "[ROOT]");
    }
    text = text.replace(&repo().display().to_string(), "[REPO]");
    let host = short_hostname();
    if !host.is_empty() {
        // Only where xmake names this node ("no job on HOST", "HOST is drained"), so a host
        // named like a common word cannot change the rest of the text.
        let at =
            regex::Regex::new(&format!(r"\b(on|node|host) {}\b", regex::escape(&host))).unwrap();
        text = at.replace_all(&text, "$1 [HOST]").into_owned();
    }
    let rules = [
        (r"\b\d{8}T\d{6}Z\b", "[STAMP]"),
        (
            r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?",
            "[TIME]",
        ),
        (r"\b\d+(\.\d+)?m?s\b", "[DURATION]"),
    ];
    for (pattern, with) in rules {
        let re = regex::Regex::new(pattern).unwrap();
        text = re.replace_all(&text, with).into_owned();
    }
    text
}

/// Runs `run` until it is not stopped by a lock, for up to five seconds: for a test that held an
/// xmake lock itself and has just dropped it. The test process forks for other tests running
/// beside it, and a child between fork and exec holds a copy of the lock's descriptor (and so
/// the `flock`) for a moment after the test let go.
pub fn once_unlocked(run: impl Fn() -> Output) -> Output {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let out = run();
        let locked = String::from_utf8_lossy(&out.stdout).contains("is locked by another xmake")
            || String::from_utf8_lossy(&out.stderr).contains("is locked by another xmake");
        if !locked || std::time::Instant::now() > deadline {
            return out;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
