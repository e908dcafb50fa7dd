//! `base` copies `current`'s verified base snapshot into the new release folder: first run
//! copies (with its `.sha256`), a second run is `ok` and changes nothing, `-n` changes nothing,
//! a partial copy is resumed, and a corrupted source or copy is reported (file, expected and
//! actual checksums) and never used or overwritten.

mod support;

use support::engine::{sha256sum, write_sidecar};
use support::scenario::{state_diff, stdout, Scenario};

const DEPLOY: &str = "nfs-apps/exostellar/images";

/// The `full` tree (release 2.4.1), `current` → 2.4.0 holding a verified base, and the empty
/// 2.4.1 folder `image-folder` makes.
fn scenario() -> (Scenario, Vec<u8>) {
    let s = Scenario::new("full");
    let deploy = s.path(DEPLOY);
    std::fs::create_dir_all(deploy.join("2.4.0")).unwrap();
    std::fs::create_dir_all(deploy.join("2.4.1")).unwrap();
    let bytes: Vec<u8> = (0..2_500_000u32).map(|i| (i * 7 % 253) as u8).collect();
    std::fs::write(deploy.join("2.4.0/base.tar"), &bytes).unwrap();
    write_sidecar(&deploy.join("2.4.0/base.tar"));
    std::os::unix::fs::symlink("2.4.0", deploy.join("current")).unwrap();
    (s, bytes)
}

fn run(s: &Scenario, args: &[&str]) -> (i32, String) {
    let out = s.xmake(args);
    (out.status.code().unwrap_or(-1), stdout(&out))
}

fn unchanged(s: &Scenario, before: &std::collections::BTreeMap<String, String>, mtime: bool) {
    let after = s.state(mtime);
    assert!(before == &after, "{}", state_diff(before, &after));
}

#[test]
fn copies_once_verified_then_is_ok() {
    let (s, bytes) = scenario();
    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("changed  base-snapshot"), "{text}");
    let dest = s.path(DEPLOY).join("2.4.1/base.tar");
    assert_eq!(std::fs::read(&dest).unwrap(), bytes);
    assert_eq!(
        std::fs::read_to_string(s.path(DEPLOY).join("2.4.1/base.tar.sha256")).unwrap(),
        format!("{}  base.tar\n", sha256sum(&dest))
    );
    let check = std::process::Command::new("sha256sum")
        .args(["-c", "base.tar.sha256"])
        .current_dir(s.path(DEPLOY).join("2.4.1"))
        .output()
        .unwrap();
    assert!(check.status.success());
    let leftovers: Vec<_> = std::fs::read_dir(s.path(DEPLOY).join("2.4.1"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let before = s.state(true);
    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("ok       base-snapshot"), "{text}");
    assert!(text.contains("ok=1 changed=0"), "{text}");
    unchanged(&s, &before, true);
}

#[test]
fn dry_run_shows_the_copy_and_changes_nothing() {
    let (s, _) = scenario();
    let before = s.state(true);
    let (code, text) = run(&s, &["-n", "base"]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("- copy /nfs-apps/exostellar/images/2.4.0/base.tar to /nfs-apps/exostellar/images/2.4.1/base.tar checking sha256"),
        "{text}"
    );
    unchanged(&s, &before, true);
}

#[test]
fn a_partial_copy_is_resumed() {
    let (s, bytes) = scenario();
    let part = s.path(DEPLOY).join("2.4.1/.base.tar.xmake-partial");
    std::fs::write(&part, &bytes[..1_000_000]).unwrap();
    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(
        std::fs::read(s.path(DEPLOY).join("2.4.1/base.tar")).unwrap(),
        bytes
    );
    assert!(!part.exists());
}

#[test]
fn a_corrupted_source_is_reported_and_never_used() {
    let (s, mut bytes) = scenario();
    let source = s.path(DEPLOY).join("2.4.0/base.tar");
    let expected = sha256sum(&source);
    bytes[100] ^= 0xff;
    std::fs::write(&source, &bytes).unwrap();
    let actual = sha256sum(&source);
    let before = s.state(false);
    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("/nfs-apps/exostellar/images/2.4.0/base.tar: checksum mismatch"),
        "{text}"
    );
    assert!(text.contains(&expected) && text.contains(&actual), "{text}");
    unchanged(&s, &before, false);
}

