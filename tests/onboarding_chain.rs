//! A Makefile prerequisite chain that mixes native and recipe targets: the Makefile engine
//! updates prerequisites in GNU make's order and runs the native ones natively (through
//! `make::native::NativeTargets`), with `-n`, failures and `--no-native` behaving as for
//! any recipe. `--root` cannot confine a recipe, so these runs go without it, on a tree whose
//! env.cfg names directories inside the scratch root.

mod support;

use support::scenario::{stderr, stdout, Scenario};

/// Runs xmake without `--root` (it refuses recipes): the tree's env.cfg names directories
/// inside the scratch root, so native targets and recipes both stay inside it.
fn xmake(s: &Scenario, args: &[&str]) -> std::process::Output {
    s.xmake_unconfined(args)
}

/// The full tree with a `release` target whose prerequisite is native, and a `publish`
/// target whose native prerequisite fails (see [`failing`]).
fn chained() -> Scenario {
    let s = Scenario::new("full").with_absolute_remote_dir();
    let makefile = s.tree.join("Makefile");
    let mut text = std::fs::read_to_string(&makefile).unwrap();
    text.push_str("\nrelease: image-folder\n\t@echo released\n");
    text.push_str("\npublish: image-folder\n\t@echo published\n");
    std::fs::write(&makefile, text).unwrap();
    s
}

/// [`chained`], with `IMAGE_DEPLOY_DIR` under a missing parent: `image-folder` fails its
/// preconditions.
fn failing() -> Scenario {
    let s = chained();
    s.edit_env_cfg(
        "IMAGE_DEPLOY_DIR=${REMOTE_DIR}/images",
        "IMAGE_DEPLOY_DIR=${REMOTE_DIR}/unmounted/images",
    );
    s
}

#[test]
fn root_with_a_recipe_goal_is_refused_before_anything_runs() {
    let s = chained();
    let before = s.state(true);
    let out = s.xmake(&["release"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("refusing to run the Makefile for release"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&out), "");
    assert_eq!(before, s.state(true));
}

#[test]
fn a_native_prerequisite_runs_natively_before_the_recipe() {
    let s = chained();
    let out = xmake(&s, &["release"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    let native = text.find("image-folder: native").expect(&text);
    let recipe = text.find("released").expect(&text);
    assert!(native < recipe, "{text}");
    assert!(s.path("nfs-apps/exostellar/images/2.4.1").is_dir());
}

#[test]
fn dry_run_shows_the_native_plan_and_changes_nothing() {
    let s = chained();
    let before = s.state(true);
    let out = xmake(&s, &["-n", "release"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(text.contains("dry run: nothing will be changed"), "{text}");
    assert!(text.contains("echo released"), "{text}");
    assert_eq!(before, s.state(true));
}

#[test]
fn a_failed_native_prerequisite_stops_the_chain_like_a_failed_recipe() {
    let s = failing();
    let out = xmake(&s, &["publish"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!stdout(&out).contains("published"), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("*** [image-folder] Error 2"),
        "{}",
        stderr(&out)
    );
    let out = xmake(&s, &["-k", "publish"]);
    assert!(
        stderr(&out).contains("Target 'publish' not remade because of errors."),
        "{}",
        stderr(&out)
    );
}

#[test]
fn no_native_runs_the_prerequisites_recipe_instead() {
    let s = chained();
    let out = xmake(&s, &["--no-native", "release"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}{}", stderr(&out));
    assert!(!text.contains("image-folder: native"), "{text}");
    assert!(text.contains("released"), "{text}");
    assert!(s.path("nfs-apps/exostellar/images/2.4.1").is_dir());
}
