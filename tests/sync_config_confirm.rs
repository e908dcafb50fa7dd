//! `sync-config` asks before it overwrites tree files whose contents differ from `/etc/xspot`
//! (the admin may have edited the tree's copies): it lists them on stderr with their count and
//! names `sync-config-preview` for the differences; on a terminal (a real pseudo-terminal from
//! util-linux `script`, the answer fed through it) `y` copies and `n` changes nothing; with
//! `CI` set, or stdin not a terminal, it never waits: exit 2, a failed `confirm` step naming
//! `--yes`, every file under the root as it was but xmake's own state (the question comes once
//! the locks are held); `--yes` copies; nothing to overwrite (nothing to copy, or only new
//! files) asks nothing. A tree locked by another xmake stops the run before it asks; a file
//! that changes after the question is not overwritten (the steps overwrite only what was listed).

mod support;

use std::os::unix::fs::PermissionsExt;
use std::process::Command;

use support::run::Xmake;
use support::scenario::{state_diff, stderr, stdout, Scenario};

const TREE_TOML: &str = "scripts/controller/integrate-xspot/config/config.toml";

/// /etc/xspot with the admin's edits: config.toml differs (overwritten), two scripts are new.
fn edited() -> Scenario {
    Scenario::new("full").with_etc_xspot().with_admin_edits()
}

fn tree_toml(s: &Scenario) -> String {
    std::fs::read_to_string(s.tree.join(TREE_TOML)).unwrap()
}

/// Starts `xmake` as `run` sets it up on a pseudo-terminal (util-linux `script`): what is
/// written to the child's stdin is typed on it, its stdout is what the terminal shows.
fn spawn_on_a_terminal(run: Xmake) -> std::process::Child {
    let cmd = run.command();
    let quote = |s: &std::ffi::OsStr| format!("'{}'", s.to_string_lossy().replace('\'', r"'\''"));
    let line = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(quote)
        .collect::<Vec<_>>()
        .join(" ");
    let mut script = Command::new("script");
    script.args(["-qec", &line, "/dev/null"]);
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => script.env(key, value),
            None => script.env_remove(key),
        };
    }
    script.stdin(std::process::Stdio::piped());
    script.stdout(std::process::Stdio::piped());
    script.spawn().expect("script (util-linux) runs")
}

/// Runs `xmake` as `run` sets it up, on a pseudo-terminal, `answer` typed on it: (status, what
/// the terminal showed).
fn on_a_terminal(run: Xmake, answer: &str) -> (Option<i32>, String) {
    let mut child = spawn_on_a_terminal(run);
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        // A run that is never asked may have ended (and closed the terminal) before the answer
        // is typed: the answer then goes nowhere, which is what such a test checks.
        match stdin.write_all(answer.as_bytes()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            other => other.unwrap(),
        }
    }
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    (out.status.code(), text)
}

/// The listing every question starts with.
fn assert_listing(text: &str) {
    assert!(
        text.contains(&format!(
            "xmake: sync-config would overwrite 1 file(s) in the tree with /etc/xspot's copy (and add 2 new one(s)):\n  {TREE_TOML}\n"
        )),
        "{text}"
    );
    assert!(
        text.contains("sync-config-preview shows the differences"),
        "{text}"
    );
}

#[test]
fn on_a_terminal_yes_copies() {
    let s = edited();
    let (code, text) = on_a_terminal(s.builder().arg("sync-config").env_remove("CI"), "y\n");
    assert_eq!(code, Some(0), "{text}");
    assert_listing(&text);
    assert!(
        text.contains("xmake: overwrite these 1 file(s)? [y/N] "),
        "{text}"
    );
    assert!(tree_toml(&s).contains("ami-0fedcba9876543210"), "{text}");
    assert!(s.tree.join(".xmake/backup").is_dir());
}

#[test]
fn on_a_terminal_no_changes_nothing() {
    let s = edited();
    let before = s.state(false);
    let (code, text) = on_a_terminal(s.builder().arg("sync-config").env_remove("CI"), "n\n");
    assert_eq!(code, Some(2), "{text}");
    assert_listing(&text);
    assert!(text.contains("failed   confirm: not confirmed"), "{text}");
    let after = s.state(false);
    assert!(before == after, "{}", state_diff(&before, &after));
}

/// Without anyone to ask: stops before anything changes, exit 2, naming --yes.
fn assert_stops(s: &Scenario, out: &std::process::Output) {
    let text = stdout(out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("failed   confirm: sync-config would overwrite 1 file(s) in the tree"),
        "{text}"
    );
    assert!(text.contains("run again with --yes"), "{text}");
    assert!(
        text.contains("sync-config: ok=0 changed=0 skipped=0 failed=1"),
        "{text}"
    );
    assert_listing(&stderr(out));
    assert!(!stderr(out).contains("[y/N]"), "{}", stderr(out));
    assert!(!tree_toml(s).contains("ami-0fedcba9876543210"));
    // Refused before the locks: the tree gets no state folder (lock, .gitignore) either.
    assert!(!s.tree.join(".xmake").exists(), "state folder made");
}

#[test]
fn with_ci_set_it_stops_naming_yes_and_changes_nothing() {
    let s = edited();
    let before = s.state(false);
    // The builder sets CI=true; stdin is empty.
    let out = s.builder().arg("sync-config").output();
    assert_stops(&s, &out);
    let after = s.state(false);
    assert!(before == after, "{}", state_diff(&before, &after));
}

