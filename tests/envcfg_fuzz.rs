//! Robustness: reading and checking env.cfg never panics and finishes quickly on any bytes,
//! whether random or built from shell punctuation, and on hostile shapes (deep nesting,
//! self-doubling values).

use std::sync::Arc;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use xmake::adapters::root::Root;
use xmake::diag::render::{render_json, render_text};
use xmake::diag::Report;
use xmake::envcfg;
use xmake::onboarding::settings::env_checks::check_env;
use xmake::source::Source;

/// Reads, checks and renders `bytes`; returns how long it took.
fn read_check_render(bytes: &[u8]) -> Duration {
    let start = Instant::now();
    let source = Arc::new(Source::from_bytes("conf/env.cfg", bytes));
    let (env, mut diags) = envcfg::read(&source);
    let _ = check_env(
        &env,
        Some(&Root::new("/nonexistent-root-for-fuzz")),
        &mut diags,
    );
    let report = Report { diagnostics: diags };
    let _ = render_text(&report, false);
    let _ = render_json(&report);
    start.elapsed()
}

fn shellish() -> impl Strategy<Value = Vec<u8>> {
    let atoms = prop::sample::select(vec![
        "A=",
        "B+=",
        "IMAGE_NAME_LIST=(",
        ")",
        "(",
        "$",
        "${",
        "}",
        ":-",
        ":=",
        "%",
        "##",
        "#",
        "'",
        "\"",
        "$'",
        "\\",
        "\\\n",
        "\n",
        "\r\n",
        " ",
        "\t",
        ";",
        "|",
        "&&",
        "`",
        "$(",
        "$((",
        "export ",
        "declare -a ",
        "readonly ",
        "x",
        "/",
        "*",
        "~",
        "{a,b}",
        "\u{feff}",
        "é",
        "$A",
        "${A%/}",
        "[",
    ]);
    prop::collection::vec(atoms, 0..200).prop_map(|v| v.concat().into_bytes())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        prop_assert!(read_check_render(&bytes) < Duration::from_secs(2));
    }

    #[test]
    fn shell_punctuation_never_panics(bytes in shellish()) {
        prop_assert!(read_check_render(&bytes) < Duration::from_secs(2));
    }
}

#[test]
fn hostile_shapes_stay_bounded() {
    let deep = format!("A={}x{}\n", "${A:-".repeat(5000), "}".repeat(5000));
    let doubling = format!(
        "A=xxxxxxxxxxxxxxxx\n{}B=${{A##*x*y}}\n",
        "A=$A$A$A$A\n".repeat(40)
    );
    let long_line = format!("A=x\nB={}\n", "$A".repeat(50_000));
    let unclosed = "A=\"".repeat(10_000);
    for text in [deep, doubling, long_line, unclosed] {
        let took = read_check_render(text.as_bytes());
        assert!(
            took < Duration::from_secs(5),
            "took {took:?} on {}…",
            &text[..40.min(text.len())]
        );
    }
    let source = Arc::new(Source::new(
        "env.cfg",
        format!("A=x\n{}", "A=$A$A\n".repeat(30)),
    ));
    let (env, diags) = envcfg::read(&source);
    assert!(env
        .scalar("A")
        .is_some_and(|a| a.len() <= envcfg::expand::MAX_VALUE));
    assert!(diags.iter().any(|d| d.code == "envcfg::value-too-long"));
}
