//! The resolved command line: GNU make's flags, xmake's own options, command-line variable
//! assignments and goals, as plain data. Everything downstream reads these, never raw args.

pub use crate::make::settings::{GnuFlags, Settings};

/// xmake's own long options; none of them changes a GNU flag.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct XmakeOptions {
    /// `--root DIR`: prefix for every absolute path xmake itself touches.
    pub root: Option<String>,
    /// `--format text|json`.
    pub format: Option<String>,
    pub show_config: bool,
    pub lint: bool,
    /// `--deny LEVEL`: the lowest severity that makes `--lint` fail (default `error`).
    pub deny: Option<String>,
    /// `--node`: `--lint` also runs the checks that look at this machine.
    pub node: bool,
    pub list: bool,
    /// `--no-native` (or `XMAKE_NATIVE=0`): always use the Makefile engine.
    pub no_native: bool,
    /// `--force`: `upgrade` on a busy node.
    pub force: bool,
    /// `--runbook NAME`: run a procedure of native targets.
    pub runbook: Option<String>,
    /// `--yes`: overwrite what an admin may have edited without asking (`crate::onboarding::confirm`).
    pub yes: bool,
    /// `--drain`: `upgrade` drains the node first and waits for its jobs.
    pub drain: bool,
    /// `--color=auto|always|never`.
    pub color: Option<String>,
    /// `--verbose`, counted.
    pub verbose: u8,
    /// `--timeout DURATION`: how long `restart-post-docker` waits (`90`, `5s`, `30m`, `1h`).
    pub timeout: Option<String>,
    /// `--set-ami ID`: write the worker AMI into the tree's config.toml.
    pub set_ami: Option<String>,
    /// `--completions SHELL`: print a completion script.
    pub completions: Option<String>,
    /// `--man`: print the manual page.
    pub man: bool,
    /// `--complete-targets`: the completion scripts' call back for target names.
    pub complete_targets: bool,
    /// `--explain`: say what the goals would do and why; run nothing.
    pub explain: bool,
}

/// Everything one run of xmake was asked to do.
#[derive(Clone, Debug, Default)]
pub struct Invocation {
    /// What the GNU-make path needs.
    pub make: Settings,
    pub xmake: XmakeOptions,
}
