//! `xmake --completions bash|zsh|fish` and `xmake --complete-targets`. The bash script runs
//! in real bash: sourced, registered (`complete -p`), then its function called with
//! `COMP_WORDS`/`COMP_CWORD` set as bash sets them, with the xmake under test first on PATH.
//! It must offer options, option arguments, and the Makefile's targets, honouring `-C DIR` and
//! `-f FILE` already typed. zsh and fish (installed by `.ci/setup`) parse their scripts (`zsh -n`, `fish -n`),
//! and fish is driven with `complete -C` for targets after `-C`, options and option values.
//! Without them the tests fail under CI and check only the markers outside it.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn xmake() -> &'static Path {
    Path::new(support::run::exe())
}

fn run_xmake(dir: &Path, args: &[&str]) -> Output {
    support::run::Xmake::new()
        .args(args.iter().copied())
        .command()
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("run xmake")
}

fn script(shell: &str) -> String {
    let out = run_xmake(Path::new("."), &["--completions", shell]);
    assert_eq!(out.status.code(), Some(0), "--completions {shell}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 script")
}

/// Files under a fresh directory: `(relative path, contents)`.
fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    dir
}

/// Sources the script, checks `complete -p xmake`, splits `$LINE` into `COMP_WORDS` (the
/// cursor at its end), calls the registered function and prints COMPREPLY one a line.
const DRIVER: &str = r#"
source "$SCRIPT" || exit 90
spec=$(complete -p xmake) || exit 91
[[ $spec == "complete -F _xmake xmake" ]] || exit 92
read -r -a COMP_WORDS <<<"$LINE"
[[ $LINE == *' ' ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$LINE
COMP_POINT=${#LINE}
COMPREPLY=()
_xmake xmake "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
if ((${#COMPREPLY[@]})); then printf '%s\n' "${COMPREPLY[@]}"; fi
"#;

/// What the bash completion offers for `line` typed in `dir`.
fn complete_bash(dir: &Path, line: &str) -> Vec<String> {
    let scratch = tempfile::tempdir().expect("temporary directory");
    let file = scratch.path().join("xmake.bash");
    std::fs::write(&file, script("bash")).expect("write the script");
    let bin: PathBuf = xmake().parent().expect("bin dir").to_owned();
    let out = Command::new("/bin/bash")
        .args(["--norc", "--noprofile", "-c", DRIVER])
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .env("HOME", scratch.path())
        .env("LC_ALL", "C")
        .env("SCRIPT", &file)
        .env("LINE", line)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("run bash");
    assert_eq!(
        out.status.code(),
        Some(0),
        "driver failed for `{line}`: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut words: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    words.sort();
    words
}

fn sorted(words: &[&str]) -> Vec<String> {
    let mut words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    words.sort();
    words
}

const MAKEFILE: &str = "all: build\nbuild:\n\t@echo build\n_helper:\n.PHONY: all clean\nclean:\n";

fn project() -> tempfile::TempDir {
    tree(&[
        ("Makefile", MAKEFILE),
        ("sub/Makefile", "inner-one:\ninner-two:\n"),
        ("sub/other.mk", "from-other:\n"),
        ("subway/GNUmakefile", "gnu:\n"),
    ])
}

#[test]
fn bash_offers_the_makefiles_targets() {
    let p = project();
    assert_eq!(
        complete_bash(p.path(), "xmake "),
        sorted(&["all", "build", "clean"])
    );
    assert_eq!(complete_bash(p.path(), "xmake b"), sorted(&["build"]));
    assert_eq!(complete_bash(p.path(), "xmake -k cl"), sorted(&["clean"]));
    // Helpers (`_x`) are not offered, as `--list` does not show them.
    assert!(complete_bash(p.path(), "xmake _").is_empty());
}

/// With `alias make=xmake` and `complete -F _xmake make`, the command word is `make`: the
/// script still asks xmake (GNU make knows no `--complete-targets`).
#[test]
fn bash_asks_xmake_when_the_command_is_named_make() {
    let p = project();
    let words = complete_bash(p.path(), "make -C sub ");
    assert_eq!(words, sorted(&["inner-one", "inner-two"]));
}

#[test]
fn bash_follows_directory_and_file_options_already_typed() {
    let p = project();
    let inner = sorted(&["inner-one", "inner-two"]);
    assert_eq!(complete_bash(p.path(), "xmake -C sub "), inner);
    assert_eq!(complete_bash(p.path(), "xmake -Csub "), inner);
    assert_eq!(complete_bash(p.path(), "xmake --directory=sub "), inner);
    assert_eq!(
        complete_bash(p.path(), "xmake -s --directory sub in"),
        inner
    );
    assert_eq!(
        complete_bash(p.path(), "xmake -C sub -f other.mk "),
        sorted(&["from-other"])
    );
    assert_eq!(
        complete_bash(p.path(), "xmake -C subway "),
        sorted(&["gnu"])
    );
    // bash splits `--directory=sub` at `=`: the script joins the words again.
    let words_split = "xmake --directory = sub ";
    assert_eq!(complete_bash(p.path(), words_split), inner);
    // A directory that does not exist offers nothing, and prints nothing.
    assert!(complete_bash(p.path(), "xmake -C missing ").is_empty());
}

#[test]
fn bash_offers_options_and_their_arguments() {
    let p = project();
    let dashes = complete_bash(p.path(), "xmake -");
    for option in [
        "-C",
        "-k",
        "--directory",
        "--just-print",
        "--list",
        "--completions",
    ] {
        assert!(
            dashes.contains(&option.to_owned()),
            "{option} not in {dashes:?}"
        );
    }
    assert!(!dashes
        .iter()
        .any(|w| w == "--complete-targets" || w == "--jobserver-auth"));
    assert_eq!(
        complete_bash(p.path(), "xmake --dir"),
        sorted(&["--directory"])
    );
    assert_eq!(
        complete_bash(p.path(), "xmake --no-n"),
        sorted(&["--no-native"])
    );
    // `-C` takes a directory: offered directories, not targets.
    assert_eq!(
        complete_bash(p.path(), "xmake -C su"),
        sorted(&["sub", "subway"])
    );
    assert_eq!(
        complete_bash(p.path(), "xmake --color "),
        sorted(&["always", "auto", "never"])
    );
    assert_eq!(
        complete_bash(p.path(), "xmake --format=j"),
        sorted(&["json", "junit"])
    );
    assert_eq!(
        complete_bash(p.path(), "xmake --runbook "),
        sorted(&["upgrade"])
    );
}

/// A minimal onboarding tree: the native targets run without a rule, so they are offered.
#[test]
fn bash_offers_native_targets_in_an_onboarding_tree() {
    let t = tree(&[
        ("version", "6.1.0\n"),
        ("conf/env.cfg", "CLUSTER_NAME=c1\n"),
        ("Makefile", "mine:\n\ttrue\n"),
        ("plain/Makefile", "mine:\n"),
    ]);
    let words = complete_bash(t.path(), "xmake ");
    for name in [
        "mine",
        "deploy",
        "image-folder",
        "sync-config",
        "restart-post-docker",
    ] {
        assert!(words.contains(&name.to_owned()), "{name} not in {words:?}");
    }
    assert_eq!(complete_bash(t.path(), "xmake dep"), sorted(&["deploy"]));
    // Outside a tree, only the Makefile's targets.
    assert_eq!(
        complete_bash(t.path(), "xmake -C plain "),
        sorted(&["mine"])
    );
}

#[test]
fn complete_targets_is_silent_and_read_only() {
    let t = tree(&[
        ("version", "6.1.0\n"),
        ("conf/env.cfg", "CLUSTER_NAME=c1\n"),
        ("Makefile", "a: b\nb:\nX := $(shell touch made-by-shell)\n"),
        ("broken/Makefile", "a:\nifeq (\n"),
    ]);
    let before = listing(t.path());
    let out = run_xmake(t.path(), &["--complete-targets"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().take(2).eq(["a", "b"]), "{text}");
    assert!(text.lines().any(|l| l == "deploy"), "{text}");
    assert_eq!(
        listing(t.path()),
        before,
        "--complete-targets changed the tree"
    );
    for args in [
        &["--complete-targets", "-C", "broken"][..],
        &["--complete-targets", "-C", "nowhere"],
        &["--complete-targets", "-f", "missing.mk"],
    ] {
        let out = run_xmake(t.path(), args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Every path under `dir`, sorted.
fn listing(dir: &Path) -> Vec<PathBuf> {
    let mut all = Vec::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).expect("read_dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                todo.push(path.clone());
            }
            all.push(path);
        }
    }
    all.sort();
    all
}

#[test]
fn zsh_and_fish_scripts_are_written_and_parse_where_the_shell_exists() {
    let checks = [
        ("zsh", "#compdef xmake", "_arguments"),
        ("fish", "complete -c xmake", "__xmake_targets"),
    ];
    for (shell, first, marker) in checks {
        let text = script(shell);
        assert!(
            text.starts_with(first) || text.contains(first),
            "{shell}: no {first}"
        );
        assert!(
            text.contains(marker) && text.contains("--complete-targets"),
            "{shell}"
        );
        assert!(
            text.contains("directory") && text.contains("set-ami"),
            "{shell}"
        );
        let Ok(path) = which(shell) else {
            assert!(
                std::env::var_os("CI").is_none(),
                "{shell} is not installed: run `bash .ci/setup` (CI must run this check)"
            );
            eprintln!("{shell} is not installed: checked the markers only (outside CI)");
            continue;
        };
        let scratch = tempfile::tempdir().expect("temporary directory");
        let file = scratch.path().join(format!("xmake.{shell}"));
        std::fs::write(&file, &text).expect("write");
        let out = Command::new(path)
            .arg("-n")
            .arg(&file)
            .output()
            .expect("run the shell");
        assert!(
            out.status.success(),
            "{shell} -n rejects the script: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let bad = run_xmake(Path::new("."), &["--completions", "tcsh"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown --completions 'tcsh'"));
}

fn which(program: &str) -> Result<PathBuf, ()> {
    ["/usr/bin", "/bin", "/usr/local/bin"]
        .iter()
        .map(|d| Path::new(d).join(program))
        .find(|p| p.is_file())
        .ok_or(())
}

/// Runs `fish` with xmake's fish script loaded and prints what `complete -C LINE` offers
/// (the first word of each candidate), with the xmake under test first on PATH.
fn fish_completes(line: &str) -> Vec<String> {
    let Ok(fish) = which("fish") else {
        assert!(
            std::env::var_os("CI").is_none(),
            "fish is not installed: run `bash .ci/setup` (CI must run this check)"
        );
        eprintln!("fish is not installed: not driven (outside CI)");
        return vec!["(skipped)".to_owned()];
    };
    let scratch = tempfile::tempdir().expect("temporary directory");
    let file = scratch.path().join("xmake.fish");
    std::fs::write(&file, script("fish")).expect("write");
    let bin = xmake().parent().expect("bin dir").display().to_string();
    let path = format!("{bin}:{}", std::env::var("PATH").unwrap_or_default());
    let command = format!("source {}; complete -C '{line}'", file.display());
    let out = Command::new(fish)
        .args(["--no-config", "-c", &command])
        .env("PATH", path)
        .env_remove("MAKEFLAGS")
        .env_remove("XMAKE_NATIVE")
        .output()
        .expect("run fish");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn fish_completes_targets_after_minus_c_and_options() {
    let full = support::files::repo().join("fixtures/trees/full");
    let targets = fish_completes(&format!("xmake -C {} dep", full.display()));
    if targets != ["(skipped)"] {
        assert!(targets.contains(&"deploy".to_owned()), "{targets:?}");
        assert!(targets.iter().all(|t| t.starts_with("dep")), "{targets:?}");
        let options = fish_completes("xmake --jo");
        assert_eq!(options, ["--jobs"]);
        let colors = fish_completes("xmake --color=");
        assert_eq!(colors, ["--color=always", "--color=auto", "--color=never"]);
    }
}
