//! `--format=json` when the goals run from Makefile recipes: stdout is exactly one JSON document
//! (the run report's shape, recipe goals with `"mode": "recipe"`, and `status`), whatever the
//! recipes print (it goes to stderr), whether they succeed, fail or are only printed (`-n`).

mod support;

use support::run::Xmake;

fn run(dir: &std::path::Path, args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = Xmake::new()
        .dir(dir)
        .arg("--format=json")
        .args(args.iter().copied())
        .output();
    let doc = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (
        out.status.code().unwrap(),
        doc,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn stdout_holds_one_document_whatever_the_recipes_print() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("Makefile"),
        "all: a b\na:\n\t@echo making a\nb:\n\t@echo making b; exit 3\nok:\n\t@echo fine\n",
    )
    .unwrap();
    let (code, doc, err) = run(d.path(), &["ok"]);
    assert_eq!(code, 0);
    assert_eq!(doc["status"], 0);
    assert_eq!(doc["targets"][0]["name"], "ok");
    assert_eq!(doc["targets"][0]["mode"], "recipe");
    assert!(err.contains("fine"), "{err}");

    let (code, doc, err) = run(d.path(), &[]);
    assert_eq!(code, 2);
    assert_eq!(doc["status"], 2);
    assert_eq!(doc["targets"][0]["name"], "(default goal)");
    assert!(err.contains("making a") && err.contains("Error 3"), "{err}");

    let (code, doc, err) = run(d.path(), &["-n", "a", "ok"]);
    assert_eq!(code, 0);
    assert_eq!(doc["targets"].as_array().unwrap().len(), 2);
    assert!(err.contains("echo making a"), "{err}");
}
