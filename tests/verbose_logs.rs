//! `--verbose` and `XMAKE_LOG` logs read as sentences: every log line starts with its UTC time
//! and level, and shows values as an admin reads them (paths as the node names them, actions
//! as plans print them), never a Rust `Debug` struct (`CreateDirAll { path: "…" }`, `Some(…)`,
//! escaped quotes). The log lines are what `--verbose` adds to stderr: the same run without it
//! is the baseline.

mod support;

use support::run::Xmake;
use support::scenario::Scenario;

/// stderr of `xmake -C <tree> [--root <root>] ARGS`, from a clean environment.
fn stderr_of(s: &Scenario, root: bool, args: &[&str], env: &[(&str, &str)]) -> String {
    let run = if root {
        s.builder()
    } else {
        Xmake::new().dir(&s.tree)
    };
    let out = run.args(args.iter().copied()).envs(env).output();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The lines of `verbose` that `quiet` does not have (each of quiet's lines taken once).
fn added_lines(quiet: &str, verbose: &str) -> Vec<String> {
    let mut baseline: Vec<&str> = quiet.lines().collect();
    let mut added = Vec::new();
    for line in verbose.lines() {
        match baseline.iter().position(|l| *l == line) {
            Some(i) => {
                baseline.remove(i);
            }
            None => added.push(line.to_owned()),
        }
    }
    added
}

/// The log lines of a run: run once without logs and once with, each in a fresh scratch
/// root (a real run changes it).
fn log_lines(fixture: &str, root: bool, args: &[&str], env: &[(&str, &str)]) -> Vec<String> {
    let quiet = stderr_of(&Scenario::new(fixture), root, args, &[]);
    let verbose = stderr_of(&Scenario::new(fixture), root, args, env);
    added_lines(&quiet, &verbose)
}

/// Panics unless every line has a time and a level, and no Debug formatting.
fn assert_sentences(lines: &[String]) {
    assert!(!lines.is_empty(), "no log lines");
    let stamped = regex::Regex::new(
        r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z +(TRACE|DEBUG|INFO|WARN|ERROR) [a-zA-Z/]",
    )
    .unwrap();
    let debug_text = [
        "{",
        "}",
        "Some(",
        "None",
        "Utf8PathBuf",
        "\\\"",
        "step=",
        "action=",
    ];
    for line in lines {
        assert!(stamped.is_match(line), "no timestamp and level: {line}");
        for marker in debug_text {
            assert!(!line.contains(marker), "Debug text `{marker}` in: {line}");
        }
    }
}

fn find<'a>(lines: &'a [String], needle: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no log line with `{needle}` in:\n{}", lines.join("\n")))
}

#[test]
fn a_real_native_run_logs_sentences_with_times() {
    let lines = log_lines(
        "full",
        true,
        &["--verbose", "--verbose", "image-folder"],
        &[],
    );
    assert_sentences(&lines);
    find(&lines, "running image-folder natively: onboarding tree ");
    find(&lines, "settings of ");
    let action = find(&lines, "step release-dir applies action 1 of 1: mkdir -p ");
    // The path as the node names it, not the scratch root's.
    assert!(
        action.ends_with(" /nfs-apps/exostellar/images/2.4.1"),
        "{action}"
    );
    let took = find(&lines, "step release-dir of image-folder took ");
    let timing = regex::Regex::new(r"took \d+(\.\d)? (ms|s) \(changed\)$").unwrap();
    assert!(timing.is_match(took), "{took}");
}

#[test]
fn xmake_log_and_a_plan_log_sentences_too() {
    let env = [("XMAKE_LOG", "trace")];
    let lines = log_lines("full", true, &["-n", "deploy", "sync-config"], &env);
    assert_sentences(&lines);
    find(&lines, "step snapshot of deploy took ");
}

#[test]
fn the_makefile_path_says_why_in_a_sentence() {
    let lines = log_lines("full", false, &["--verbose", "-n", "help"], &[]);
    assert_sentences(&lines);
    find(
        &lines,
        "the Makefile engine runs the goals: help is not a native target",
    );
}
