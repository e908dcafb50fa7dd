//! `deploy`, its image half: save every built `IMAGE_NAME_LIST` image to
//! `${IMAGE_DEPLOY_DIR}/<release>/<file>.tar` with its `.sha256` (read back after writing),
//! then switch `current` to the release only when the whole release verifies (the base and
//! every saved image, each saved image holding the engine's image id). `ok` when the saved
//! copies already hold the engine's image ids and verify. A saved copy that does not verify is
//! reported (file, expected, actual) and never overwritten silently.
//!
//! `deploy` runs [`save_step`] before its tree snapshot and [`current_step`] after it, when the
//! release has a base in `${IMAGE_DEPLOY_DIR}` ([`wanted`]); [`target`] runs this half alone.

use camino::Utf8PathBuf;

use crate::adapters::checksum::{self, ChecksumError};
use crate::adapters::engine::{bare_id, saved_image_id, Engine, EngineCall};
use crate::onboarding::action::Action;
use crate::onboarding::images::{current, names};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

/// The image half alone, under the lock beside `IMAGE_DEPLOY_DIR`.
pub fn target() -> Target {
    Target {
        name: "deploy",
        preconditions,
        shared_locks: |cx| vec![super::image_lock(cx)],
        read_only: false,
        overwrites: None,
        steps: steps(),
    }
}

/// `save-images`, then `current`.
pub fn steps() -> Vec<Step> {
    vec![save_step(), current_step()]
}

/// Saves every built image of the release (`ok` without a base: see [`wanted`]).
pub fn save_step() -> Step {
    Step {
        name: "save-images",
        plan: plan_save,
        bounds: super::image_bounds::deploy,
        rules: crate::onboarding::rules::none,
    }
}

/// Points `current` at the release once it all verifies (`ok` without a base).
pub fn current_step() -> Step {
    Step {
        name: "current",
        plan: plan_current,
        bounds: super::image_bounds::deploy,
        rules: crate::onboarding::rules::none,
    }
}

/// Whether this node made the release's images: `${IMAGE_DEPLOY_DIR}/<release>/` is a real
/// directory holding `base.tar.sha256` (written by `base` once the base verified). Without it
/// there is nothing to save, and `deploy` deploys the tree only.
pub fn wanted(cx: &Ctx) -> bool {
    let dir = release_dir(cx);
    std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir())
        && std::fs::symlink_metadata(dir.join(names::BASE_SHA256)).is_ok_and(|m| m.is_file())
}

/// The `ok` of a step with no images to handle.
fn not_wanted(cx: &Ctx) -> Outcome {
    Outcome::ok(format!(
        "no images: {} has no {} (run `make image-folder base build-image` for the image half)",
        cx.site.image_deploy_dir.join(&cx.tree.release),
        names::BASE_SHA256
    ))
}

/// The image half's preconditions, when it has work: see [`wanted`].
pub fn preconditions_if_wanted(cx: &Ctx) -> Result<(), String> {
    if wanted(cx) {
        preconditions(cx)
    } else {
        Ok(())
    }
}

pub fn preconditions(cx: &Ctx) -> Result<(), String> {
    Engine::shared().map_err(|e| format!("{e}; nothing was changed"))?;
    let node = cx.site.image_deploy_dir.join(&cx.tree.release);
    match std::fs::symlink_metadata(cx.path(&node)) {
        Ok(m) if m.is_dir() => Ok(()),
        _ => Err(format!(
            "{node} is not a directory: run `make image-folder base build-image` first; nothing was changed"
        )),
    }
}

fn release_dir(cx: &Ctx) -> Utf8PathBuf {
    cx.path(cx.site.image_deploy_dir.join(&cx.tree.release))
}

/// An image's reference, the engine's id for it and its saved file (real path).
struct Saved {
    reference: String,
    id: String,
    file: Utf8PathBuf,
}

