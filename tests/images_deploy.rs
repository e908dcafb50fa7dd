//! `deploy`'s image half (`targets::deploy_images`) alone on a real podman, through the
//! library's step runner: the first run saves every image with its
//! `.sha256` and switches `current`; a second run is `ok` with no mutating engine call; a
//! corrupted saved image is reported and left alone, and `current` is not switched to a
//! release that does not verify. (One test: the engine is chosen once per process.)

mod support;

use camino::Utf8PathBuf;
use support::built::{built_scenario, DEPLOY};
use support::engine::{podman, sha256sum};
use support::scenario::Scenario;
use xmake::adapters::root::Root;
use xmake::onboarding::engine::run_target;
use xmake::onboarding::mode::RunMode;
use xmake::onboarding::report::Printer;
use xmake::onboarding::site::SiteValues;
use xmake::onboarding::step::{Ctx, Status};
use xmake::onboarding::targets::deploy_images;
use xmake::onboarding::tree::Tree;
use xmake::onboarding::Options;

fn utf8(p: &std::path::Path) -> Utf8PathBuf {
    Utf8PathBuf::from_path_buf(p.to_owned()).unwrap()
}

/// Runs the image half; returns each step's status and the printed text.
fn run(s: &Scenario, dry_run: bool) -> (Vec<Status>, String) {
    let tree = Tree::discover(&utf8(&s.tree)).unwrap().unwrap();
    let site = SiteValues {
        remote_dir: "/nfs-apps/exostellar".into(),
        image_deploy_dir: "/nfs-apps/exostellar/images".into(),
        script_deploy_dir: "/nfs-apps/exostellar/scripts".into(),
        image_names: vec!["docker-base".into(), "img2:7.9".into()],
        ..SiteValues::default()
    };
    let mut options = Options::new(tree.dir.clone());
    options.root = Root::new(utf8(&s.root));
    options.mode = if dry_run {
        RunMode::DryRun
    } else {
        RunMode::Apply
    };
    let cx = Ctx {
        root: &options.root,
        tree: &tree,
        site: &site,
        options: &options,
        stamp: "20260101T000000Z".into(),
        confirmed: None,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let mut printer = Printer {
        out: &mut out,
        err: &mut err,
        json: false,
        color: false,
        dry_run,
        quiet: false,
        verbose: false,
    };
    let report = run_target(&deploy_images::target(), &cx, &mut printer);
    let statuses = report.steps.iter().map(|s| s.status).collect();
    (statuses, String::from_utf8_lossy(&out).into_owned())
}

#[test]
fn saves_verifies_switches_current_then_changes_nothing() {
    let pm = podman();
    // The only test in this binary, before any thread reads the variable.
    std::env::set_var("XMAKE_CONTAINER_ENGINE", &pm.wrapper);
    let s = built_scenario(&pm);
    let deploy = s.path(DEPLOY);

    pm.clear_log();
    let (statuses, text) = run(&s, true);
    assert_eq!(statuses, vec![Status::Changed, Status::Changed], "{text}");
    assert!(text.contains(" save --output "), "{text}");
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    assert!(!deploy.join("current").exists());

    let (statuses, text) = run(&s, false);
    assert_eq!(statuses, vec![Status::Changed, Status::Changed], "{text}");
    for file in ["docker-base_latest.tar", "img2_7.9.tar"] {
        let saved = deploy.join("2.4.1").join(file);
        assert_eq!(
            std::fs::read_to_string(deploy.join("2.4.1").join(format!("{file}.sha256"))).unwrap(),
            format!("{}  {file}\n", sha256sum(&saved))
        );
    }
    assert_eq!(
        std::fs::read_link(deploy.join("current")).unwrap(),
        std::path::PathBuf::from("2.4.1")
    );

    pm.clear_log();
    let (statuses, text) = run(&s, false);
    assert_eq!(statuses, vec![Status::Ok, Status::Ok], "{text}");
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());

    // A corrupted saved image: reported with both checksums, not overwritten.
    let saved = deploy.join("2.4.1/img2_7.9.tar");
    let expected = sha256sum(&saved);
    let mut bytes = std::fs::read(&saved).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    std::fs::write(&saved, &bytes).unwrap();
    let actual = sha256sum(&saved);
    pm.clear_log();
    let (statuses, text) = run(&s, false);
    assert_eq!(statuses, vec![Status::Failed], "{text}");
    assert!(
        text.contains("/nfs-apps/exostellar/images/2.4.1/img2_7.9.tar: checksum mismatch"),
        "{text}"
    );
    assert!(text.contains(&expected) && text.contains(&actual), "{text}");
    assert_eq!(std::fs::read(&saved).unwrap(), bytes);
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());

    // current is not switched to a release whose base does not verify.
    bytes[mid] ^= 1;
    std::fs::write(&saved, &bytes).unwrap();
    std::fs::remove_file(deploy.join("current")).unwrap();
    std::fs::write(deploy.join("2.4.1/base.tar"), b"damaged").unwrap();
    let (statuses, text) = run(&s, false);
    assert_eq!(statuses, vec![Status::Ok, Status::Failed], "{text}");
    assert!(text.contains("current stays at (none)"), "{text}");
    assert!(std::fs::symlink_metadata(deploy.join("current")).is_err());
}
