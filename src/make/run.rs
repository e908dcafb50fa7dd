//! The GNU-make path: read the makefiles named by the settings, evaluate them, then hand the
//! rules and the evaluator to the engine to build the goals.

/// Runs make with resolved settings; returns the exit status.
pub fn run() -> i32 {
    crate::exit::ERROR
}