fn images(cx: &Ctx) -> Result<Vec<Saved>, String> {
    let engine = Engine::shared()?;
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for entry in &cx.site.image_names {
        let reference = names::reference(entry)?;
        match engine.image_id(&reference).map_err(|e| e.to_string())? {
            Some(id) => out.push(Saved {
                file: release_dir(cx).join(names::saved_file(&reference)),
                id: bare_id(&id).to_owned(),
                reference,
            }),
            None => missing.push(reference),
        }
    }
    if missing.is_empty() {
        Ok(out)
    } else {
        Err(format!(
            "not in the container engine: {}; run `make build-image` first; nothing was changed",
            missing.join(", ")
        ))
    }
}

/// Whether `file` verifies and holds image `id`: `Ok(true)`, `Ok(false)` when it is missing or
/// holds another image, `Err` when it is damaged or not xmake's.
fn saved_matches(cx: &Ctx, file: &Utf8PathBuf, id: &str) -> Result<bool, String> {
    if std::fs::symlink_metadata(file).is_err() {
        return Ok(false);
    }
    let archive = match checksum::verify(file) {
        Ok((archive, _)) => archive,
        Err(e @ ChecksumError::Missing { .. }) if e.file() != file => {
            return Err(format!(
                "{} has no usable .sha256: xmake did not make it; move it away",
                cx.root.display(file)
            ))
        }
        Err(e) => return Err(super::base::shown_error(cx, &e)),
    };
    let held = saved_image_id(archive).map_err(|e| e.to_string())?;
    Ok(held.as_deref() == Some(id))
}

fn plan_save(cx: &Ctx) -> Outcome {
    if !wanted(cx) {
        return not_wanted(cx);
    }
    let images = match images(cx) {
        Ok(images) => images,
        Err(why) => return Outcome::failed(why),
    };
    let mut actions = Vec::new();
    let (mut saved, mut kept) = (Vec::new(), Vec::new());
    for image in images {
        match saved_matches(cx, &image.file, &image.id) {
            Ok(true) => kept.push(image.reference),
            Ok(false) => {
                actions.push(Action::Engine(EngineCall::Save {
                    reference: image.reference.clone(),
                    file: image.file,
                }));
                saved.push(image.reference);
            }
            Err(why) => {
                return Outcome::failed(format!(
                    "{why}; it is neither used nor overwritten; nothing was changed"
                ))
            }
        }
    }
    if actions.is_empty() {
        return Outcome::ok(format!(
            "saved copies of {} hold the engine's images and verify",
            kept.join(", ")
        ));
    }
    Outcome::changed(
        format!(
            "save {} to {}",
            saved.join(", "),
            cx.site.image_deploy_dir.join(&cx.tree.release)
        ),
        actions,
    )
}

fn plan_current(cx: &Ctx) -> Outcome {
    if !wanted(cx) {
        return not_wanted(cx);
    }
    let deploy = cx.path(&cx.site.image_deploy_dir);
    let release = &cx.tree.release;
    let now = match current::release(&deploy) {
        Ok(now) => now,
        Err(why) => return Outcome::failed(format!("{why}; nothing was changed")),
    };
    if now.as_deref() == Some(release.as_str()) {
        return Outcome::ok(format!("current is {release}"));
    }
    if let Err(why) = release_verifies(cx) {
        return Outcome::failed(format!(
            "current stays at {}: {why}",
            now.as_deref().unwrap_or("(none)")
        ));
    }
    Outcome::changed(
        format!("point current at {release} (base and every image verified)"),
        vec![Action::SwitchSymlink {
            link: deploy.join("current"),
            target: release.into(),
        }],
    )
}

/// The base and every saved image verify now (under `-n`, files not written yet are assumed).
fn release_verifies(cx: &Ctx) -> Result<(), String> {
    let base = release_dir(cx).join(names::BASE_TAR);
    checksum::verify(&base).map_err(|e| super::base::shown_error(cx, &e))?;
    for image in images(cx)? {
        if !cx.options.mode.applies() && std::fs::symlink_metadata(&image.file).is_err() {
            continue;
        }
        if !saved_matches(cx, &image.file, &image.id)? {
            return Err(format!(
                "{} does not hold {}",
                cx.root.display(&image.file),
                image.reference
            ));
        }
    }
    Ok(())
}
