//! Whether to colour output. Precedence, first match wins: `--color=always|never` on the
//! command line; `NO_COLOR` (any non-empty value: never); `CLICOLOR_FORCE` or `FORCE_COLOR`
//! (non-empty and not `0`: always); otherwise colour only when the stream is a terminal
//! (`--color=auto`, the default).

use std::io::IsTerminal;
use std::sync::OnceLock;

/// `--color`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Auto,
    Always,
    Never,
}

impl Choice {
    /// `auto`, `always` or `never` (also `yes`/`no`, `force`/`none`, as `ls` takes).
    pub fn parse(text: &str) -> Option<Choice> {
        match text {
            "auto" | "tty" | "if-tty" => Some(Choice::Auto),
            "always" | "yes" | "force" => Some(Choice::Always),
            "never" | "no" | "none" => Some(Choice::Never),
            _ => None,
        }
    }
}

static CHOICE: OnceLock<Choice> = OnceLock::new();

/// Sets the command line's choice (once, before anything is printed).
pub fn set_choice(choice: Choice) {
    let _ = CHOICE.set(choice);
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

fn decide(is_terminal: bool) -> bool {
    match CHOICE.get().copied().unwrap_or(Choice::Auto) {
        Choice::Always => true,
        Choice::Never => false,
        Choice::Auto if no_color() => false,
        Choice::Auto if env_set("CLICOLOR_FORCE") || env_set("FORCE_COLOR") => true,
        Choice::Auto => is_terminal,
    }
}

/// Colour and fancy rendering on stdout.
pub fn color_enabled_stdout() -> bool {
    decide(std::io::stdout().is_terminal())
}

/// Colour and fancy rendering on stderr.
pub fn color_enabled_stderr() -> bool {
    decide(std::io::stderr().is_terminal())
}
