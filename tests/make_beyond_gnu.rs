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

/// A makefile that includes itself (directly, or through another): GNU make recurses until its
/// stack overflows and dies of SIGSEGV; xmake stops at a fixed depth with a message naming
/// the place, and exit status 2. A legitimately deep chain below that depth still reads.
#[test]
fn a_makefile_including_itself_stops_with_a_reason() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("self.mk", "X := 1\ninclude self.mk\nall:;@echo never\n");
    write("a.mk", "-include b.mk\nall:;@echo never\n");
    write("b.mk", "include a.mk\n");
    for (makefile, place) in [("self.mk", "self.mk:2: "), ("b.mk", "a.mk:1: ")] {
        let out = Command::cargo_bin("xmake")
            .expect("xmake binary")
            .current_dir(dir.path())
            .args(["-f", makefile])
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("run xmake");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{makefile}");
        assert_eq!(
            stderr,
            format!(
                "{place}*** makefiles included too deeply (a makefile including itself?).  Stop.\n"
            ),
            "{makefile}"
        );
        assert!(out.stdout.is_empty(), "{makefile}");
    }
    for i in 0..1000 {
        write(&format!("c{i}.mk"), &format!("include c{}.mk\n", i + 1));
    }
    write("c1000.mk", "all:;@echo deep\n");
    let out = Command::cargo_bin("xmake")
        .expect("xmake binary")
        .current_dir(dir.path())
        .args(["-f", "c0.mk"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .output()
        .expect("run xmake");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "deep\n");
}
