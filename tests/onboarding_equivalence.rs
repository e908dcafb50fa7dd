//! Native run versus the tree's own Makefile recipe, run both by GNU make (the legacy path) and
//! by xmake's engine (`--no-native`): on identical roots, each target leaves identical end
//! states (contents, modes, symlinks; xmake's own `.xmake/` state and lock files aside). The native
//! side runs with `--yes`: the recipe never asks before overwriting, the native target would.

mod support;

use std::process::Command;

use support::scenario::{state_diff, stderr, stdout, Scenario};

fn assert_equivalent(tree: &str, target: &str, prepare: impl Fn(Scenario) -> Scenario) {
    let native = prepare(Scenario::new(tree));
    let recipe = prepare(Scenario::new(tree));
    let ours = prepare(Scenario::new(tree));
    assert_eq!(
        native.state(false),
        recipe.state(false),
        "roots differ before the run"
    );
    assert_eq!(
        ours.state(false),
        recipe.state(false),
        "roots differ before the run"
    );
    let out = native.xmake(&["--yes", target]);
    assert!(
        out.status.success(),
        "native {target}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    let out = recipe.make(target);
    assert!(
        out.status.success(),
        "make {target}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    let out = ours.xmake_recipe(target);
    assert!(
        out.status.success(),
        "xmake --no-native {target}: {}{}",
        stdout(&out),
        stderr(&out)
    );
    let (a, b, c) = (native.state(false), recipe.state(false), ours.state(false));
    assert!(
        a == b,
        "{tree}: native and recipe {target} differ (- native, + recipe):\n{}",
        state_diff(&a, &b)
    );
    assert!(
        c == b,
        "{tree}: xmake --no-native and GNU make {target} differ (- xmake, + make):\n{}",
        state_diff(&c, &b)
    );
}

fn controller(s: Scenario) -> Scenario {
    s.with_etc_xspot().with_admin_edits()
}

#[test]
fn image_folder_matches_the_recipe() {
    for tree in ["full", "minimal", "legacy-config-path"] {
        assert_equivalent(tree, "image-folder", |s| s);
    }
}

#[test]
fn sync_config_preview_matches_the_recipe() {
    for tree in ["full", "legacy-config-path"] {
        assert_equivalent(tree, "sync-config-preview", controller);
    }
}

#[test]
fn sync_config_matches_the_recipe() {
    for tree in ["full", "non-systemd", "legacy-config-path"] {
        assert_equivalent(tree, "sync-config", controller);
    }
}

#[test]
fn deploy_matches_the_recipe() {
    for tree in ["full", "minimal", "non-systemd", "legacy-config-path"] {
        assert_equivalent(tree, "deploy", controller);
    }
}

#[test]
fn deploy_after_a_change_matches_the_recipe() {
    assert_equivalent("full", "deploy", |s| {
        let s = controller(s);
        let out = s.make("deploy");
        assert!(out.status.success(), "{}", stderr(&out));
        std::fs::write(s.tree.join("conf/site.note"), "changed\n").unwrap();
        s
    });
}

/// `controller` natively and by its recipe, with the stand-ins of `fixtures/fake-bin` (rpm, yum,
/// systemctl) first on `PATH`: the same packages, the same `/etc/xspot`, the same unit, the
/// unit enabled. By design the native run also keeps its node state (`/var/lib/xmake`: the
/// record of what it installed, its lock), left out of the comparison.
#[test]
fn controller_matches_the_recipe() {
    let fake_bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin");
    let path = format!(
        "{}:{}",
        fake_bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for tree in ["full", "non-systemd"] {
        let prepare = |s: Scenario| {
            std::fs::create_dir_all(s.path("etc/systemd/system")).unwrap();
            s
        };
        let native = prepare(Scenario::new(tree));
        let recipe = prepare(Scenario::new(tree));
        let ours = prepare(Scenario::new(tree));
        let root_env = |s: &Scenario| s.root.to_str().unwrap().to_owned();
        let out = native.xmake_env(
            &["controller"],
            &[("PATH", &path), ("ROOT", &root_env(&native))],
        );
        assert!(
            out.status.success(),
            "native: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let out = recipe.recipe_env("/usr/bin/make", &["controller"], &[("PATH", &path)]);
        assert!(
            out.status.success(),
            "make: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let out = ours.recipe_env(
            support::run::exe(),
            &["--no-native", "controller"],
            &[("PATH", &path)],
        );
        assert!(
            out.status.success(),
            "xmake --no-native: {}{}",
            stdout(&out),
            stderr(&out)
        );
        let strip = |s: &Scenario| {
            let mut state = s.state(false);
            state.retain(|k, _| !k.starts_with("var/lib/xmake"));
            state
        };
        let (a, b, c) = (strip(&native), strip(&recipe), strip(&ours));
        assert!(
            a == b,
            "{tree}: native and recipe controller differ (- native, + recipe):\n{}",
            state_diff(&a, &b)
        );
        assert!(
            c == b,
            "{tree}: xmake --no-native and make differ:\n{}",
            state_diff(&c, &b)
        );
    }
}

/// `base` when the release in production (`current`) has a base: natively (a verified,
/// resumable copy) and by the recipe (`cp`), the new release holds the same `base.tar` and
/// `base.tar.sha256`.
#[test]
fn base_copied_from_current_matches_the_recipe() {
    assert_equivalent("full", "base", |s| {
        let images = s.path("nfs-apps/exostellar/images");
        let old = images.join("2.4.0");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::create_dir_all(images.join("2.4.1")).unwrap();
        let bytes: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
        std::fs::write(old.join("base.tar"), &bytes).unwrap();
        let sum = Command::new("sha256sum")
            .arg("base.tar")
            .current_dir(&old)
            .output()
            .unwrap();
        std::fs::write(old.join("base.tar.sha256"), sum.stdout).unwrap();
        std::os::unix::fs::symlink("2.4.0", images.join("current")).unwrap();
        s
    });
}
