//! `xmake --complete-targets`: the target names `--list` shows (in file order, helpers named
//! `_x` or `.x` left out), then, in an onboarding tree with native targets on, the native
//! targets the Makefile does not name (they run without a rule). One name a line, for the
//! shell completion scripts; read-only, and silent: a missing directory or makefile, or one
//! that does not read, gives what was read, maybe nothing, and never a message.

use camino::Utf8Path;

use super::{list, makefile};
use crate::onboarding::tree::Tree;

/// The names, in the order the scripts offer them.
pub fn names(dir: &Utf8Path, makefiles: &[String], native: bool) -> Vec<String> {
    if !dir.is_dir() {
        return Vec::new();
    }
    let files: Vec<String> = if makefiles.is_empty() {
        makefile::find(dir).map(str::to_owned).into_iter().collect()
    } else {
        makefiles.to_vec()
    };
    let mut names: Vec<String> = Vec::new();
    if !files.is_empty() && files.iter().all(|f| dir.join(f).is_file()) {
        let read = makefile::read_all(dir, &files);
        names.extend(
            read.targets
                .iter()
                .filter(|t| !list::hidden(&t.name))
                .map(|t| t.name.clone()),
        );
    }
    if native && matches!(Tree::discover(dir), Ok(Some(_))) {
        for name in crate::onboarding::targets::NAMES {
            names.push((*name).to_owned());
        }
    }
    let mut seen = std::collections::HashSet::new();
    names.retain(|n| seen.insert(n.clone()));
    names
}

/// Writes the names to stdout, one a line; always status 0.
pub fn run(dir: &Utf8Path, makefiles: &[String], native: bool) -> i32 {
    let mut text = String::new();
    for name in names(dir, makefiles, native) {
        text.push_str(&name);
        text.push('\n');
    }
    crate::stdio::out(&text);
    crate::exit::SUCCESS
}
