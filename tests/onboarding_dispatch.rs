//! `onboarding::dispatch` at library level: which goals run natively and which are left to the
//! Makefile engine, and that a settings error stops every target before it changes anything.

mod support;

use std::sync::Arc;

use camino::Utf8PathBuf;
use support::scenario::Scenario;
use xmake::adapters::root::Root;
use xmake::onboarding::dispatch::dispatch_to;
use xmake::onboarding::site::{Fixed, SiteSource, SiteValues};
use xmake::onboarding::{Dispatch, Format, NotNative, Options};

fn options(s: &Scenario) -> Options {
    let mut o = Options::new(Utf8PathBuf::from_path_buf(s.tree.clone()).unwrap());
    o.root = Root::new(Utf8PathBuf::from_path_buf(s.root.clone()).unwrap());
    o.native = true;
    o.color = false;
    o
}

fn values() -> Arc<dyn SiteSource> {
    Arc::new(Fixed(SiteValues {
        remote_dir: "/nfs-apps/exostellar".into(),
        image_deploy_dir: "/nfs-apps/exostellar/img".into(),
        script_deploy_dir: "/nfs-apps/exostellar/snap".into(),
        image_names: Vec::new(),
        ..SiteValues::default()
    }))
}

fn run(goals: &[&str], o: &Options, source: &Arc<dyn SiteSource>) -> (Dispatch, String, String) {
    let goals: Vec<String> = goals.iter().map(|g| (*g).to_owned()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let d = dispatch_to(&goals, o, source, &mut out, &mut err);
    (
        d,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn goals_are_native_only_in_a_tree_when_all_are_known() {
    let s = Scenario::new("full");
    let o = options(&s);
    let src = values();
    assert_eq!(
        run(&[], &o, &src).0,
        Dispatch::NotNative(NotNative::NoGoals)
    );
    assert_eq!(
        run(&["image-folder", "help"], &o, &src).0,
        Dispatch::NotNative(NotNative::UnknownTarget("help".into()))
    );
    let mut off = o.clone();
    off.native = false;
    assert_eq!(
        run(&["image-folder"], &off, &src).0,
        Dispatch::NotNative(NotNative::Disabled)
    );
    let mut with_vars = o.clone();
    with_vars.command_line_variables = vec!["ROOT".into()];
    assert_eq!(
        run(&["image-folder"], &with_vars, &src).0,
        Dispatch::NotNative(NotNative::Variables(vec!["ROOT".into()]))
    );
    let mut elsewhere = o.clone();
    elsewhere.dir = Utf8PathBuf::from_path_buf(s.root.clone()).unwrap();
    assert_eq!(
        run(&["image-folder"], &elsewhere, &src).0,
        Dispatch::NotNative(NotNative::NotATree)
    );
    assert!(!s.path("nfs-apps/exostellar/img").exists());
}

#[test]
fn a_known_target_in_a_tree_runs_natively_with_the_given_settings() {
    let s = Scenario::new("full");
    let mut o = options(&s);
    o.format = Format::Json;
    let (d, out, _) = run(&["image-folder"], &o, &values());
    assert_eq!(d, Dispatch::Ran(0));
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["summary"]["changed"], 2);
    assert!(s.path("nfs-apps/exostellar/img/2.4.1").is_dir());
}

#[test]
fn xmake_native_0_turns_native_mode_off() {
    // Options::new reads the environment; run in a child to keep this process's env intact.
    // `-n`: the recipe is only printed, so nothing outside the test can change.
    let run = |native: Option<&str>| {
        let mut run = support::run::Xmake::new()
            .dir(support::files::repo().join("fixtures/trees/full"))
            .args(["-n", "image-folder"]);
        if let Some(v) = native {
            run = run.env("XMAKE_NATIVE", v);
        }
        String::from_utf8_lossy(&run.output().stdout).into_owned()
    };
    let recipe = run(Some("0"));
    assert!(
        recipe.contains("bash scripts/make/image-folder.sh"),
        "{recipe}"
    );
    let native = run(None);
    assert!(native.contains("image-folder: native"), "{native}");
}

struct Broken;

impl SiteSource for Broken {
    fn load(&self, _: &camino::Utf8Path, _: &Root) -> xmake::onboarding::site::Site {
        let mut site = xmake::onboarding::site::Site::default();
        site.report.push(xmake::diag::Diagnostic::error(
            "envcfg::relative-remote-dir",
            "REMOTE_DIR is not absolute",
        ));
        site
    }
}

#[test]
fn a_settings_error_stops_every_target_before_any_change() {
    let s = Scenario::new("full").with_etc_xspot();
    let o = options(&s);
    let before = s.state(true);
    let src: Arc<dyn SiteSource> = Arc::new(Broken);
    let (d, out, err) = run(&["image-folder", "deploy"], &o, &src);
    assert_eq!(d, Dispatch::Ran(2));
    assert!(err.contains("error[envcfg::relative-remote-dir]"), "{err}");
    assert!(out.contains("nothing was changed"), "{out}");
    assert!(
        !out.contains("deploy:"),
        "stops at the first failed target: {out}"
    );
    assert!(before == s.state(true));
}

#[test]
fn the_preview_is_coloured_when_asked_and_plain_otherwise() {
    let s = Scenario::new("full").with_etc_xspot().with_admin_edits();
    let mut o = options(&s);
    let src = values();
    o.color = true;
    let (_, coloured, _) = run(&["sync-config-preview"], &o, &src);
    assert!(
        coloured.contains("\x1b[32m+ami = \"ami-0fedcba9876543210\""),
        "{coloured}"
    );
    o.color = false;
    let (_, plain, _) = run(&["sync-config-preview"], &o, &src);
    assert!(!plain.contains('\x1b'));
    assert!(
        plain.contains("\n+ami = \"ami-0fedcba9876543210\""),
        "{plain}"
    );
}
