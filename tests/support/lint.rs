//! Runs for the `--lint`/`--list` integration tests: `xmake -C dir args…` through the one
//! runner ([`super::run::Xmake`]), for trees copied with [`super::files::tree_copy`].

use std::path::Path;
use std::process::Output;

use super::run::Xmake;

/// `xmake -C dir args…`.
pub fn xmake(dir: &Path, args: &[&str]) -> Output {
    Xmake::new().dir(dir).args(args.iter().copied()).output()
}
