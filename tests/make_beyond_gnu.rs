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

/// A makefile that includes itself (directly, or through another). GNU make keeps each
/// makefile it reads open: with few descriptors it stops with `Too many open files` (xmake
/// prints the same, checked against GNU here), with many it recurses until its stack
/// overflows and dies of SIGSEGV, where xmake stops at 5000 nested makefiles with a message
/// naming the place, and exit status 2. A legitimately deep chain below that still reads.
#[test]
fn a_makefile_including_itself_stops_with_a_reason() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write("self.mk", "X := 1\ninclude self.mk\nall:;@echo never\n");
    write("a.mk", "-include b.mk\nall:;@echo never\n");
    write("b.mk", "include a.mk\n");
    // `ulimit -n N` then the program, in a shell (the limit applies to it alone), with the
    // descriptors `inherited` left open as a parent (a CI runner) may leave them: one numbered
    // at or above the limit takes no free slot, one below it does.
    let run_with = |program: &str, fds: u32, inherited: &[u32], makefile: &str| {
        let open: String = inherited
            .iter()
            .map(|fd| format!("exec {fd}</dev/null; "))
            .collect();
        let script = format!("{open}ulimit -n {fds} || exit 99; exec \"$0\" -f {makefile}");
        std::process::Command::new("/bin/bash")
            .args(["-c", &script, program])
            .current_dir(dir.path())
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .output()
            .expect("run bash")
    };
    let run = |program: &str, fds: u32, makefile: &str| run_with(program, fds, &[], makefile);
    let xmake = assert_cmd::cargo::cargo_bin("xmake");
    let xmake = xmake.to_str().expect("UTF-8 path");
    let shapes: [(&str, &[u32]); 6] = [
        ("self.mk", &[]),
        ("b.mk", &[]),
        ("b.mk", &[3]),
        ("b.mk", &[3, 4]),
        ("b.mk", &[200]),
        ("b.mk", &[3, 200]),
    ];
    for (makefile, inherited) in shapes {
        let gnu = run_with("/usr/bin/make", 64, inherited, makefile);
        let ours = run_with(xmake, 64, inherited, makefile);
        assert_eq!(gnu.status.code(), Some(2), "{makefile}");
        assert_eq!(
            String::from_utf8_lossy(&ours.stderr),
            String::from_utf8_lossy(&gnu.stderr).replace("make:", "xmake:"),
            "{makefile} with descriptors {inherited:?} inherited"
        );
        assert_eq!(ours.status.code(), Some(2), "{makefile}");
    }
    for (makefile, place) in [("self.mk", "self.mk:2: "), ("b.mk", "b.mk:1: ")] {
        let out = run(xmake, 6000, makefile);
        assert_ne!(
            out.status.code(),
            Some(99),
            "cannot raise the descriptor limit to 6000"
        );
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
    let out = run(xmake, 4096, "c0.mk");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "deep\n");
}

/// `-j` with more job slots than the jobserver pipe holds tokens: GNU make 4.3 blocks for
/// ever writing the tokens; xmake writes what the pipe holds (past that the limit is no
/// limit) and runs, sub-makes included.
#[test]
fn a_huge_job_count_runs_instead_of_blocking() {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::write(
        dir.path().join("Makefile"),
        "all: sub\nsub: ; @$(MAKE) -s -f sub.mk\n",
    )
    .expect("write Makefile");
    std::fs::write(dir.path().join("sub.mk"), "all: ; @echo sub ran\n").expect("write sub.mk");
    let out = Command::cargo_bin("xmake")
        .expect("xmake binary")
        .current_dir(dir.path())
        .args(["-s", "-j", "2147483647"])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("run xmake");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "sub ran\n");
}

/// The read-only modes that run in any directory (`--list`, `--explain`, and the completion
/// scripts' `--complete-targets` on TAB) read a makefile only when it is a regular file of
/// bounded size: an `include` of a device or a FIFO stops (or, for completion, offers
/// nothing) instead of hanging or filling memory.
#[test]
fn read_only_modes_do_not_read_devices_or_fifos() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let fifo = dir.path().join("fifo.mk");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo")
        .success());
    for include in ["/dev/zero", "fifo.mk"] {
        std::fs::write(
            dir.path().join("Makefile"),
            format!("include {include}\nall: ; @echo hi\n"),
        )
        .expect("write Makefile");
        for args in [
            &["--list"][..],
            &["--explain", "all"],
            &["--complete-targets"],
        ] {
            let out = Command::cargo_bin("xmake")
                .expect("xmake binary")
                .current_dir(dir.path())
                .args(args)
                .env_clear()
                .env("PATH", "/usr/bin:/bin")
                .timeout(std::time::Duration::from_secs(30))
                .output()
                .expect("run xmake");
            let stderr = String::from_utf8_lossy(&out.stderr);
            if args == ["--complete-targets"] {
                assert_eq!(out.status.code(), Some(0), "{include} {args:?}: {stderr}");
                assert!(out.stdout.is_empty() && stderr.is_empty(), "{include}");
            } else {
                assert_eq!(out.status.code(), Some(2), "{include} {args:?}: {stderr}");
                assert!(
                    stderr.contains(&format!("{include}: not a regular file; not read")),
                    "{include} {args:?}: {stderr}"
                );
            }
        }
    }
}

/// A makefile larger than 1 GiB (a planted sparse file, `/dev/zero`): GNU reads on until
/// memory runs out; xmake stops before reading more than 1 GiB, naming the file, status 2,
/// without trusting the size the file claims.
#[test]
fn a_huge_makefile_stops_instead_of_filling_memory() {
    let dir = tempfile::tempdir().expect("temporary directory");
    std::fs::File::create(dir.path().join("big.mk"))
        .and_then(|f| f.set_len(100 << 30))
        .expect("sparse file");
    for (included, shown) in [("big.mk", "big.mk"), ("/dev/zero", "/dev/zero")] {
        std::fs::write(
            dir.path().join("Makefile"),
            format!("include {included}\nall:;@echo never\n"),
        )
        .expect("write Makefile");
        let out = Command::cargo_bin("xmake")
            .expect("xmake binary")
            .current_dir(dir.path())
            .arg("-n")
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .timeout(std::time::Duration::from_secs(120))
            .output()
            .expect("run xmake");
        assert_eq!(out.status.code(), Some(2), "{included}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!("Makefile:1: *** {shown}: larger than 1024 MiB; not read.  Stop.\n")
        );
    }
}
