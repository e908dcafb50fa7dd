//! Progress of long steps as the admin sees it without a terminal (a log, CI): plain lines on
//! stderr (`base: copying base.tar: 3.0 MiB of 8.0 MiB, 0 s`), never on stdout (which carries
//! the report and `--format=json`), none under `-s`, `-n` or `-q`, and none for a short copy at
//! the default interval. `XMAKE_PROGRESS_INTERVAL=0` makes every update print, so a copy of a
//! few MiB is "long enough".

mod support;

use support::engine::write_sidecar;
use support::scenario::{stderr, stdout, Scenario};

const DEPLOY: &str = "nfs-apps/exostellar/images";
const SIZE: usize = 8 << 20;

/// The `full` tree (release 2.4.1) with `current` → 2.4.0 holding a verified 8 MiB base.
fn scenario() -> Scenario {
    let s = Scenario::new("full");
    let deploy = s.path(DEPLOY);
    std::fs::create_dir_all(deploy.join("2.4.0")).unwrap();
    std::fs::create_dir_all(deploy.join("2.4.1")).unwrap();
    let bytes: Vec<u8> = (0..SIZE).map(|i| (i * 7 % 253) as u8).collect();
    std::fs::write(deploy.join("2.4.0/base.tar"), &bytes).unwrap();
    write_sidecar(&deploy.join("2.4.0/base.tar"));
    std::os::unix::fs::symlink("2.4.0", deploy.join("current")).unwrap();
    s
}

fn run(s: &Scenario, args: &[&str], interval: &str) -> (i32, String, String) {
    let out = s.xmake_env(args, &[("XMAKE_PROGRESS_INTERVAL", interval), ("CI", "")]);
    (out.status.code().unwrap_or(-1), stdout(&out), stderr(&out))
}

fn progress_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter(|l| l.starts_with("base: ") && (l.contains(" of ") || l.contains(": done, ")))
        .collect()
}

fn copied(s: &Scenario) -> bool {
    s.path(DEPLOY).join("2.4.1/base.tar").is_file()
}

#[test]
fn a_copy_prints_plain_lines_on_stderr_only() {
    let s = scenario();
    let (code, out, err) = run(&s, &["base"], "0");
    assert_eq!(code, 0, "{out}{err}");
    assert!(copied(&s));
    let lines = progress_lines(&err);
    // The source is verified (step), then copied and read back behind the copy (action).
    for what in ["checksumming base.tar", "copying base.tar"] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("base: {what}: ")) && l.contains(" of 8.0 MiB, ")),
            "no periodic line for {what}: {err}"
        );
        assert!(
            lines
                .iter()
                .any(|l| *l == format!("base: {what}: done, 8.0 MiB in 0 s")),
            "no last line for {what}: {err}"
        );
    }
    assert!(
        lines.iter().any(|l| l.contains(" 4.0 MiB of 8.0 MiB, ")),
        "{err}"
    );
    assert!(progress_lines(&out).is_empty(), "progress on stdout: {out}");
    assert!(!out.contains(" of 8.0 MiB"), "{out}");
}

#[test]
fn json_on_stdout_stays_a_document_while_stderr_has_the_lines() {
    let s = scenario();
    let (code, out, err) = run(&s, &["--format=json", "base"], "0");
    assert_eq!(code, 0, "{out}{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).expect("stdout is one JSON document");
    assert!(doc.is_object(), "{out}");
    assert!(!progress_lines(&err).is_empty(), "{err}");
}

#[test]
fn silent_dry_run_and_question_print_no_progress() {
    for args in [&["-s", "base"][..], &["-n", "base"], &["-q", "base"]] {
        let s = scenario();
        let (_, out, err) = run(&s, args, "0");
        assert!(
            progress_lines(&err).is_empty() && progress_lines(&out).is_empty(),
            "{args:?}: {out}{err}"
        );
        assert_eq!(copied(&s), args[0] == "-s", "{args:?}");
    }
}

#[test]
fn a_short_copy_prints_nothing_at_the_default_interval() {
    let s = scenario();
    let out = s.xmake_env(&["base"], &[("CI", "true")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(copied(&s));
    assert!(progress_lines(&stderr(&out)).is_empty(), "{}", stderr(&out));
}

#[test]
fn a_snapshot_shows_elapsed_time_and_bytes_so_far() {
    let s = scenario();
    std::fs::remove_file(s.path(DEPLOY).join("current")).unwrap();
    std::fs::create_dir_all(s.path("etc")).unwrap();
    std::fs::write(s.path("etc/os-release"), "ID=debian\n").unwrap();
    let (code, out, err) = run(&s, &["base"], "0");
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.lines()
            .any(|l| l.starts_with("base: writing base.tar with tar: ") && l.contains(" so far, ")),
        "{err}"
    );
    assert!(
        err.lines()
            .any(|l| l.starts_with("base: writing base.tar with tar: done, ")),
        "{err}"
    );
    assert!(!out.contains("with tar: "), "{out}");
}

#[test]
fn an_invalid_interval_falls_back_to_the_default() {
    let s = scenario();
    let (code, out, err) = run(&s, &["base"], "soon");
    assert_eq!(code, 0, "{out}{err}");
    assert!(progress_lines(&err).is_empty(), "{err}");
}
