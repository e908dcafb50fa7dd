//! What an admin sees from the native targets, as `insta` snapshots (tests/snapshots/):
//! plans under `-n` (text and JSON), the recap of a real run and of a second run that has
//! nothing to do, `sync-config-preview`'s diff of an edited `/etc/xspot`, `sync-config`'s plan
//! and the upgrade runbook's plan. Paths, host name and timestamps are redacted
//! (`onboarding_common/builder.rs`), so the snapshots hold on any machine; a change in the
//! output shows up in review as a changed `.snap` file (`cargo insta review`).

mod support;

use support::run::Ran;
use support::scenario::Scenario;

/// stdout, then stderr when there is any: what the admin's terminal shows.
fn screen(ran: &Ran) -> String {
    if ran.stderr.is_empty() {
        ran.stdout.clone()
    } else {
        format!("{}--- stderr ---\n{}", ran.stdout, ran.stderr)
    }
}

/// stdout parsed as JSON and printed again with sorted keys, stderr left out.
fn json(ran: &Ran) -> String {
    let doc: serde_json::Value = serde_json::from_str(&ran.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", ran.stdout, ran.stderr));
    serde_json::to_string_pretty(&doc).unwrap()
}

#[test]
fn image_folder_plan() {
    let s = Scenario::new("full");
    let ran = s.builder().args(["-n", "image-folder"]).run().status(0);
    insta::assert_snapshot!("image_folder_plan", screen(&ran));
}

#[test]
fn deploy_plan_text_and_json() {
    let s = Scenario::new("full");
    let text = s.builder().args(["-n", "deploy"]).run().status(0);
    insta::assert_snapshot!("deploy_plan", screen(&text));
    let doc = s
        .builder()
        .args(["--format=json", "-n", "deploy"])
        .run()
        .status(0);
    insta::assert_snapshot!("deploy_plan_json", json(&doc));
}

#[test]
fn image_folder_recap_then_nothing_to_do() {
    let s = Scenario::new("full");
    let first = s.builder().args(["image-folder"]).run().status(0);
    assert!(s.path("nfs-apps/exostellar/images/2.4.1").is_dir());
    insta::assert_snapshot!("image_folder_recap", screen(&first));
    let again = s
        .builder()
        .args(["--format=json", "image-folder"])
        .run()
        .status(0);
    insta::assert_snapshot!("image_folder_again_json", json(&again));
}

#[test]
fn sync_config_preview_diff() {
    let s = Scenario::new("full").with_etc_xspot().with_admin_edits();
    let ran = s.builder().args(["sync-config-preview"]).run();
    insta::assert_snapshot!("sync_config_preview", screen(&ran));
    let doc = s
        .builder()
        .args(["--format=json", "sync-config-preview"])
        .run();
    insta::assert_snapshot!("sync_config_preview_json", json(&doc));
}

#[test]
fn sync_config_plan() {
    let s = Scenario::new("full").with_etc_xspot().with_admin_edits();
    let ran = s.builder().args(["-n", "sync-config"]).run().status(0);
    insta::assert_snapshot!("sync_config_plan", screen(&ran));
}

#[test]
fn upgrade_runbook_plan() {
    let s = Scenario::new("full");
    let pm = support::engine::podman();
    let ran = s
        .builder()
        .args(["-n", "--runbook=upgrade"])
        .fake_bin()
        .env("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())
        .run()
        .status(0);
    let text = screen(&ran).replace(&pm.dir.display().to_string(), "[ENGINE]");
    insta::assert_snapshot!("upgrade_runbook_plan", text);
}
