//! docs/guide.md stays true: every line of its ```sh blocks runs, in order, in one bash from
//! the repository's root with xmake on `PATH`; a line ending in `# exits N` must exit N, every
//! other line must succeed.

use std::process::Command;

/// The guide's commands as one checked bash script.
fn script(guide: &str) -> String {
    let mut out = String::from("set -u\n");
    let mut in_sh = false;
    for line in guide.lines() {
        if line.trim_start().starts_with("```") {
            in_sh = !in_sh && line.trim() == "```sh";
            continue;
        }
        if !in_sh || line.trim().is_empty() {
            continue;
        }
        let (command, expected) = match line.rsplit_once("# exits ") {
            Some((command, code)) => (command.trim_end(), code.trim().parse::<i32>().unwrap()),
            None => (line, 0),
        };
        let quoted = command.replace('\'', r"'\''");
        out.push_str(&format!(
            "{command}\nstatus=$?\nif [ $status -ne {expected} ]; then echo 'GUIDE: `{quoted}` exited '$status', not {expected}' >&2; exit 99; fi\n"
        ));
    }
    out
}

#[test]
fn every_command_of_the_guide_does_what_it_says() {
    let repo = env!("CARGO_MANIFEST_DIR");
    let guide = std::fs::read_to_string(format!("{repo}/docs/guide.md")).unwrap();
    let script = script(&guide);
    assert!(script.matches("status=$?").count() >= 12, "{script}");
    let bin = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_xmake"), bin.path().join("xmake")).unwrap();
    let path = format!(
        "{}:{}",
        bin.path().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(&script)
        .current_dir(repo)
        .env("PATH", path)
        .env_remove("XMAKE_FAKE_STATE")
        .env_remove("ROOT")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
