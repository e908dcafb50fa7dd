//! A mistyped long option: without a terminal on stderr xmake prints exactly what GNU make
//! prints (its `unrecognized option` line, then the usage); with one (a real pseudo-terminal
//! from util-linux `script`), GNU's first line byte for byte, then the close options instead
//! of the usage. Exit status 2 either way.

mod support;

use std::process::Command;

use support::run::exe as xmake_bin;

/// Runs `bin args` with stdin, stdout and stderr on a pseudo-terminal: (status, output with
/// the terminal's CRLF turned back into LF).
fn on_a_terminal(bin: &str, args: &str) -> (Option<i32>, String) {
    let out = Command::new("script")
        .args(["-qec", &format!("{bin} {args}"), "/dev/null"])
        .env("NO_COLOR", "1")
        .output()
        .expect("script (util-linux) runs");
    let text = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    (out.status.code(), text)
}

#[test]
fn without_a_terminal_the_output_is_gnu_makes() {
    for typo in ["--lnit", "--dry-rnu", "--zzzz=1"] {
        let ours = Command::new(xmake_bin()).arg(typo).output().expect("xmake");
        let gnu = Command::new("make").arg(typo).output().expect("GNU make");
        assert_eq!(ours.status.code(), Some(2));
        assert_eq!(gnu.status.code(), Some(2));
        let ours_err = String::from_utf8_lossy(&ours.stderr);
        let gnu_err = String::from_utf8_lossy(&gnu.stderr);
        // The usage's trailer names the bug address, which is xmake's own; the rest is GNU's.
        let cut = |s: &str| {
            s.split("\nThis program built for")
                .next()
                .unwrap_or("")
                .to_owned()
        };
        assert_eq!(
            cut(&ours_err).replace("xmake", "make"),
            cut(&gnu_err),
            "{typo}"
        );
        assert!(ours.stdout.is_empty());
    }
}

#[test]
fn on_a_terminal_close_options_replace_the_usage() {
    let (gnu_status, gnu) = on_a_terminal("make", "--lnit");
    let (status, ours) = on_a_terminal(xmake_bin(), "--lnit");
    assert_eq!((gnu_status, status), (Some(2), Some(2)));
    let first = ours.lines().next().unwrap_or("");
    let program = xmake_bin().rsplit('/').next().unwrap_or("xmake");
    assert_eq!(
        first.replace(program, "make"),
        gnu.lines().next().unwrap_or(""),
        "GNU's first line, byte for byte"
    );
    assert!(!ours.contains("Usage:"), "{ours}");
    insta::assert_snapshot!(
        "mistyped_option_on_a_terminal",
        ours.replace(program, "xmake")
    );

    let (_, far) = on_a_terminal(xmake_bin(), "--qqqqqqqqq");
    assert!(far.contains("no option is close to '--qqqqqqqqq'"), "{far}");
    // Other command-line errors keep GNU's usage even on a terminal.
    let (status, short) = on_a_terminal(xmake_bin(), "-Z");
    assert_eq!(status, Some(2));
    assert!(short.contains("Usage: "), "{short}");
}
