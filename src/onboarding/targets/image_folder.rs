//! `image-folder`: create `${IMAGE_DEPLOY_DIR}/<release>/` for the new release. Other
//! releases' folders are never looked into, let alone changed. Runs under the lock beside
//! `IMAGE_DEPLOY_DIR` that later image targets share.

use crate::onboarding::action::Action;
use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

pub fn target() -> Target {
    Target {
        name: "image-folder",
        preconditions,
        shared_lock: Some(|cx| super::lock_beside(&cx.path(&cx.site.image_deploy_dir))),
        read_only: false,
        steps: vec![
            Step {
                name: "image-deploy-dir",
                plan: plan_deploy_dir,
                bounds: |cx| mkdir_only(cx.path(&cx.site.image_deploy_dir)),
            },
            Step {
                name: "release-dir",
                plan: plan_release_dir,
                bounds: |cx| mkdir_only(cx.path(cx.site.image_deploy_dir.join(&cx.tree.release))),
            },
        ],
    }
}

fn preconditions(cx: &Ctx) -> Result<(), String> {
    super::check_remote_dir(cx)?;
    super::check_parent(cx, &cx.site.image_deploy_dir)
}

fn plan_dir(cx: &Ctx, node: &camino::Utf8Path) -> Outcome {
    let path = cx.path(node);
    match std::fs::symlink_metadata(&path) {
        Ok(_) if path.is_dir() => Outcome::ok(format!("{node} exists")),
        Ok(_) => Outcome::failed(format!("{node} exists and is not a directory")),
        Err(_) => Outcome::changed(
            format!("create {node}"),
            vec![Action::CreateDirAll { path }],
        ),
    }
}

fn plan_deploy_dir(cx: &Ctx) -> Outcome {
    plan_dir(cx, &cx.site.image_deploy_dir)
}

fn plan_release_dir(cx: &Ctx) -> Outcome {
    plan_dir(cx, &cx.site.image_deploy_dir.join(&cx.tree.release))
}

/// A step that only makes the directory `dir` itself.
fn mkdir_only(dir: camino::Utf8PathBuf) -> Vec<Bound> {
    vec![Bound::new(Kind::CreateDirAll, dir, Reach::Itself)]
}
