//! Holds the architecture (docs/architecture.md) by itself:
//! - the arrows: each folder of `src/` names which other folders it may use, and nothing else;
//! - the boundaries: processes start and the filesystem changes only in `src/adapters/`, in the
//!   Makefile engine's own modules that run recipes, `$(shell)` and `$(file)`, and in `main.rs`
//!   (the exit status), all listed in [`SIDE_EFFECTS_ALLOWED`];
//! - the captures: another program's output is read only through the bounded helpers of
//!   `src/adapters/process.rs` (a byte and a time limit each), never whole with `.output()`
//!   or its kin, except in the files of [`CAPTURE_ALLOWED`], each with its reason;
//! - the lint table: no `#[allow]` repeats what Cargo.toml's `[lints]` already allows.
//!
//! Code under `#[cfg(test)]` (an inline `mod … {` or a `mod x;` file) is not scanned for side
//! effects: tests make their fixtures by hand.

mod support;

use support::sources::rust_files;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The top-level folders of `src/` the arrows are about.
const ROOMS: &[&str] = &[
    "adapters",
    "cli",
    "diag",
    "envcfg",
    "lint",
    "make",
    "onboarding",
    "tomlcfg",
];

/// Which rooms each room may use (besides the shared `source`, `stdio`, `exit`, `logging`).
/// Keep in step with the arrows in docs/architecture.md and src/lib.rs.
const MAY_USE: &[(&str, &[&str])] = &[
    // adapters escape control characters (diag::escape) before untrusted text reaches a terminal.
    ("adapters", &["diag"]),
    ("diag", &[]),
    ("make", &[]),
    ("envcfg", &["diag"]),
    ("tomlcfg", &["diag"]),
    (
        "onboarding",
        &["make", "envcfg", "tomlcfg", "adapters", "diag"],
    ),
    (
        "lint",
        &[
            "onboarding",
            "make",
            "envcfg",
            "tomlcfg",
            "adapters",
            "diag",
        ],
    ),
    ("cli", &["lint", "onboarding", "make", "adapters", "diag"]),
];

/// Files (relative to `src/`) that may start processes or change the filesystem.
/// Folders end with `/`.
const SIDE_EFFECTS_ALLOWED: &[&str] = &[
    "adapters/",
    // The Makefile engine's own world: recipes and jobs, interrupts (deleting the target
    // being made), `--output-sync` temp files, `-t`, the makefile read from stdin, `$(shell)`
    // and `$(file)`. GNU make does these itself; they cannot go through the onboarding
    // adapters (make/ never uses them).
    "make/exec/spawn.rs",
    "make/exec/signals.rs",
    "make/exec/engine.rs",
    "make/exec/sync.rs",
    "make/exec/touch.rs",
    "make/func/io.rs",
    "make/run.rs",
    // `std::process::exit` with the status `cli::main` returns.
    "main.rs",
];

/// Text that starts a process or changes the filesystem.
const SIDE_EFFECTS: &[&str] = &[
    "std::process",
    "Command::new",
    "duct::",
    "fs::write",
    "fs::create_dir",
    "fs::remove_",
    "fs::rename",
    "fs::set_permissions",
    "fs::copy",
    "fs::hard_link",
    "fs::symlink(",
    "File::create",
    "File::options",
    "OpenOptions",
    "set_len(",
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rel(path: &Path) -> String {
    path.strip_prefix(src())
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// `crate::room` in any of the forms a path or a `use` can take.
fn uses_room(line: &str, room: &str) -> bool {
    ["::", ";", "}", ",", " "]
        .iter()
        .any(|end| line.contains(&format!("crate::{room}{end}")))
        || line.contains(&format!("crate::{{{room}"))
}

#[test]
fn each_room_uses_only_the_rooms_its_arrows_name() {
    let mut violations = Vec::new();
    for (room, allowed) in MAY_USE {
        let mut files = Vec::new();
        rust_files(&src().join(room), &mut files);
        assert!(!files.is_empty(), "no Rust files under src/{room}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                for other in ROOMS {
                    if other != room && !allowed.contains(other) && uses_room(line, other) {
                        violations.push(format!(
                            "src/{}:{}: {room} uses {other}, which its arrows do not allow",
                            rel(&file),
                            n + 1
                        ));
                    }
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "layering violations (see docs/architecture.md):\n{}",
        violations.join("\n")
    );
}

#[test]
fn every_room_has_its_arrows() {
    for room in ROOMS {
        assert!(
            MAY_USE.iter().any(|(r, _)| r == room),
            "src/{room} has no arrows in MAY_USE"
        );
    }
    let mut dirs: Vec<String> = std::fs::read_dir(src())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    dirs.sort();
    assert_eq!(
        dirs, ROOMS,
        "the folders of src/ and the rooms of this test differ"
    );
}

/// Files compiled only for tests: `#[cfg(test)] mod x;` declares `x.rs` beside its parent.
fn test_only_files() -> BTreeSet<PathBuf> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut out = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let Some(name) = pair[1]
                .strip_prefix("mod ")
                .and_then(|r| r.strip_suffix(';'))
            else {
                continue;
            };
            if pair[0] == "#[cfg(test)]" {
                let dir = file.parent().unwrap();
                let dir = if file
                    .file_name()
                    .is_some_and(|f| f == "mod.rs" || f == "lib.rs")
                {
                    dir.to_path_buf()
                } else {
                    dir.join(file.file_stem().unwrap())
                };
                out.insert(dir.join(format!("{name}.rs")));
            }
        }
    }
    out
}

