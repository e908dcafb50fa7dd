//! The command line: GNU make's flags and xmake's own long options resolved into settings,
//! then dispatched to the Makefile engine or to a native onboarding target.

/// Runs xmake with the process's arguments and returns the exit status.
pub fn main() -> i32 {
    eprintln!("xmake: not implemented yet");
    crate::exit::ERROR
}
