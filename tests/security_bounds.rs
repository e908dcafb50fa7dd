//! Bounded resources and refused names on hostile input (issue 9, points 11 and 12), through
//! the real executable under a scratch `--root`: a sparse 1 GiB file deploys with bounded
//! memory and stays sparse; a flood of env.cfg problems gives a bounded report with exact
//! counts; oversized configuration files are refused; release names that would misname a
//! directory are refused without echoing the file; config.toml that is not UTF-8 and env.cfg
//! NUL bytes are reported.

mod support;

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::MetadataExt;
use std::time::{Duration, Instant};

use support::scenario::{state_diff, stderr, stdout, Scenario};

const GIB: u64 = 1 << 30;
const MIB: u64 = 1 << 20;

/// The largest resident set of any child this process has waited for, in bytes.
fn children_peak_rss() -> u64 {
    // SAFETY: getrusage fills a zeroed struct we own.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &raw mut usage) };
    assert_eq!(rc, 0, "getrusage failed");
    u64::try_from(usage.ru_maxrss).unwrap_or(0) * 1024
}

/// Whether two files hold the same bytes, read through a small buffer.
fn same_bytes(left: &std::path::Path, right: &std::path::Path) -> bool {
    let mut left = File::open(left).unwrap();
    let mut right = File::open(right).unwrap();
    let mut want = vec![0u8; 1 << 20];
    let mut have = vec![0u8; 1 << 20];
    loop {
        let len = left.read(&mut want).unwrap();
        let mut got = 0;
        while got < len {
            let more = right.read(&mut have[got..len]).unwrap();
            if more == 0 {
                return false;
            }
            got += more;
        }
        if want[..len] != have[..len] {
            return false;
        }
        if len == 0 {
            return right.read(&mut have).unwrap() == 0;
        }
    }
}

