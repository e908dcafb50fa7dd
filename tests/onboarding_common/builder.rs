//! The one way to run xmake in an integration test (docs/architecture.md, "Tests"): a builder
//! over a [`Scenario`] that starts from a clean environment (no `MAKEFLAGS`, `MAKELEVEL`,
//! `ROOT` or `XMAKE_*` from the caller; `NO_COLOR=1`; `CI=true`), runs `xmake -C <tree>
//! --root <root>`, and hands back the output with what differs between machines redacted:
//! the scratch root's path, this repository's path, the host name and timestamps.
//! Used by `tests/snapshots_native.rs` so far; the other tests move onto it one at a time.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

// `super` is `onboarding_common` once its mod.rs declares this file; until then the test
// crate includes it by `#[path]` with `onboarding_common::Scenario` imported at its root.
use super::Scenario;

/// An xmake run being set up.
pub struct Xmake<'a> {
    scenario: &'a Scenario,
    args: Vec<String>,
    env: Vec<(String, String)>,
    fake_bin: bool,
}

/// What a run gave, redacted.
pub struct Ran {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl<'a> Xmake<'a> {
    pub fn new(scenario: &'a Scenario) -> Self {
        Self {
            scenario,
            args: Vec::new(),
            env: Vec::new(),
            fake_bin: false,
        }
    }

    #[must_use]
    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    #[must_use]
    pub fn env(mut self, key: &str, value: impl Into<String>) -> Self {
        self.env.push((key.to_owned(), value.into()));
        self
    }

    /// `fixtures/fake-bin` first on `PATH` (rpm, yum, systemctl, journalctl, squeue,
    /// scontrol), its state under the root's `/var/lib/fake-bin`, `ROOT` set for them.
    #[must_use]
    pub fn fake_bin(mut self) -> Self {
        self.fake_bin = true;
        self
    }

    fn command(&self) -> Command {
        let s = self.scenario;
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_xmake"));
        cmd.arg("-C").arg(&s.tree).arg("--root").arg(&s.root);
        cmd.args(&self.args);
        for (key, _) in std::env::vars() {
            if key.starts_with("XMAKE_")
                || ["MAKEFLAGS", "MFLAGS", "MAKELEVEL", "ROOT", "GNUMAKEFLAGS"].contains(&&*key)
            {
                cmd.env_remove(key);
            }
        }
        cmd.env("NO_COLOR", "1").env("CI", "true");
        if self.fake_bin {
            let state = s.path("var/lib/fake-bin");
            std::fs::create_dir_all(state.join("journal")).unwrap();
            let path = format!(
                "{}:{}",
                repo().join("fixtures/fake-bin").display(),
                std::env::var("PATH").unwrap_or_default()
            );
            cmd.env("PATH", path)
                .env("XMAKE_FAKE_STATE", state)
                .env("ROOT", &s.root);
        }
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
        cmd
    }

    /// Runs xmake and redacts its output (see [`redact`]).
    pub fn run(&self) -> Ran {
        let out: Output = self.command().output().unwrap();
        let redact = |bytes: &[u8]| redact(&String::from_utf8_lossy(bytes), &self.scenario.root);
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

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