#[test]
fn without_a_terminal_it_stops_even_without_ci() {
    let s = edited();
    let before = s.state(false);
    let out = s
        .builder()
        .arg("sync-config")
        .env_remove("CI")
        .stdin("y\n")
        .output();
    assert_stops(&s, &out);
    let after = s.state(false);
    assert!(before == after, "{}", state_diff(&before, &after));
}

#[test]
fn with_ci_set_even_a_terminal_is_not_asked() {
    let s = edited();
    let before = s.state(false);
    let (code, text) = on_a_terminal(s.builder().arg("sync-config").env("CI", "true"), "y\n");
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("run again with --yes"), "{text}");
    assert!(!text.contains("[y/N]"), "{text}");
    let after = s.state(false);
    assert!(before == after, "{}", state_diff(&before, &after));
}

#[test]
fn yes_copies_without_asking() {
    let s = edited();
    let out = s.builder().args(["--yes", "sync-config"]).output();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("xmake: --yes: overwriting them"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("[y/N]"));
    assert!(tree_toml(&s).contains("ami-0fedcba9876543210"));
    assert!(
        stdout(&out).contains("sync-config: ok=0 changed=2"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn nothing_to_overwrite_asks_nothing() {
    // Nothing to copy: ok, no question, under CI.
    let s = Scenario::new("full").with_etc_xspot();
    let before = s.state(false);
    let out = s.builder().arg("sync-config").output();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("sync-config: ok=2 changed=0"),
        "{}",
        stdout(&out)
    );
    assert!(
        !stderr(&out).contains("would overwrite"),
        "{}",
        stderr(&out)
    );
    let after = s.state(false);
    assert!(before == after, "{}", state_diff(&before, &after));

    // Only a new file: copied, nothing overwritten, nothing asked.
    std::fs::write(s.path("etc/xspot/scripts/new_hook.sh"), "#!/bin/bash\n").unwrap();
    let out = s.builder().arg("sync-config").output();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        !stderr(&out).contains("would overwrite"),
        "{}",
        stderr(&out)
    );
    assert!(s
        .tree
        .join("scripts/controller/integrate-xspot/scripts/new_hook.sh")
        .is_file());
}

#[test]
fn read_only_modes_never_ask() {
    let s = edited();
    let before = s.state_all();
    for mode in ["-n", "-q", "-t", "--explain"] {
        let out = s.builder().args([mode, "sync-config"]).output();
        assert!(
            !stderr(&out).contains("would overwrite") && !stdout(&out).contains("confirm"),
            "{mode}: {}{}",
            stdout(&out),
            stderr(&out)
        );
        assert_ne!(out.status.code(), Some(2), "{mode}: {}", stdout(&out));
    }
    let after = s.state_all();
    assert!(before == after, "{}", state_diff(&before, &after));
}

#[test]
fn another_xmake_holding_the_tree_stops_the_run_before_anything_is_asked() {
    let s = edited();
    let state = s.tree.join(".xmake");
    std::fs::create_dir(&state).unwrap();
    std::fs::set_permissions(&state, std::fs::Permissions::from_mode(0o700)).unwrap();
    let lock = camino::Utf8PathBuf::from_path_buf(state.join("lock")).unwrap();
    let held = xmake::adapters::lock::Lock::acquire(&lock, "test").unwrap();
    let out = s.builder().args(["--yes", "sync-config"]).output();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("failed   lock: "), "{text}");
    // Nothing was listed or agreed to while the run could not go on.
    assert!(
        !stderr(&out).contains("would overwrite"),
        "{}",
        stderr(&out)
    );
    assert!(!tree_toml(&s).contains("ami-0fedcba9876543210"));
    drop(held);
}

/// A script under /etc/xspot the tree's copy matches until the question is on the screen.
const LATE: &str = "scripts/controller/integrate-xspot/scripts/startup.sh";

#[test]
fn a_file_that_changes_after_the_question_is_not_overwritten() {
    let s = edited();
    let late_before = std::fs::read_to_string(s.tree.join(LATE)).unwrap();
    let mut child = spawn_on_a_terminal(s.builder().arg("sync-config").env_remove("CI"));
    let mut stdout_pipe = child.stdout.take().unwrap();
    let mut seen = Vec::new();
    {
        use std::io::Read;
        let mut buf = [0u8; 4096];
        while !String::from_utf8_lossy(&seen).contains("[y/N]") {
            let n = stdout_pipe.read(&mut buf).unwrap();
            assert!(n > 0, "no question: {}", String::from_utf8_lossy(&seen));
            seen.extend_from_slice(&buf[..n]);
        }
    }
    // While the admin reads the list, startup.sh changes under /etc/xspot.
    std::fs::write(
        s.path("etc/xspot/scripts/startup.sh"),
        "#!/bin/bash\necho changed after the question\n",
    )
    .unwrap();
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(b"y\n").unwrap();
    }
    {
        use std::io::Read;
        stdout_pipe.read_to_end(&mut seen).unwrap();
    }
    let status = child.wait().unwrap();
    let text = String::from_utf8_lossy(&seen).replace("\r\n", "\n");
    assert_eq!(status.code(), Some(2), "{text}");
    // What was listed and agreed to is copied; what was not is left as it was.
    assert!(tree_toml(&s).contains("ami-0fedcba9876543210"), "{text}");
    assert!(
        text.contains("failed   scripts: would now also overwrite 1 file(s) that were not listed"),
        "{text}"
    );
    assert!(text.contains(LATE), "{text}");
    assert_eq!(
        std::fs::read_to_string(s.tree.join(LATE)).unwrap(),
        late_before
    );
}
