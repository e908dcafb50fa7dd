//! The docs name only what exists. In docs/architecture.md, and in the `//!` module docs of
//! every file under `src/` (src/lib.rs and each mod.rs included):
//! - every backticked repository path starting with `src/`, `tests/`, `docs/` or `fixtures/`
//!   exists (a file, or a folder when it ends with `/`);
//! - every `crate::…` path resolves: its leading segments are modules (`src/a/b.rs` or
//!   `src/a/b/mod.rs`), and the first segment that is not a module is a name its module's
//!   file mentions (an item defined or re-exported there).
//!
//! Deliberately simple: other spellings (`make::rule::Database`, `[`tree`]` links) are left to
//! rustdoc and to review.

mod support;

use support::sources::rust_files;

use std::path::PathBuf;

const PATH_ROOTS: &[&str] = &["src/", "tests/", "docs/", "fixtures/"];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// One document to check: where it is, and its lines with their numbers.
struct Doc {
    name: String,
    lines: Vec<(usize, String)>,
}

/// docs/architecture.md whole, and each source file's leading `//!` block.
fn docs() -> Vec<Doc> {
    let arch = std::fs::read_to_string(repo().join("docs/architecture.md")).unwrap();
    let mut out = vec![Doc {
        name: "docs/architecture.md".into(),
        lines: arch
            .lines()
            .enumerate()
            .map(|(n, l)| (n + 1, l.to_owned()))
            .collect(),
    }];
    let mut files = Vec::new();
    rust_files(&repo().join("src"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines = text
            .lines()
            .enumerate()
            .take_while(|(_, l)| l.starts_with("//!") || l.starts_with("#!["))
            .map(|(n, l)| (n + 1, l.to_owned()))
            .collect();
        let name = file
            .strip_prefix(repo())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        out.push(Doc { name, lines });
    }
    out
}

/// The texts between backticks on a line.
fn backticked(line: &str) -> impl Iterator<Item = &str> {
    line.split('`').skip(1).step_by(2)
}

/// Repository paths named in backticks (`src/x.rs`, `tests/`), without glob-like ones.
fn named_paths(line: &str) -> Vec<&str> {
    backticked(line)
        .filter(|t| PATH_ROOTS.iter().any(|r| t.starts_with(r)))
        .filter(|t| !t.contains(['*', '<', '{', ' ', '$', '…']) && !t.contains("..."))
        .map(|t| t.split(':').next().unwrap_or(t))
        .collect()
}

/// Every `crate::a::b…` path on a line (backticked, in a link, or bare).
fn crate_paths(line: &str) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    for (at, _) in line.match_indices("crate::") {
        if line[..at]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let rest = &line[at + "crate::".len()..];
        let mut segments = Vec::new();
        for seg in rest.split("::") {
            let end = seg
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(seg.len());
            if end == 0 {
                break;
            }
            segments.push(&seg[..end]);
            if end < seg.len() {
                break;
            }
        }
        if !segments.is_empty() {
            out.push(segments);
        }
    }
    out
}

/// Whether `crate::<segments>` names something: `Err` says what is missing.
fn resolve(segments: &[&str]) -> Result<(), String> {
    let mut dir = repo().join("src");
    let mut file: Option<PathBuf> = None;
    for seg in segments {
        let as_file = dir.join(format!("{seg}.rs"));
        let as_dir = dir.join(seg).join("mod.rs");
        if as_file.is_file() {
            file = Some(as_file);
        } else if as_dir.is_file() {
            file = Some(as_dir);
        } else {
            let Some(module) = &file else {
                return Err(format!("no module src/{seg}"));
            };
            let text = std::fs::read_to_string(module).unwrap_or_default();
            return if mentions_word(&text, seg) {
                Ok(())
            } else {
                Err(format!(
                    "`{seg}` is neither a module nor a name in {}",
                    module.strip_prefix(repo()).unwrap().display()
                ))
            };
        }
        dir = dir.join(seg);
    }
    Ok(())
}

fn mentions_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().last();
        let after = text[at + word.len()..].chars().next();
        let boundary = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        boundary(before) && boundary(after)
    })
}

fn exists(path: &str) -> bool {
    let full = repo().join(path.trim_end_matches('/'));
    if path.ends_with('/') {
        full.is_dir()
    } else {
        full.exists()
    }
}

#[test]
fn docs_name_only_paths_and_modules_that_exist() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for doc in docs() {
        for (n, line) in &doc.lines {
            for path in named_paths(line) {
                checked += 1;
                if !exists(path) {
                    wrong.push(format!("{}:{n}: `{path}` does not exist", doc.name));
                }
            }
            for segments in crate_paths(line) {
                checked += 1;
                if let Err(why) = resolve(&segments) {
                    wrong.push(format!(
                        "{}:{n}: crate::{}: {why}",
                        doc.name,
                        segments.join("::")
                    ));
                }
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} names checked: is the scan broken?"
    );
    assert!(
        wrong.is_empty(),
        "docs name what does not exist (fix the doc, or the name):\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_scan_finds_and_resolves_what_it_must() {
    assert_eq!(
        named_paths("see `src/make/exec/spawn.rs` and `tests/` and `src/*.rs`"),
        ["src/make/exec/spawn.rs", "tests/"]
    );
    assert_eq!(
        crate_paths("[`crate::make::eval::Evaluator::expand`] and mycrate::x"),
        [vec!["make", "eval", "Evaluator", "expand"]]
    );
    assert!(resolve(&["make", "eval", "Evaluator", "expand"]).is_ok());
    assert!(resolve(&["adapters", "root", "Root"]).is_ok());
    assert!(resolve(&["make", "lang"]).is_err());
    assert!(resolve(&["lang"]).is_err());
    assert!(resolve(&["adapters", "process", "NoSuchThing"]).is_err());
    assert!(exists("src/adapters/") && !exists("src/adapters/engine/"));
}
