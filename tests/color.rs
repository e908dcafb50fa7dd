//! When xmake colours its own output (`--color`, `NO_COLOR`, `CLICOLOR_FORCE`/`FORCE_COLOR`,
//! a terminal), in the documented order: the command line first, then `NO_COLOR`, then the
//! forcing variables, then whether the stream is a terminal (never here: output is a pipe).

use std::process::Command;

fn lint(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_xmake"));
    cmd.args(args)
        .args(["--lint", "-C"])
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/lint/broken"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn coloured(text: &str) -> bool {
    text.contains("\u{1b}[")
}

#[test]
fn colour_follows_the_documented_precedence() {
    assert!(!coloured(&lint(&[], &[]).1), "a pipe is not a terminal");
    assert!(coloured(&lint(&["--color=always"], &[]).1));
    assert!(coloured(&lint(&["--color=always"], &[("NO_COLOR", "1")]).1));
    assert!(!coloured(
        &lint(&["--color=never"], &[("FORCE_COLOR", "1")]).1
    ));
    assert!(coloured(&lint(&[], &[("FORCE_COLOR", "1")]).1));
    assert!(coloured(&lint(&[], &[("CLICOLOR_FORCE", "1")]).1));
    assert!(!coloured(&lint(&[], &[("FORCE_COLOR", "0")]).1));
    assert!(!coloured(
        &lint(&[], &[("NO_COLOR", "1"), ("FORCE_COLOR", "1")]).1
    ));
    assert!(!coloured(&lint(&["--color=auto"], &[]).1));
}

#[test]
fn an_unknown_colour_choice_is_refused() {
    let (code, out) = lint(&["--color=sometimes"], &[]);
    assert_eq!(code, Some(2));
    assert_eq!(out, "");
}