/// The lines of production code: `(line number, text)`, without comments and without
/// `#[cfg(test)] mod … { … }` blocks.
fn production_lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut test_depth: Option<i64> = None;
    let mut after_cfg_test = false;
    for (n, line) in text.lines().enumerate() {
        let code = line.trim();
        if let Some(depth) = test_depth.as_mut() {
            *depth += brace_balance(code);
            if *depth <= 0 {
                test_depth = None;
            }
            continue;
        }
        if after_cfg_test && code.starts_with("mod ") && code.ends_with('{') {
            test_depth = Some(1);
            after_cfg_test = false;
            continue;
        }
        after_cfg_test = code == "#[cfg(test)]";
        if !code.starts_with("//") {
            out.push((n + 1, line));
        }
    }
    out
}

fn brace_balance(line: &str) -> i64 {
    let open = line.matches('{').count();
    let close = line.matches('}').count();
    i64::try_from(open).unwrap() - i64::try_from(close).unwrap()
}

/// Whether `line` names `what` other than as `crate::adapters::…::what` (the adapters' own
/// functions of the same name are the way through).
fn mentions(line: &str, what: &str) -> bool {
    line.match_indices(what).any(|(at, _)| {
        !line[..at].ends_with("adapters::") && !line[..at].ends_with("adapters::fs::")
    })
}

fn side_effects_allowed(rel: &str) -> bool {
    SIDE_EFFECTS_ALLOWED.iter().any(|a| {
        if a.ends_with('/') {
            rel.starts_with(a)
        } else {
            rel == *a
        }
    })
}

/// `src/FILE:LINE: finding` for each finding `check` makes on a production line (not test
/// code) of a source file `allowed` does not exempt.
fn production_matches(
    allowed: impl Fn(&str) -> bool,
    check: impl Fn(&str) -> Vec<String>,
) -> Vec<String> {
    let test_only = test_only_files();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut violations = Vec::new();
    for file in files {
        let rel = rel(&file);
        if allowed(&rel) || test_only.contains(&file) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in production_lines(&text) {
            for finding in check(line) {
                violations.push(format!("src/{rel}:{n}: {finding}"));
            }
        }
    }
    violations
}