#[test]
fn a_corrupted_copy_is_reported_and_not_overwritten() {
    let (s, _) = scenario();
    let (code, _) = run(&s, &["base"]);
    assert_eq!(code, 0);
    let dest = s.path(DEPLOY).join("2.4.1/base.tar");
    std::fs::write(&dest, b"damaged").unwrap();
    let before = s.state(false);
    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("/nfs-apps/exostellar/images/2.4.1/base.tar: checksum mismatch"),
        "{text}"
    );
    assert!(text.contains(&sha256sum(&dest)), "{text}");
    unchanged(&s, &before, false);
}

fn tar_names(tar: &std::path::Path) -> Vec<String> {
    let out = std::process::Command::new("tar")
        .arg("-tf")
        .arg(tar)
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn without_current_the_root_filesystem_is_snapshotted_leaving_out_what_it_must() {
    let (s, _) = scenario();
    std::fs::remove_file(s.path(DEPLOY).join("current")).unwrap();
    for (file, text) in [
        ("etc/os-release", "ID=debian\n"),
        ("tmp/junk", "x"),
        ("proc/1/status", "x"),
        ("srv/data/keep", "x"),
    ] {
        let path = s.path(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let (code, text) = run(&s, &["-n", "base"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("snapshot the root filesystem"), "{text}");
    assert!(!s.path(DEPLOY).join("2.4.1/base.tar").exists());

    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 0, "{text}");
    let tar = s.path(DEPLOY).join("2.4.1/base.tar");
    let names = tar_names(&tar);
    assert!(names.contains(&"./etc/os-release".to_owned()), "{names:?}");
    assert!(names.contains(&"./srv/data/keep".to_owned()), "{names:?}");
    for gone in ["./tmp/", "./proc/", "./nfs-apps/exostellar/"] {
        assert!(
            !names.iter().any(|n| n.starts_with(gone)),
            "{gone}: {names:?}"
        );
    }
    assert_eq!(
        std::fs::read_to_string(s.path(DEPLOY).join("2.4.1/base.tar.sha256")).unwrap(),
        format!("{}  base.tar\n", sha256sum(&tar))
    );
    let before = s.state(true);
    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("ok       base-snapshot"), "{text}");
    unchanged(&s, &before, true);

    // new-base snapshots again, replacing the old base once the new one is whole.
    std::fs::write(s.path("etc/motd"), "new\n").unwrap();
    let (code, text) = run(&s, &["new-base"]);
    assert_eq!(code, 0, "{text}");
    assert!(tar_names(&tar).contains(&"./etc/motd".to_owned()));
    assert_eq!(
        std::fs::read_to_string(s.path(DEPLOY).join("2.4.1/base.tar.sha256")).unwrap(),
        format!("{}  base.tar\n", sha256sum(&tar))
    );
}

#[test]
fn a_current_link_out_of_the_deploy_dir_is_not_followed() {
    let (s, _) = scenario();
    let deploy = s.path(DEPLOY);
    std::fs::remove_file(deploy.join("current")).unwrap();
    std::os::unix::fs::symlink(deploy.join("2.4.0"), deploy.join("current")).unwrap();
    let (code, text) = run(&s, &["base"]);
    assert_eq!(code, 2, "{text}");
    assert!(
        text.contains("follows it only to a release folder beside it"),
        "{text}"
    );
    assert!(!deploy.join("2.4.1/base.tar").exists());
}

/// Killed after each filesystem change in turn, a re-run ends with a whole, verified base
/// and nothing left behind.
#[test]
fn killed_after_any_change_a_rerun_finishes_the_copy() {
    for n in 1..=8 {
        let (s, bytes) = scenario();
        let killed = s.xmake_env(&["base"], &[("XMAKE_FAULT_AFTER", &n.to_string())]);
        if n <= 5 {
            assert_eq!(
                killed.status.code(),
                None,
                "{n}: not killed: {}",
                stdout(&killed)
            );
        }
        let (code, text) = run(&s, &["base"]);
        assert_eq!(code, 0, "after a kill at {n} ({:?}): {text}", killed.status);
        let release = s.path(DEPLOY).join("2.4.1");
        assert_eq!(
            std::fs::read(release.join("base.tar")).unwrap(),
            bytes,
            "{n}"
        );
        assert_eq!(
            std::fs::read_to_string(release.join("base.tar.sha256")).unwrap(),
            format!("{}  base.tar\n", sha256sum(&release.join("base.tar"))),
            "{n}"
        );
        let leftovers: Vec<_> = std::fs::read_dir(&release)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| name.starts_with('.'))
            .collect();
        assert!(leftovers.is_empty(), "{n}: {leftovers:?}");
        assert!(!s.tree.join(".xmake/journal.json").exists(), "{n}");
    }
}
