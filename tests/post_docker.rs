//! `restart-post-docker` on the fake systemd of `fixtures/fake-bin` (first on PATH), under
//! `--root` in a temp dir: success, failure with the last journal lines, a hang past
//! `--timeout`, an old success line from before the restart, `IS_SYSTEMD=no` with a trusted
//! and an untrusted script, and `-n`/`-q` changing nothing.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use support::scenario::{stderr, stdout, Scenario};

fn fake_bin() -> String {
    let bin = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin");
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A controller with the post-docker unit installed (as `make controller` leaves it).
fn controller(tree: &str) -> Scenario {
    Scenario::new(tree).with_etc_xspot().with_post_docker_unit()
}

fn run(s: &Scenario, args: &[&str], env: &[(&str, &str)]) -> Output {
    let path = fake_bin();
    let root = s.root.to_str().unwrap().to_owned();
    let mut all = vec![("PATH", path.as_str()), ("ROOT", root.as_str())];
    all.extend_from_slice(env);
    s.xmake_env(args, &all)
}

fn journal(s: &Scenario) -> String {
    std::fs::read_to_string(s.path("var/lib/fake-bin/journal/post-docker.log")).unwrap_or_default()
}

fn fake(s: &Scenario, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(args[0]);
    cmd.args(&args[1..])
        .env("PATH", fake_bin())
        .env("ROOT", &s.root)
        .env_remove("XMAKE_FAKE_STATE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn success_shows_each_image_and_needs_no_recipe() {
    let s = controller("full");
    let out = run(&s, &["restart-post-docker"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    let first = text.find("[1/2] docker-base: SUCCESS").expect(&text);
    let second = text.find("[2/2] img2: SUCCESS").expect(&text);
    assert!(first < second, "{text}");
    assert!(
        text.contains("changed  post-docker: restarted post-docker.service: 2 image(s) ready"),
        "{text}"
    );
    assert!(
        text.contains("restart-post-docker: ok=0 changed=1 skipped=0 failed=0"),
        "{text}"
    );
    assert!(journal(&s).contains("Started Post Docker Configuration."));
    // The Makefile has no recipe for it: it still ran natively.
    let makefile = std::fs::read_to_string(s.tree.join("Makefile")).unwrap();
    assert!(!makefile.contains("restart-post-docker"));
}

#[test]
fn a_failed_image_fails_with_the_last_journal_lines() {
    let s = controller("full");
    let out = run(
        &s,
        &["restart-post-docker"],
        &[("FAKE_POST_DOCKER_FAIL", "img2")],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("failed   post-docker: post-docker.service failed: post-docker.sh: Building of conatiner img2: FAILED!"),
        "{text}"
    );
    assert!(
        text.contains("the last 3 line(s) logged since the restart:"),
        "{text}"
    );
    assert!(
        text.contains("note:   post-docker.sh: Building of conatiner docker-base: SUCCESS!"),
        "{text}"
    );
    assert!(text.contains("[1/2] docker-base: SUCCESS"), "{text}");
}

#[test]
fn a_hang_past_the_timeout_fails_naming_it() {
    let s = controller("full");
    let started = std::time::Instant::now();
    let out = run(
        &s,
        &["--timeout=2s", "restart-post-docker"],
        &[("FAKE_POST_DOCKER_HANG", "1")],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("gave up after the time limit of 2s (--timeout): post-docker.service is activating, 1 of 2 image(s) done, waiting for img2"),
        "{text}"
    );
    let took = started.elapsed().as_secs_f64();
    assert!((2.0..20.0).contains(&took), "took {took}s");
}

#[test]
fn an_old_success_from_before_the_restart_does_not_count() {
    let s = controller("full");
    // A whole successful start, logged before xmake runs (a blocking restart).
    assert!(fake(&s, &["systemctl", "restart", "post-docker"], &[])
        .status
        .success());
    assert!(journal(&s).contains("post-docker.sh: Finished."));
    let out = run(
        &s,
        &["--timeout=2s", "restart-post-docker"],
        &[("FAKE_POST_DOCKER_HANG", "1")],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("gave up after the time limit of 2s"),
        "{text}"
    );
    assert!(text.contains("[1/2] docker-base: SUCCESS"), "{text}");
    assert!(!text.contains("img2: SUCCESS"), "{text}");
    // The old run's lines are not among those shown.
    assert!(
        !text.contains("note:   post-docker.sh: Finished."),
        "{text}"
    );
}

#[test]
fn an_invalid_timeout_is_refused() {
    let s = controller("full");
    let out = run(&s, &["--timeout=soon", "restart-post-docker"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--timeout must be a time limit"),
        "{}",
        stderr(&out)
    );
    assert_eq!(journal(&s), "");
}

fn script(s: &Scenario, body: &str, mode: u32) -> std::path::PathBuf {
    let path = s.path("etc/xspot/post-docker.sh");
    std::fs::write(&path, format!("#!/bin/bash\n{body}")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path
}

const GOOD_SCRIPT: &str = "echo post-docker.sh: Building of conatiner docker-base: SUCCESS!\n\
                           echo post-docker.sh: Building of conatiner img2: SUCCESS!\n\
                           echo post-docker.sh: Finished.\n\
                           touch \"$ROOT/ran\"\n";

#[test]
fn without_systemd_the_script_runs_directly() {
    let s = Scenario::new("non-systemd").with_etc_xspot();
    script(&s, GOOD_SCRIPT, 0o755);
    let out = run(&s, &["restart-post-docker"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}{}", stderr(&out));
    assert!(text.contains("[2/2] img2: SUCCESS"), "{text}");
    assert!(
        text.contains("changed  post-docker: ran /etc/xspot/post-docker.sh: 2 image(s) ready"),
        "{text}"
    );
    assert!(s.path("ran").exists());
    // A failing script: its status and last lines.
    script(
        &s,
        "echo post-docker.sh: Building of conatiner docker-base: SUCCESS!\nexit 3\n",
        0o755,
    );
    let out = run(&s, &["restart-post-docker"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("/etc/xspot/post-docker.sh exited with status 3; 1 of 2 image(s) done, waiting for img2"), "{text}");
}

#[test]
fn without_systemd_a_hanging_script_is_stopped_at_the_timeout() {
    let s = Scenario::new("non-systemd").with_etc_xspot();
    script(
        &s,
        "echo post-docker.sh: Building of conatiner docker-base: SUCCESS!\nsleep 60\n",
        0o755,
    );
    let started = std::time::Instant::now();
    let out = run(&s, &["--timeout", "1", "restart-post-docker"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("gave up after the time limit of 1s (--timeout)"),
        "{text}"
    );
    assert!(started.elapsed().as_secs() < 20);
}

#[test]
fn an_untrusted_script_is_refused_and_not_run() {
    let s = Scenario::new("non-systemd").with_etc_xspot();
    let real = s.path("etc/xspot/real.sh");
    std::fs::write(&real, format!("#!/bin/bash\n{GOOD_SCRIPT}")).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::os::unix::fs::symlink(&real, s.path("etc/xspot/post-docker.sh")).unwrap();
    let out = run(&s, &["restart-post-docker"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("refusing to run /etc/xspot/post-docker.sh (IS_SYSTEMD=no): /etc/xspot/post-docker.sh is a symlink"), "{text}");
    assert!(!s.path("ran").exists());
    std::fs::remove_file(s.path("etc/xspot/post-docker.sh")).unwrap();
    script(&s, GOOD_SCRIPT, 0o775);
    let out = run(&s, &["restart-post-docker"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("is writable by its group (mode 775)"),
        "{text}"
    );
    assert!(!s.path("ran").exists());
}

#[test]
fn dry_run_and_question_change_nothing() {
    let s = controller("full");
    let before = s.state_all();
    let out = run(&s, &["-n", "restart-post-docker"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("would change post-docker: restart post-docker.service and wait up to 30m for its success lines (docker-base, img2)"), "{text}");
    assert!(text.contains("would run: "), "{text}");
    assert!(
        text.contains("restart --no-block post-docker.service"),
        "{text}"
    );
    assert!(text.contains("--after-cursor=<cursor>"), "{text}");
    let out = run(&s, &["-q", "restart-post-docker"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "");
    assert_eq!(s.state_all(), before, "a read-only run changed files");
    assert_eq!(journal(&s), "");
    // Without systemd too: the plan names the script, which is not run.
    let s = Scenario::new("non-systemd").with_etc_xspot();
    script(&s, GOOD_SCRIPT, 0o755);
    let out = run(&s, &["-n", "restart-post-docker"], &[]);
    assert!(
        stdout(&out).contains("would run: /etc/xspot/post-docker.sh"),
        "{}",
        stdout(&out)
    );
    assert!(!s.path("ran").exists());
}