#[test]
fn processes_and_filesystem_changes_only_in_the_allowed_files() {
    let violations = production_matches(side_effects_allowed, |line| {
        SIDE_EFFECTS
            .iter()
            .filter(|what| mentions(line, what))
            .map(|what| format!("`{what}` outside src/adapters/"))
            .collect()
    });
    assert!(
        violations.is_empty(),
        "side effects outside the adapters (go through crate::adapters, or add the file to \
         SIDE_EFFECTS_ALLOWED in tests/layering.rs with the reason):\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_side_effect_scan_sees_what_it_must() {
    let text = "use std::fs;\n// std::fs::write in a comment\nfn f() { fs::write(p, b) }\n\
                #[cfg(test)]\nmod tests {\n    fn g() { std::fs::write(p, b); }\n}\n\
                fn h() { std::process::exit(1) }\n";
    let lines: Vec<usize> = production_lines(text)
        .into_iter()
        .filter(|(_, l)| SIDE_EFFECTS.iter().any(|w| mentions(l, w)))
        .map(|(n, _)| n)
        .collect();
    assert_eq!(lines, [3, 8]);
    assert!(!mentions(
        "crate::adapters::fs::create_dir_all(p)",
        "fs::create_dir"
    ));
    assert!(mentions("std::fs::create_dir_all(p)", "fs::create_dir"));
    assert!(side_effects_allowed("adapters/fs.rs"));
    assert!(!side_effects_allowed("onboarding/engine.rs"));
    assert!(test_only_files().contains(&src().join("make/exec/tests.rs")));
}

/// Text that reads another program's output whole, with no bound in bytes or time.
const UNBOUNDED_CAPTURES: &[&str] = &[
    ".output()",
    "stdout_capture(",
    "stderr_capture(",
    "wait_with_output(",
    ".reader()",
    "read_to_string(&mut child",
];

/// Files (relative to `src/`) that may capture a program's output themselves, and why.
const CAPTURE_ALLOWED: &[(&str, &str)] = &[
    (
        "adapters/process.rs",
        "the bounded helpers themselves: each read there has a byte limit and a time limit",
    ),
    (
        "adapters/line_stream.rs",
        "streams a long-running program line by line (each line cut at MAX_LINE) until the \
         caller's deadline, then kills it",
    ),
    (
        "make/func/io.rs",
        "`$(shell)`: like GNU make, the Makefile language reads the whole output of a command \
         the makefile's own author wrote (not a program xmake trusts nothing of)",
    ),
];

#[test]
fn programs_output_is_read_only_through_the_bounded_helpers() {
    let allowed = |rel: &str| CAPTURE_ALLOWED.iter().any(|(a, _)| *a == rel);
    let violations = production_matches(allowed, |line| {
        UNBOUNDED_CAPTURES
            .iter()
            .filter(|what| line.contains(*what))
            .map(|what| format!("`{what}`"))
            .collect()
    });
    assert!(
        violations.is_empty(),
        "another program's output read with no bound (use process::Command::output_bounded \
         with a process::Limit, or add the file to CAPTURE_ALLOWED in tests/layering.rs with \
         the reason):\n{}",
        violations.join("\n")
    );
    for (file, why) in CAPTURE_ALLOWED {
        assert!(src().join(file).is_file(), "{file} is allowed but gone");
        assert!(!why.is_empty());
    }
}

#[test]
fn the_capture_scan_sees_what_it_must() {
    let text = "fn f() { let o = cmd.output()?; }\n#[cfg(test)]\nmod tests {\n    \
                fn g() { cmd.output().unwrap(); }\n}\nfn h() { e.stdout_capture().run() }\n";
    let lines: Vec<usize> = production_lines(text)
        .into_iter()
        .filter(|(_, l)| UNBOUNDED_CAPTURES.iter().any(|w| l.contains(w)))
        .map(|(n, _)| n)
        .collect();
    assert_eq!(lines, [1, 6]);
    assert!(!"c.output_bounded(Limit::LIST)".contains(".output()"));
}

/// The clippy lints Cargo.toml's `[lints.clippy]` sets to "allow".
fn allowed_in_cargo_toml() -> Vec<String> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let table = text
        .split("[lints.clippy]")
        .nth(1)
        .expect("Cargo.toml has a [lints.clippy] table");
    table
        .lines()
        .take_while(|l| !l.trim_start().starts_with('['))
        .filter_map(|l| l.split_once('='))
        .filter(|(_, v)| v.trim() == "\"allow\"")
        .map(|(k, _)| k.trim().to_owned())
        .collect()
}

#[test]
fn no_allow_repeats_the_lint_table() {
    let allowed = allowed_in_cargo_toml();
    assert!(allowed.iter().any(|l| l == "struct_excessive_bools"));
    let mut files = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["src", "tests", "benches"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut repeats = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            if !line.contains("allow(") && !line.contains("expect(") {
                continue;
            }
            for lint in &allowed {
                if line.contains(&format!("clippy::{lint}")) {
                    repeats.push(format!("{}:{}: clippy::{lint}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        repeats.is_empty(),
        "these #[allow]s repeat Cargo.toml's [lints.clippy]; remove them:\n{}",
        repeats.join("\n")
    );
}
