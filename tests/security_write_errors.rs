//! Lost output (issue 9, point 13), through the real executable: with stdout on a full disk
//! (`/dev/full`) every mode ends with GNU make's `PROGRAM: write error: stdout` and status 1,
//! never a panic and never status 0; a closed pipe ends xmake with SIGPIPE, as it ends GNU make.

mod support;

use std::fmt::Write as _;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Output, Stdio};

use support::scenario::{stderr, Scenario};

const XMAKE: &str = support::run::exe();

/// Runs `program args` with stdout on `/dev/full`.
fn to_full(program: &str, args: &[&str]) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    Command::new(program)
        .args(args)
        .env_remove("MAKEFLAGS")
        .env_remove("MAKELEVEL")
        .env_remove("XMAKE_NATIVE")
        .env("NO_COLOR", "1")
        .stdout(Stdio::from(full))
        .output()
        .unwrap()
}

fn assert_write_error(out: &Output, what: &str) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{what} panicked: {err}");
    assert_eq!(out.status.code(), Some(1), "{what}: {err}");
    assert!(
        err.ends_with("xmake: write error: stdout\n"),
        "{what}: stderr is {err:?}"
    );
}

/// A directory with a one-rule Makefile.
fn small_makefile() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Makefile"), "all:\n\techo hi\n").unwrap();
    dir
}

#[test]
fn version_and_help_into_a_full_disk_are_write_errors() {
    assert_write_error(&to_full(XMAKE, &["--version"]), "--version");
    assert_write_error(&to_full(XMAKE, &["--help"]), "--help");
}

#[test]
fn dry_runs_into_a_full_disk_are_write_errors_as_in_gnu_make() {
    let dir = small_makefile();
    let d = dir.path().to_str().unwrap();
    assert_write_error(&to_full(XMAKE, &["-C", d, "-n"]), "-n");
    assert_write_error(
        &to_full(XMAKE, &["-f", &format!("{d}/Makefile"), "-n"]),
        "-f -n",
    );
    assert_write_error(&to_full(XMAKE, &["-C", d, "-p", "-q"]), "-p");
    // A run that writes nothing to stdout keeps its own status, as GNU's does.
    std::fs::write(dir.path().join("Quiet"), "all:\n\t@false\n").unwrap();
    let out = to_full(XMAKE, &["-f", &format!("{d}/Quiet")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!stderr(&out).contains("write error"));
}

#[test]
fn the_message_and_status_are_gnu_makes() {
    let gnu = "/usr/bin/make";
    if !std::path::Path::new(gnu).exists() {
        return;
    }
    let dir = small_makefile();
    let d = dir.path().to_str().unwrap();
    for args in [&["--version"][..], &["-C", d, "-n"][..]] {
        let theirs = to_full(gnu, args);
        let ours = to_full(XMAKE, args);
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
        assert_eq!(
            stderr(&ours).replace("xmake:", "make:"),
            stderr(&theirs),
            "{args:?}"
        );
    }
}

#[test]
fn xmakes_own_modes_into_a_full_disk_are_write_errors() {
    let s = Scenario::new("full");
    let tree = s.tree.to_str().unwrap();
    let root = s.root.to_str().unwrap();
    for mode in [
        &["--lint"][..],
        &["--lint", "--format=sarif"],
        &["--show-config"],
        &["--show-config", "--format=json"],
        &["--list"],
        &["check-config"],
        &["--format=json", "check-config"],
        &["-n", "deploy"],
        &["-n", "image-folder"],
    ] {
        let mut args = vec!["-C", tree, "--root", root];
        args.extend_from_slice(mode);
        assert_write_error(&to_full(XMAKE, &args), &mode.join(" "));
    }
}

#[test]
fn a_closed_pipe_ends_xmake_with_sigpipe_as_it_ends_gnu_make() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("all:\n");
    for i in 0..20_000 {
        let _ = writeln!(text, "\techo line {i}");
    }
    std::fs::write(dir.path().join("Makefile"), text).unwrap();
    let mut child = Command::new(XMAKE)
        .args(["-C", dir.path().to_str().unwrap(), "-s", "-n"])
        .env_remove("MAKEFLAGS")
        .env_remove("MAKELEVEL")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // the pipe closes here
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(libc::SIGPIPE), "{status:?} {err}");
    assert!(!err.contains("panicked"), "{err}");
}
