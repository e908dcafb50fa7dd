//! When xmake colours its own output (`--color`, `NO_COLOR`, `CLICOLOR_FORCE`/`FORCE_COLOR`,
//! a terminal), in the documented order: the command line first, then `NO_COLOR`, then the
//! forcing variables, then whether the stream is a terminal (never here: output is a pipe).

mod support;

use support::files::repo;
use support::run::Xmake;

fn lint(args: &[&str], env: &[(&str, &str)]) -> (Option<i32>, String) {
    let out = Xmake::new()
        .dir(repo().join("fixtures/lint/broken"))
        .args(args.iter().copied())
        .arg("--lint")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .envs(env)
        .output();
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
