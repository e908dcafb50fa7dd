//! Whether to colour output: never under `NO_COLOR`, never when the stream is not a terminal.

use std::io::IsTerminal;

fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Colour and fancy rendering on stdout.
pub fn color_enabled_stdout() -> bool {
    !no_color() && std::io::stdout().is_terminal()
}

/// Colour and fancy rendering on stderr.
pub fn color_enabled_stderr() -> bool {
    !no_color() && std::io::stderr().is_terminal()
}
