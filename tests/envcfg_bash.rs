//! Differential tests: env.cfg values from xmake's reader must equal what bash holds after
//! `env -i bash -c 'source FILE'`, over every fixture and over generated files.

mod support;

use std::path::PathBuf;

use proptest::prelude::*;
use support::envcfg::compare_with_bash;

fn fixture_files() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/envcfg");
    let mut files = Vec::new();
    for dir in ["samples", "broken", "good/conf"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "cfg") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_fixture_reads_as_bash_sources_it() {
    let files = fixture_files();
    assert!(
        files.len() >= 30,
        "expected the fixture corpus, found {}",
        files.len()
    );
    let mut compared = 0;
    let mut failures = Vec::new();
    for file in &files {
        match compare_with_bash(file) {
            Ok(true) => compared += 1,
            Ok(false) => {}
            Err(e) => failures.push(e),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= 20, "only {compared} fixtures were comparable");
}

#[test]
fn hand_picked_cases_match_bash() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[&str] = &[
        "A=1\nB=$A/x\nC=${B%/x}\n",
        "\u{feff}A=1\nB=2\n",
        "A=1\r\nB=(x y)\r\nC=(p\r\nq)\n",
        "A=(x)y\nB=(\"a b\" $A\n c)\n",
        "readonly R=1\nR=2\nG=ok\n",
        "X=abc/def\nP='/*'\nA=\"${X%/*}\"\nB=\"${X%$P}\"\nC=${X%\"$P\"}\nD=\"${U:-'q'}\"\n",
        "A=${U:-a b}\nB=(${U:-a b} \"$U\" $U x$U)\nC=${U:=z}\n",
        "A=$'a\\tb\\x41\\101\\u00e9\\q'\nB=$\"x\"\nC=a#b # c\nD=\\#x\n",
        "export A=1 B=$A\ndeclare -a C=(1 2) D=x\ndeclare -x E\ntypeset F=\"$A\"\n",
        "A=x\nA+=y\nB=(1)\nB+=(2 3)\nB+=z\nC=(a b)\nC=q\n",
        "A=\"multi\nline\"\nB='single\nline'\nC=con\\\ntinued\nD=(a \\\n b)\n",
        "REMOTE_DIR = /nfs\nB= x\nC=1 true\n",
        "A=$'it\\'s'\nB=$'\\cA\\101\\0x'\nC=\"${U:-$'x'}\"\nD=${U:-$'x'}\nE='a'\\''b'\n",
        "V=/a/b/\nA=\"${V%\"/\"}\"\nB=${V#\"/\"}\nC=${V%[/]}\nD=${V##/*/}\nE=${V%?}\nF=${#V}\n",
        "A=\"a\\\"b\\\\c\\$d\\e\"\nB=x\\",
        "A=1\n: ${B:=two} ${C=three}\nD=$B$C\n",
        "A=( a\\ b 'c d' \"e f\" $'g\\th' )\nB=(\n\n)\nC=( # only a comment\n)\n",
        // `${R:=…}` on a readonly R: bash abandons the line (a new array is left empty).
        "readonly R=\nA=( ${R:=0} )\nB=${R:=0}\nC=(x ${R:=0} y)\nD=ok\nE=(p)\nE+=(${R:=1} q)\n",
        "readonly R=\nA=1 B=${R:=0} C=3\nD=4\nexport E=5 F=${R:=0} G=6\nH=(a) I=(${R:=1}) J=(z)\n",
        // NUL bytes: bash drops them, but keeps the second of two in a row and stops there.
        "A=x\0y\nB=p\0q\0\nC=1\0\nD=2\n",
        "A=1\nB=p\0\0q\nC=3\n",
        "A='x\0y'\nB=p\0\0\0q\nC=3\n",
    ];
    for (i, text) in cases.iter().enumerate() {
        let path = dir.path().join(format!("case{i}.cfg"));
        std::fs::write(&path, text).unwrap();
        assert_eq!(compare_with_bash(&path), Ok(true), "case {i}: {text:?}");
    }
}

fn safe_text() -> impl Strategy<Value = String> {
    "[a-z0-9/._:@%,+=-]{1,6}"
}

fn name() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["A", "B", "REMOTE_DIR", "U", "IMAGE_NAME_LIST"])
        .prop_map(str::to_owned)
}

