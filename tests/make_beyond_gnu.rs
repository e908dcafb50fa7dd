//! Where xmake deliberately parts from GNU make because GNU's behaviour cannot be tested
//! against (it never ends): checked here directly instead of in `compat/`.

use assert_cmd::Command;

/// A makefile remade on every pass: GNU make re-executes itself forever; xmake stops after
/// eight passes with a message saying why, and exit status 2.
#[test]
fn endlessly_remade_makefile_stops_with_a_reason() {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        dir.path().join("Makefile"),
        "include gen.mk\ngen.mk:\n\t@echo remake; echo X=1 > $@\n.PHONY: gen.mk\nall:;@:\n",
    )
    .expect("write Makefile");
    let out = Command::cargo_bin("xmake")
        .expect("xmake binary")
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run xmake");
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("remake").count(), 8, "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("makefiles were remade on 8 passes in a row"),
        "{stderr}"
    );
}
