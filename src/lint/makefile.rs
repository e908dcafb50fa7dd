//! The tree's Makefile as `--list` and `--lint` see it: read by [`crate::make::inspect`], the
//! reader the native targets share.

pub use crate::make::inspect::{
    find, missing_include_error, read, read_all, targets, MakefileRead, Target, DEFAULT_NAMES,
};
