//! README's first command, `bash fixtures/demo/upgrade.sh`, as a newcomer runs it: it ends
//! with the upgrade runbook's recap, every target done, and exit 0 (podman is installed by
//! `.ci/setup`; without it the demo prints the plan, which this test does not accept).

use std::process::Command;

#[test]
fn the_demo_upgrades_the_example_tree_in_a_scratch_root() {
    let out = Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/demo/upgrade.sh"
        ))
        .env("XMAKE_BIN", env!("CARGO_BIN_EXE_xmake"))
        .env_remove("CI")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let root = text
        .lines()
        .find_map(|l| l.strip_prefix("== the node after it: "))
        .and_then(|l| l.split(' ').next())
        .map(str::to_owned);
    if let Some(root) = &root {
        let _ = std::fs::remove_dir_all(root);
    }
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("== xmake --runbook=upgrade"), "{text}");
    assert!(
        text.contains("runbook: ok=10 changed=13 skipped=0 failed=0"),
        "{text}"
    );
    assert!(root.is_some_and(|r| r.contains("xmake-demo.")), "{text}");
}
