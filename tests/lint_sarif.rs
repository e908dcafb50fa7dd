//! `xmake --lint --format sarif` against the SARIF 2.1.0 JSON schema (vendored in
//! `fixtures/sarif/`), validated by Python's `jsonschema` (draft 4, as the schema declares):
//! the broken tree (every kind of finding, odd file names), a clean tree (no results), a
//! silenced tree (an unused-silence finding in `.xmake.toml`) and every broken env.cfg sample.

mod support;

use support::files::{copy_dir, repo};
use support::lint::xmake;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn sarif(dir: &Path) -> String {
    let out = xmake(dir, &["--lint", "--format=sarif"]);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    String::from_utf8(out.stdout).expect("utf-8")
}

/// Validates each document (one per line of stdin, as JSON) and prints the errors of the
/// invalid ones; a non-empty output fails the test.
const VALIDATE: &str = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft4Validator.check_schema(schema)
validator = jsonschema.Draft4Validator(schema)
for n, line in enumerate(sys.stdin):
    doc = json.loads(line)
    for e in validator.iter_errors(doc):
        print(f"document {n}: {list(e.absolute_path)}: {e.message}")
"#;

fn assert_valid(docs: &[String]) {
    let schema = repo().join("fixtures/sarif/sarif-2.1.0-rtm.5.json");
    let mut child = Command::new("python3")
        .args(["-c", VALIDATE])
        .arg(&schema)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut input = String::new();
    for doc in docs {
        let value: serde_json::Value = serde_json::from_str(doc).expect("JSON");
        input.push_str(&serde_json::to_string(&value).expect("compact"));
        input.push('\n');
    }
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("python3 ran");
    assert!(
        out.status.success(),
        "validator failed (is python3-jsonschema installed?): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let errors = String::from_utf8_lossy(&out.stdout);
    assert!(errors.is_empty(), "not valid SARIF 2.1.0:\n{errors}");
}

#[test]
fn every_sarif_document_is_valid_against_the_2_1_0_schema() {
    let mut docs = vec![
        sarif(&repo().join("fixtures/lint/broken")),
        sarif(&repo().join("fixtures/trees/full")),
    ];
    let tree = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("fixtures/trees/minimal"), tree.path());
    std::fs::write(
        tree.path().join(".xmake.toml"),
        "[lint]\nallow = [\"lint::no-such-rule\"]\n",
    )
    .expect("write");
    docs.push(sarif(tree.path()));
    assert!(docs[2].contains("lint::unused-silence"));
    let samples = repo().join("fixtures/envcfg/broken");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&samples)
        .expect("samples")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for sample in files {
        std::fs::copy(&sample, tree.path().join("conf/env.cfg")).expect("copy sample");
        docs.push(sarif(tree.path()));
    }
    assert_valid(&docs);
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    // A test that cannot fail is a defect: a document missing `version`, and one whose
    // result has a string line number, must be refused.
    let good = sarif(&repo().join("fixtures/lint/broken"));
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("JSON");
    doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        serde_json::json!("8");
    let bad_line = doc.to_string();
    let result = std::panic::catch_unwind(|| assert_valid(&[bad_line]));
    assert!(result.is_err(), "a string startLine passed validation");
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("JSON");
    doc.as_object_mut().expect("object").remove("version");
    let result = std::panic::catch_unwind(|| assert_valid(&[doc.to_string()]));
    assert!(
        result.is_err(),
        "a document without version passed validation"
    );
}
