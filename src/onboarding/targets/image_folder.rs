//! `image-folder`: create `${IMAGE_DEPLOY_DIR}/<release>/` for the new release. Other
//! releases' folders are never looked into, let alone changed. Runs under the lock beside
//! `IMAGE_DEPLOY_DIR` that later image targets share. Both folders are used by their real
//! paths, which must be under the root prefix.

use camino::{Utf8Path, Utf8PathBuf};

use crate::onboarding::action::Action;
use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

pub fn target() -> Target {
    Target {
        name: "image-folder",
        preconditions,
        shared_locks: |cx| vec![super::image_lock(cx)],
        read_only: false,
        overwrites: None,
        steps: vec![
            Step {
                name: "image-deploy-dir",
                plan: plan_deploy_dir,
                bounds: |cx| mkdir_only(cx.path(&cx.site.image_deploy_dir)),
                rules: crate::onboarding::rules::none,
            },
            Step {
                name: "release-dir",
                plan: plan_release_dir,
                bounds: |cx| mkdir_only(cx.path(cx.site.image_deploy_dir.join(&cx.tree.release))),
                rules: crate::onboarding::rules::none,
            },
        ],
    }
}

/// A folder's real path (after symlinks), which must be under the root prefix and not the
/// root itself.
fn real(cx: &Ctx, node: &Utf8Path) -> Result<Utf8PathBuf, String> {
    let path = cx
        .root
        .confine(node)
        .map_err(|e| format!("IMAGE_DEPLOY_DIR: {e}; nothing was changed"))?;
    if crate::adapters::realpath::resolve(cx.root.dir()).is_ok_and(|root| root == path) {
        return Err(format!(
            "IMAGE_DEPLOY_DIR {node} is the root directory; nothing was changed"
        ));
    }
    Ok(path)
}

fn preconditions(cx: &Ctx) -> Result<(), String> {
    super::check_remote_dir(cx)?;
    super::check_parent(cx, &cx.site.image_deploy_dir)?;
    real(cx, &cx.site.image_deploy_dir)?;
    real(cx, &cx.site.image_deploy_dir.join(&cx.tree.release)).map(|_| ())
}

fn plan_dir(cx: &Ctx, node: &Utf8Path) -> Outcome {
    let path = match real(cx, node) {
        Ok(path) => path,
        Err(why) => return Outcome::failed(why),
    };
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