fn inner_word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9/. ]{0,5}",
        "[a-z0-9/ ]{0,4}".prop_map(|t| format!("\"{t}\"")),
        "[a-z0-9/ ]{0,4}".prop_map(|t| format!("'{t}'")),
        name().prop_map(|n| format!("${n}")),
        (name(), "[a-z/]{0,3}").prop_map(|(n, d)| format!("${{{n}:-{d}}}")),
    ]
}

fn expansion() -> impl Strategy<Value = String> {
    let ops = prop::sample::select(vec![":-", "-", ":=", "=", ":+", "+", "%", "%%", "#", "##"]);
    prop_oneof![
        name().prop_map(|n| format!("${n}")),
        name().prop_map(|n| format!("${{{n}}}")),
        name().prop_map(|n| format!("${{#{n}}}")),
        (name(), ops, inner_word()).prop_map(|(n, op, w)| {
            let w = if op.starts_with(['%', '#']) {
                w.replace(' ', "*")
            } else {
                w
            };
            format!("${{{n}{op}{w}}}")
        }),
        name().prop_map(|n| format!("${{{n}%/}}")),
        name().prop_map(|n| format!("${{{n}##*/}}")),
    ]
}

fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => safe_text(),
        1 => "[a-z \\$\"#/]{0,6}".prop_map(|t| format!("'{t}'")),
        1 => "[a-z '#/]{0,5}".prop_map(|t| format!("\"{t}\"")),
        1 => expansion().prop_map(|e| format!("\"{e}\"")),
        3 => expansion(),
        1 => prop::sample::select(vec!["\\ ", "\\$", "\\\"", "$'\\t'", "$'a\\nb'", "$'\\x41'", "\"\\$x\\\\\"", "a\\\nb", "\"x\\\ny\"", "$\"q\"", "\"a\nb\"", "#", "=", "\\#"]).prop_map(str::to_owned),
    ]
}

fn value() -> impl Strategy<Value = String> {
    prop::collection::vec(segment(), 0..4).prop_map(|s| s.concat())
}

fn statement() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (name(), value()).prop_map(|(n, v)| format!("{n}={v}")),
        1 => (name(), value()).prop_map(|(n, v)| format!("{n}+={v}")),
        1 => (name(), value()).prop_map(|(n, v)| format!("export {n}={v}")),
        1 => (name(), prop::collection::vec(value().prop_filter("non-empty", |v| !v.is_empty()), 0..4), any::<bool>()).prop_map(|(n, items, multi)| {
            let sep = if multi { "\n  # note\n  " } else { " " };
            format!("{n}=( {} )", items.join(sep))
        }),
        1 => Just("# a comment".to_owned()),
        1 => (name(), value(), name(), value()).prop_map(|(a, v, b, w)| format!("{a}={v} {b}={w}")),
        1 => (prop::sample::select(vec!["declare -a", "declare -x", "readonly", "typeset", "declare"]), name(), value()).prop_map(|(d, n, v)| format!("{d} {n}={v}")),
        1 => (name(), value()).prop_map(|(n, v)| format!("{n}=(x){v}")),
        1 => (name(), value()).prop_map(|(n, v)| format!("{n}+=( {v}z )")),
        1 => Just(String::new()),
        1 => (name(), value()).prop_map(|(n, v)| format!("{n}={v} # trailing")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn generated_files_match_bash(lines in prop::collection::vec(statement(), 1..8), crlf in prop::bool::weighted(0.1), bom in prop::bool::weighted(0.05)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("env.cfg");
        let end = if crlf { "\r\n" } else { "\n" };
        let text = format!("{}{}{end}", if bom { "\u{feff}" } else { "" }, lines.join(end));
        std::fs::write(&path, &text).unwrap();
        let result = compare_with_bash(&path);
        prop_assert!(result.is_ok(), "{}\n---\n{}", text, result.unwrap_err());
    }
}

#[test]
fn glued_arrays_assign_like_strings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.cfg");
    std::fs::write(&path, "A=(1 2)\nA=(x)y\nB=(1 2)\nB+=(x)y\nC=s\nC+=(x)y\n").unwrap();
    assert_eq!(compare_with_bash(&path), Ok(true));
}
