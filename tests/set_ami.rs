//! `xmake --set-ami`: only the value's bytes change (comments and layout kept byte for byte),
//! an invalid id exits 2 with the file untouched, the same value again changes nothing, `-n`
//! shows the diff and changes nothing, a symlinked config.toml is refused.

mod support;

use std::os::unix::fs::PermissionsExt;

use support::scenario::{stderr, stdout, Scenario};

const CONFIG: &str = "scripts/controller/integrate-xspot/config/config.toml";
const OLD: &str = "ami-0a1b2c3d4e5f60718";
const NEW: &str = "ami-0123456789abcdef0";

fn config(s: &Scenario) -> Vec<u8> {
    std::fs::read(s.tree.join(CONFIG)).unwrap()
}

#[test]
fn only_the_value_changes_byte_for_byte() {
    let s = Scenario::new("full");
    let path = s.tree.join(CONFIG);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    let before = config(&s);
    let out = s.xmake(&["--set-ami", NEW]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("set ami = \"{NEW}\" in {CONFIG}\n"));
    let after = config(&s);
    let expected = String::from_utf8(before).unwrap().replacen(OLD, NEW, 1);
    assert_eq!(String::from_utf8(after).unwrap(), expected);
    assert!(expected.contains(&format!(
        "ami = \"{NEW}\"   # ami- followed by 8 or 17 hex digits"
    )));
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    // No temporary file left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("xmake-"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn an_invalid_id_exits_2_and_leaves_the_file_alone() {
    let s = Scenario::new("full");
    let before = config(&s);
    for bad in [
        "ami-123",
        "ami-0123456789ABCDEF0",
        "i-0123456789abcdef0",
        "ami-0123456789abcdefg",
    ] {
        let out = s.xmake(&["--set-ami", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("error[ami::invalid-id]: `{bad}` is not an AMI id")),
            "{err}"
        );
        assert!(err.contains("help:"), "{err}");
        assert_eq!(stdout(&out), "");
        assert_eq!(config(&s), before, "{bad}");
    }
    assert!(!s.tree.join(".xmake").exists());
}

#[test]
fn the_same_value_again_changes_nothing() {
    let s = Scenario::new("full");
    let path = s.tree.join(CONFIG);
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    let out = s.xmake(&["--set-ami", OLD]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stdout(&out),
        format!("ami is already {OLD} in {CONFIG}; nothing to change\n")
    );
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), mtime);
    assert_eq!(s.xmake(&["-q", "--set-ami", OLD]).status.code(), Some(0));
    assert_eq!(s.xmake(&["-q", "--set-ami", NEW]).status.code(), Some(1));
}

#[test]
fn dry_run_shows_the_diff_and_changes_nothing() {
    let s = Scenario::new("full");
    let before = s.state_all();
    let out = s.xmake(&["-n", "--set-ami", NEW]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!(
            "would set ami = \"{NEW}\" in {CONFIG} (dry run: nothing was changed)\n"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("--- a/{CONFIG}\n+++ b/{CONFIG}\n")),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "-ami = \"{OLD}\"   # ami- followed by 8 or 17 hex digits\n"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "+ami = \"{NEW}\"   # ami- followed by 8 or 17 hex digits\n"
        )),
        "{text}"
    );
    assert!(!text.contains("XSPOT-DEMO"), "a secret in the diff: {text}");
    assert_eq!(s.state_all(), before);
}

#[test]
fn the_legacy_path_and_a_symlinked_file() {
    let s = Scenario::new("legacy-config-path");
    let out = s.xmake(&["--set-ami", NEW]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("scripts/controller/integrate-xspot/config.toml"));
    let s = Scenario::new("full");
    let path = s.tree.join(CONFIG);
    let real = s.tree.join("config.toml.real");
    std::fs::rename(&path, &real).unwrap();
    std::os::unix::fs::symlink(&real, &path).unwrap();
    let before = std::fs::read(&real).unwrap();
    let out = s.xmake(&["--set-ami", NEW]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a symlink: refusing to write through it"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&real).unwrap(), before);
    assert!(std::fs::symlink_metadata(&path)
        .unwrap()
        .file_type()
        .is_symlink());
}
