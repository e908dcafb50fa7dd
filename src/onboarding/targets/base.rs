//! `base`: fill `${IMAGE_DEPLOY_DIR}/<release>/` with the base snapshot by copying
//! `current`'s `base.tar` (the release in production), checked against its `.sha256` before
//! and while copying, resuming a partial copy, and verified after writing; the copy's
//! `.sha256` is written before it is renamed into place. `ok` when a copy that verifies is
//! already there. A base that does not verify (the source, or an existing copy) is reported
//! with its file, expected and actual checksums, and is never used or overwritten.
//! With no `current` (a first install), the node's root filesystem (under `--root`) is
//! snapshotted with tar instead, leaving out what [`exclude`] lists. `new-base` snapshots even
//! when a base exists; the old one stays in place until the new one is whole. Both run under
//! the lock beside `IMAGE_DEPLOY_DIR`.

use camino::Utf8PathBuf;

use crate::adapters::checksum::{self, ChecksumError};
use crate::onboarding::action::Action;
use crate::onboarding::images::{current, exclude, names};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

pub fn target() -> Target {
    with_step("base", plan_base)
}

/// `new-base`: a fresh snapshot of the root filesystem, even when a base exists.
pub fn new_base_target() -> Target {
    with_step("new-base", plan_snapshot)
}

fn with_step(name: &'static str, plan: fn(&Ctx) -> Outcome) -> Target {
    Target {
        name,
        preconditions,
        shared_locks: |cx| vec![super::image_lock(cx)],
        read_only: false,
        overwrites: None,
        steps: vec![Step {
            name: "base-snapshot",
            plan,
            bounds: super::image_bounds::base,
            rules: crate::onboarding::rules::none,
        }],
    }
}

fn dest(cx: &Ctx) -> Utf8PathBuf {
    deploy_dir(cx).join(&cx.tree.release).join(names::BASE_TAR)
}

fn plan_snapshot(cx: &Ctx) -> Outcome {
    let dest = dest(cx);
    let exclude = exclude::paths(cx);
    Outcome::changed(
        format!(
            "snapshot the root filesystem to {} (without {})",
            cx.root.display(&dest),
            exclude
                .iter()
                .map(|p| p.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        vec![Action::Snapshot {
            root: cx.root.dir().to_owned(),
            exclude,
            to: dest,
        }],
    )
}

fn deploy_dir(cx: &Ctx) -> Utf8PathBuf {
    cx.path(&cx.site.image_deploy_dir)
}

fn preconditions(cx: &Ctx) -> Result<(), String> {
    super::check_remote_dir(cx)?;
    let node = cx.site.image_deploy_dir.join(&cx.tree.release);
    match std::fs::symlink_metadata(cx.path(&node)) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(format!(
            "{node} is not a directory (xmake does not follow a link there); nothing was changed"
        )),
        Err(_) => Err(format!(
            "{node} does not exist: run `make image-folder` first; nothing was changed"
        )),
    }
}

fn plan_base(cx: &Ctx) -> Outcome {
    let deploy = deploy_dir(cx);
    let release = &cx.tree.release;
    let dest = dest(cx);
    let shown = cx.root.display(&dest);
    if std::fs::symlink_metadata(&dest).is_ok() {
        return match checksum::verify(&dest) {
            Ok((_, sum)) => Outcome::ok(format!("{shown} verifies (sha256 {sum})")),
            Err(ChecksumError::Missing { .. }) => Outcome::failed(format!(
                "{shown} exists without a usable {shown}.sha256: xmake did not make it; move it away; nothing was changed"
            )),
            Err(e) => Outcome::failed(format!(
                "{}; it is neither used nor overwritten: move it away; nothing was changed",
                shown_error(cx, &e)
            )),
        };
    }
    let from = match current::release(&deploy) {
        Ok(Some(cur)) if cur != *release => deploy.join(cur).join(names::BASE_TAR),
        // A first install (or `current` is this release and has no base): snapshot the node.
        Ok(_) => return plan_snapshot(cx),
        Err(why) => return Outcome::failed(format!("{why}; nothing was changed")),
    };
    match checksum::verify(&from) {
        // `current` has no base (only a file that is there and fails its check is an error).
        Err(ChecksumError::Missing { file, .. }) if file == from => plan_snapshot(cx),
        Ok((_, sum)) => Outcome::changed(
            format!("copy {} (sha256 {sum}) to {shown}", cx.root.display(&from)),
            vec![Action::CopyVerified {
                from,
                to: dest,
                sha256: sum,
            }],
        ),
        Err(e) => Outcome::failed(format!(
            "{}; it was not used; nothing was changed",
            shown_error(cx, &e)
        )),
    }
}

/// A checksum error with its file as the node names it.
pub(super) fn shown_error(cx: &Ctx, e: &ChecksumError) -> String {
    let file = e.file();
    e.to_string()
        .replacen(file.as_str(), cx.root.display(file).as_str(), 1)
}
