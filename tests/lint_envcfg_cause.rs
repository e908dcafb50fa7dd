//! env.cfg diagnostics point at the cause, through the real executable on a copy of the
//! minimal tree: an unterminated quote is reported where the quote opens (bash itself only
//! complains at the end of the file), the errors that only follow from it (required keys
//! "missing", backticks in what is really a comment) are folded under it, and the summaries of
//! `check-config`, `--lint` and a native target stopped by the settings name the file each
//! problem is in.

mod support;

use support::files::{copy_dir, edit, repo};
use support::lint::xmake;

use std::path::Path;
use std::process::{Command, Output};

fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("fixtures/trees/minimal"), dir.path());
    dir
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The 1-based line of the first line of `path` starting with `prefix`.
fn line_of(path: &Path, prefix: &str) -> usize {
    std::fs::read_to_string(path)
        .expect("read")
        .lines()
        .position(|l| l.starts_with(prefix))
        .expect("line")
        + 1
}

#[test]
fn an_unterminated_quote_is_reported_where_it_opens_with_its_consequences_folded() {
    let tree = tree();
    let env = tree.path().join("conf/env.cfg");
    edit(&env, |t| {
        t.replace("CONTAINER_FS_SIZE=50G", "CONTAINER_FS_SIZE=\"50G")
            .replace(
                "IMAGE_NAME_LIST=(\"docker-base\")",
                "# built with `podman build`\nIMAGE_NAME_LIST=(\"docker-base\")",
            )
    });
    let opens = line_of(&env, "CONTAINER_FS_SIZE=");
    // bash's own report is at the end of the file, far from the mistake.
    let bash = Command::new("bash")
        .arg("-n")
        .arg(&env)
        .output()
        .expect("bash");
    let bash_err = String::from_utf8_lossy(&bash.stderr);
    let bash_line: usize = bash_err
        .split("line ")
        .nth(1)
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .expect("bash names a line");
    assert!(
        bash_line > opens + 1,
        "bash points past the mistake (line {bash_line}, quote opens on {opens}): {bash_err}"
    );

    // A root prefix holding nothing: only the tree's own problems show.
    let empty_root = tempfile::tempdir().expect("temp dir");
    let root = empty_root.path().to_str().expect("utf-8");
    let out = xmake(tree.path(), &["--root", root, "check-config"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains(&format!(
            "conf/env.cfg:{opens}:19: error[envcfg::unterminated-quote]: this `\"` is never closed where its value ends: bash reads on into the assignment on line {}",
            line_of(&env, "IMAGE_DEPLOY_DIR=")
        )),
        "{text}"
    );
    assert_eq!(text.matches("error[").count(), 1, "only the cause:\n{text}");
    assert!(!text.contains("error[envcfg::missing-key]"), "{text}");
    assert!(
        !text.contains("error[envcfg::command-substitution]"),
        "{text}"
    );
    assert!(text.contains("not reported: "), "{text}");
    assert!(text.contains("`CONTAINER_FS_SIZE`"), "{text}");
    assert!(text.contains("command-substitution on line"), "{text}");
    assert!(text.contains(": 1 error in conf/env.cfg, "), "{text}");

    // The same through --lint, in every format's findings.
    let out = xmake(tree.path(), &["--lint", "--format=json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let codes: Vec<&str> = doc["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(codes, ["envcfg::unterminated-quote"]);
    assert_eq!(doc["diagnostics"][0]["line"], opens);
}

#[test]
fn a_quote_closed_on_a_later_line_without_an_assignment_is_a_multi_line_value() {
    // A quote that spans lines but swallows no assignment is a legitimate multi-line value;
    // an unterminated one at the end stays where it is.
    let tree = tree();
    let env = tree.path().join("conf/env.cfg");
    edit(&env, |t| {
        format!("{t}SITE_NOTE=\"first line\nsecond line\"\nLAST=\"open\n")
    });
    // A root prefix holding nothing: only the tree's own problems show.
    let empty_root = tempfile::tempdir().expect("temp dir");
    let root = empty_root.path().to_str().expect("utf-8");
    let out = xmake(tree.path(), &["--root", root, "check-config"]);
    let text = stdout(&out);
    let last = line_of(&env, "LAST=");
    assert!(
        text.contains(&format!(
            "conf/env.cfg:{last}:6: error[envcfg::unterminated-quote]: this `\"` is never closed\n"
        )),
        "{text}"
    );
}

#[test]
fn summaries_name_the_file_each_problem_is_in() {
    let tree = tree();
    let toml = tree
        .path()
        .join("scripts/controller/integrate-xspot/config/config.toml");
    edit(&toml, |t| {
        t.lines()
            .map(|l| {
                if l.starts_with("ami =") {
                    "ami = \"ami-XYZ\""
                } else {
                    l
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    });
    let rel = "scripts/controller/integrate-xspot/config/config.toml";
    // check-config also looks at this machine: its warnings (if any) are env.cfg's.
    let out = xmake(tree.path(), &["check-config"]);
    assert!(
        stdout(&out).contains(&format!(
            "checked conf/env.cfg and {rel}: 1 error in {rel}, "
        )),
        "{}",
        stdout(&out)
    );
    // A native target stopped by the settings says where, not `conf/env.cfg`.
    let out = xmake(tree.path(), &["-n", "image-folder"]);
    let all = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
    assert!(
        all.contains(&format!("image-folder: failed 1 error in {rel}, ")),
        "{all}"
    );
    assert!(!all.contains("failed conf/env.cfg"), "{all}");

    // Two files: each named with its count.
    let env = tree.path().join("conf/env.cfg");
    edit(&env, |t| {
        t.replace("CONTAINER_FS_SIZE=50G", "CONTAINER_FS_SIZE=50g")
    });
    let out = xmake(tree.path(), &["check-config"]);
    assert!(
        stdout(&out).contains(&format!(": 2 errors (1 in conf/env.cfg, 1 in {rel}), ")),
        "{}",
        stdout(&out)
    );
    let out = xmake(tree.path(), &["--lint"]);
    assert!(
        stdout(&out).ends_with(&format!(
            "lint: 2 errors (1 in conf/env.cfg, 1 in {rel}), 0 warnings\n"
        )),
        "{}",
        stdout(&out)
    );
}
