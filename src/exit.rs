//! Exit statuses. GNU make's are fixed (0 done, 1 `-q` found something out of date, 2 error);
//! xmake's own modes reuse them so scripts and CI read them the same way.

/// Everything succeeded (or `-q`: everything is up to date).
pub const SUCCESS: i32 = 0;
/// `-q` found a target out of date.
pub const QUESTION_OUT_OF_DATE: i32 = 1;
/// An error: a failed recipe, a Makefile error, a configuration error, a refused step.
pub const ERROR: i32 = 2;
