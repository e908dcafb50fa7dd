//! `xmake --list` describes every target in one line, through the real executable: native
//! targets by their own description (in a tree), recipe targets by the comment styles
//! Makefiles use (`target: ## text`, `#: text` above, a comment block right above), with
//! `_`- and `.`-prefixed targets left out; `--format=json` carries the same descriptions.
//! Snapshots of both forms.

mod support;

use support::files::{copy_dir, repo};
use support::lint::xmake;

use serde_json::Value;

/// The full tree with site targets in every comment style appended to its Makefile.
const SITE_TARGETS: &str = "
# Site additions.

site-backup: ## copy the tree to the backup share
\t@echo backup

#: print the release this tree carries
show-release:
\t@cat version

# Remove the scratch files that site scripts leave behind.
# Safe to run at any time.
clean-scratch: _scratch-dir
\t@rm -rf scratch

_scratch-dir:
\t@mkdir -p scratch

.site-hidden:
\t@true

undocumented:
\t@true

deploy: ## a site comment on a native target does not replace its own description
";

fn described_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&repo().join("fixtures/trees/full"), dir.path());
    let makefile = dir.path().join("Makefile");
    let text = std::fs::read_to_string(&makefile).expect("read");
    std::fs::write(&makefile, text + SITE_TARGETS).expect("write");
    dir
}

#[test]
fn every_target_is_described_in_one_line() {
    let tree = described_tree();
    let out = xmake(tree.path(), &["--list"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for hidden in ["_scratch-dir", ".site-hidden"] {
        assert!(!text.contains(hidden), "{hidden} listed:\n{text}");
    }
    let line = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("{name} not listed:\n{text}"))
            .to_owned()
    };
    assert!(line("site-backup").ends_with("  copy the tree to the backup share"));
    assert!(line("show-release").ends_with("  print the release this tree carries"));
    assert!(line("clean-scratch")
        .ends_with("  Remove the scratch files that site scripts leave behind."));
    assert!(
        line("undocumented").ends_with(|c: char| c.is_ascii_digit()),
        "nothing describes it: the line ends with its place"
    );
    assert!(line("deploy")
        .ends_with("  save the images and snapshot the tree into the shared deploy folders"));
    insta::assert_snapshot!("list_described_text", text);

    let out = xmake(tree.path(), &["--list", "--format=json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let targets = doc["targets"].as_array().expect("targets");
    let get = |name: &str| {
        targets
            .iter()
            .find(|t| t["name"] == name)
            .unwrap_or_else(|| panic!("{name}"))
            .clone()
    };
    assert_eq!(
        get("site-backup")["description"],
        "copy the tree to the backup share"
    );
    assert_eq!(get("undocumented")["description"], Value::Null);
    assert_eq!(
        get("check-config")["description"],
        "check conf/env.cfg and config.toml, every problem at once"
    );
    assert!(targets.iter().all(|t| {
        let name = t["name"].as_str().unwrap_or("");
        !name.starts_with('_') && !name.starts_with('.')
    }));
    insta::assert_snapshot!("list_described_json", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn outside_a_tree_native_names_are_described_by_their_comments() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("Makefile"),
        "deploy: ## copy the program to /opt\n\tcp prog /opt\n\n#: build it\nprog:\n\tcc -o prog main.c\n",
    )
    .expect("write");
    let out = xmake(dir.path(), &["--list"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "deploy  recipe         Makefile:1  copy the program to /opt\nprog    recipe         Makefile:5  build it\n"
    );
}
