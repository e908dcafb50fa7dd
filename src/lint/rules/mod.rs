//! The tree rules, one per file. Each file starts with the rule's doc block (what it checks,
//! why it matters, an example, how to fix it; `docs/lint/<name>.md` is generated from it and
//! `tests/lint_docs.rs` keeps the two equal) and exports `RULE`, registered in [`super::registry::RULES`]. Helpers shared by rules live here.

pub mod crlf_script;
pub mod dockerfile_from;
pub mod incomplete_layout;
pub mod makefile_parse;
pub mod makefile_warning;
pub mod missing_dockerfile;
pub mod missing_file;
pub mod missing_target;
pub mod not_executable;
pub mod unused_silence;
pub mod version_format;

use camino::{Utf8Path, Utf8PathBuf};

use super::finding::Finding;
use crate::diag::Diagnostic;

/// A finding about `path` (relative to the tree) with no span.
pub fn about(diag: Diagnostic, path: impl Into<String>) -> Finding {
    Finding {
        diag,
        path: Some(path.into()),
    }
}

/// A finding whose diagnostic carries its own location.
pub fn located(diag: Diagnostic) -> Finding {
    Finding { diag, path: None }
}

/// Directories never looked into: version control and xmake's own state.
const SKIPPED_DIRS: &[&str] = &[".git", ".xmake", ".svn", ".hg"];
/// Deep enough for any onboarding tree; a bound so odd trees cannot make lint slow.
const MAX_DEPTH: usize = 16;

/// Every regular file under `dir` (not following symlinked directories) whose name ends with
/// `suffix`, as paths relative to `dir`, sorted.
pub fn files_ending(dir: &Utf8Path, suffix: &str) -> Vec<Utf8PathBuf> {
    let mut out = Vec::new();
    walk(dir, Utf8Path::new(""), 0, &mut |rel| {
        if rel.as_str().ends_with(suffix) {
            out.push(rel.to_owned());
        }
    });
    out.sort();
    out
}

fn walk(base: &Utf8Path, rel: &Utf8Path, depth: usize, found: &mut dyn FnMut(&Utf8Path)) {
    if depth > MAX_DEPTH {
        return;
    }
    let Ok(entries) = std::fs::read_dir(base.join(rel)) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = rel.join(&name);
        if kind.is_dir() {
            if !SKIPPED_DIRS.contains(&name.as_str()) {
                walk(base, &path, depth + 1, found);
            }
        } else if kind.is_file() {
            found(&path);
        }
    }
}