#[test]
fn a_sparse_gigabyte_deploys_with_bounded_memory_and_stays_sparse() {
    let s = Scenario::new("full");
    let big = s.tree.join("blob.img");
    let mut f = File::create(&big).unwrap();
    for (at, data) in [(0, &b"head"[..]), (GIB / 2, b"middle"), (GIB - 4, b"tail")] {
        f.seek(SeekFrom::Start(at)).unwrap();
        f.write_all(data).unwrap();
    }
    f.set_len(GIB).unwrap();
    drop(f);
    let source_blocks = std::fs::metadata(&big).unwrap().blocks();
    assert!(
        source_blocks * 512 < MIB,
        "the scratch filesystem does not keep holes; cannot test sparseness"
    );

    let out = s.xmake(&["deploy"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    let peak = children_peak_rss();
    assert!(
        peak < 200 * MIB,
        "deploying a 1 GiB file peaked at {} MiB",
        peak / MIB
    );

    let copy = s.path("nfs-apps/exostellar/scripts/2.4.1-1/blob.img");
    let meta = std::fs::metadata(&copy).unwrap();
    assert_eq!(meta.len(), GIB);
    assert!(
        meta.blocks() <= source_blocks + 64,
        "the copy lost its holes: {} blocks allocated, the source has {source_blocks}",
        meta.blocks()
    );
    assert!(same_bytes(&big, &copy), "the copy's bytes differ");
    let latest = std::fs::read_link(s.path("nfs-apps/exostellar/scripts/latest")).unwrap();
    assert_eq!(latest.to_str(), Some("2.4.1-1"));
}

/// `A=(((((…` with 100 000 parentheses on one line.
fn paren_flood(s: &Scenario) {
    let env = s.tree.join("conf/env.cfg");
    let mut text = std::fs::read_to_string(&env).unwrap();
    text.push_str("A=");
    text.push_str(&"(".repeat(100_000));
    text.push('\n');
    std::fs::write(env, text).unwrap();
}

#[test]
fn a_flood_of_env_cfg_problems_gives_a_bounded_report_with_exact_counts() {
    let s = Scenario::new("full");
    paren_flood(&s);
    let started = Instant::now();
    let out = s.xmake(&["check-config"]);
    assert!(started.elapsed() < Duration::from_mins(1));
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(
        out.stdout.len() < 256 * 1024,
        "check-config printed {} bytes",
        out.stdout.len()
    );
    assert!(
        text.contains("more problems in conf/env.cfg not shown"),
        "no capped note:\n{}",
        &text[text.len().saturating_sub(2000)..]
    );
    let shown = text.matches("error[envcfg::operator]").count();
    assert!(shown <= 100, "{shown} diagnostics shown for one file");
    // Every snippet line is cut to a window: no line of the report is huge.
    let longest = text.lines().map(str::len).max().unwrap_or(0);
    assert!(longest < 2000, "a report line is {longest} bytes long");
    // The summary still counts every problem.
    let summary = text.lines().last().unwrap_or("");
    let errors: usize = summary
        .rsplit(": ")
        .next()
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(errors >= 100_000, "summary: {summary}");

    for format in ["sarif", "json", "text", "junit", "checkstyle", "github"] {
        let out = s.xmake(&["--lint", &format!("--format={format}")]);
        assert_eq!(out.status.code(), Some(1), "--lint --format={format}");
        assert!(
            out.stdout.len() < 512 * 1024,
            "--lint --format={format} printed {} bytes",
            out.stdout.len()
        );
    }
    let peak = children_peak_rss();
    assert!(peak < 200 * MIB, "peak RSS {} MiB", peak / MIB);
}

#[test]
fn oversized_configuration_files_are_refused_before_they_are_read() {
    let s = Scenario::new("full");
    let env = s.tree.join("conf/env.cfg");
    let mut text = std::fs::read_to_string(&env).unwrap();
    while text.len() < 2 * 1024 * 1024 {
        text.push_str("# padding padding padding padding padding padding padding padding\n");
    }
    std::fs::write(&env, &text).unwrap();
    let out = s.xmake(&["--lint", "--format=sarif"]);
    assert_eq!(out.status.code(), Some(1), "an error found: the lint fails");
    assert!(
        stdout(&out).contains("envcfg::too-large"),
        "{}",
        stdout(&out)
    );
    let out = s.xmake(&["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("conf/env.cfg is larger than 1 MiB"),
        "{}",
        stdout(&out)
    );

    let s = Scenario::new("full");
    let toml = s
        .tree
        .join("scripts/controller/integrate-xspot/config/config.toml");
    let mut bytes = std::fs::read(&toml).unwrap();
    bytes.resize(2 * 1024 * 1024, b'\n');
    std::fs::write(&toml, bytes).unwrap();
    let out = s.xmake(&["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).contains("toml::too-large"), "{}", stdout(&out));
}

#[test]
fn release_names_that_would_misname_a_directory_are_refused() {
    for bad in [
        "current",
        "latest",
        "-rf",
        "--force",
        ".",
        "..",
        ".x",
        "a b",
        "x\x1b[2Jy",
    ] {
        let s = Scenario::new("full");
        std::fs::write(s.tree.join("version"), format!("{bad}\n")).unwrap();
        let before = s.state(false);
        for target in ["image-folder", "deploy"] {
            let out = s.xmake(&[target]);
            assert_eq!(out.status.code(), Some(2), "{bad:?} {target}");
            let err = stderr(&out);
            assert!(
                err.contains("does not hold a usable release name"),
                "{bad:?}: {err}"
            );
            assert!(
                !err.contains('\x1b'),
                "a control character was echoed: {err:?}"
            );
        }
        let after = s.state(false);
        assert_eq!(before, after, "{bad:?}:\n{}", state_diff(&before, &after));
    }
}

#[test]
fn a_huge_version_file_is_neither_read_whole_nor_echoed() {
    let s = Scenario::new("full");
    std::fs::write(s.tree.join("version"), "9".repeat(10 << 20)).unwrap();
    let out = s.xmake(&["image-folder"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stderr.len() < 1024,
        "stderr is {} bytes",
        out.stderr.len()
    );
    assert!(
        stderr(&out).contains("larger than 256 bytes"),
        "{}",
        stderr(&out)
    );
    assert!(!s
        .path("nfs-apps/exostellar/images")
        .join("9".repeat(100))
        .exists());
}

#[test]
fn config_toml_that_is_not_utf8_is_reported_at_its_line_and_column() {
    let s = Scenario::new("full");
    let rel = "scripts/controller/integrate-xspot/config/config.toml";
    let toml = s.tree.join(rel);
    let mut bytes = std::fs::read(&toml).unwrap();
    let line = bytes.split(|&b| b == b'\n').count();
    bytes.extend_from_slice(b"note = \"caf\xe9\"\n");
    std::fs::write(&toml, bytes).unwrap();
    let out = s.xmake(&["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    let want = format!("{rel}:{line}:12: error[toml::invalid-utf8]");
    assert!(
        stdout(&out).contains(&want),
        "want {want}:\n{}",
        stdout(&out)
    );
}

#[test]
fn env_cfg_nul_bytes_are_read_as_bash_reads_them_and_reported() {
    let s = Scenario::new("full");
    let env = s.tree.join("conf/env.cfg");
    let mut bytes = std::fs::read(&env).unwrap();
    bytes.extend_from_slice(b"SITE_NOTE=ab\0cd\n");
    std::fs::write(&env, &bytes).unwrap();
    let out = s.xmake(&["--show-config"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("SITE_NOTE=abcd"), "{}", stdout(&out));
    let out = s.xmake(&["check-config"]);
    assert!(
        stdout(&out).contains("warning[envcfg::nul-byte]"),
        "{}",
        stdout(&out)
    );

    // Two NULs in a row: bash stops reading there, so the rest of the file is lost: an error.
    bytes.extend_from_slice(b"LATER=\0\0x\nIS_SYSTEMD=no\n");
    std::fs::write(&env, &bytes).unwrap();
    let out = s.xmake(&["check-config"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stdout(&out).contains("error[envcfg::nul-byte]"),
        "{}",
        stdout(&out)
    );
    let out = s.xmake(&["--show-config"]);
    assert!(!stdout(&out).contains("IS_SYSTEMD=no"), "{}", stdout(&out));
}
