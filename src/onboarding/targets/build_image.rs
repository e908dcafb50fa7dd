//! `build-image`: import the release's base snapshot `${IMAGE_DEPLOY_DIR}/<release>/base.tar`
//! (checked against its `.sha256`) as `xspot-base:<release>` and `xspot-base:latest`, then
//! build every `IMAGE_NAME_LIST` image from `images/<name>/docker_build_path/` with
//! `--build-arg BASE=xspot-base:<release>`. The base import is skipped when the engine's
//! `xspot-base:<release>` carries the same checksum (label `xmake.base-sha256`); an image is
//! skipped when its label `xmake.inputs-sha256` equals the digest of its build inputs
//! (Dockerfile, every context file, the base checksum, the build arguments). A second run
//! runs only queries. Runs under the lock beside `IMAGE_DEPLOY_DIR`. The release's Dockerfiles
//! are first kept as shipped (see [`shipped`]). `rebuild-image` shows how they differ from the
//! shipped ones, then builds every image with `--no-cache`.

use std::collections::BTreeMap;

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::checksum;
use crate::adapters::engine::{Engine, EngineCall};
use crate::onboarding::action::Action;
use crate::onboarding::images::names::{self, BASE_ARG, BASE_LABEL, INPUTS_LABEL};
use crate::onboarding::images::{inputs, shipped};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

pub fn target() -> Target {
    Target {
        name: "build-image",
        preconditions,
        shared_locks: |cx| vec![super::image_lock(cx)],
        read_only: false,
        overwrites: None,
        steps: vec![
            shipped_step(),
            base_image_step(),
            Step {
                name: "images",
                plan: plan_images,
                bounds: super::image_bounds::images,
                rules: crate::onboarding::rules::none,
            },
        ],
    }
}

/// `rebuild-image`: the same, but first showing how each Dockerfile differs from the one the
/// release shipped, then building every image again with `--no-cache`.
pub fn rebuild_target() -> Target {
    Target {
        name: "rebuild-image",
        preconditions,
        shared_locks: |cx| vec![super::image_lock(cx)],
        read_only: false,
        overwrites: None,
        steps: vec![
            shipped_step(),
            Step {
                name: "dockerfile-changes",
                plan: shipped::plan_show,
                bounds: super::image_bounds::none,
                rules: crate::onboarding::rules::none,
            },
            base_image_step(),
            Step {
                name: "images",
                plan: |cx| plan_images_or_fail(cx, true).unwrap_or_else(|failed| failed),
                bounds: super::image_bounds::images,
                rules: crate::onboarding::rules::none,
            },
        ],
    }
}

/// Keeps the Dockerfiles the release shipped (both targets start with it).
fn shipped_step() -> Step {
    Step {
        name: "shipped-dockerfiles",
        plan: shipped::plan_record,
        bounds: super::image_bounds::shipped,
        rules: crate::onboarding::images::shipped::rules,
    }
}

/// Imports the release's base (both targets build on it).
fn base_image_step() -> Step {
    Step {
        name: "base-image",
        plan: plan_base,
        bounds: super::image_bounds::base_image,
        rules: crate::onboarding::rules::none,
    }
}

/// `${IMAGE_DEPLOY_DIR}/<release>` as the node names it.
fn release_dir(cx: &Ctx) -> Utf8PathBuf {
    cx.site.image_deploy_dir.join(&cx.tree.release)
}

/// The base tarball (real path).
fn base_tar(cx: &Ctx) -> Utf8PathBuf {
    cx.path(release_dir(cx).join(names::BASE_TAR))
}

/// One image to build: its entry, full reference and checked context (real path).
struct Image {
    entry: String,
    reference: String,
    context: Utf8PathBuf,
}

fn images(cx: &Ctx) -> Result<Vec<Image>, Vec<String>> {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for entry in &cx.site.image_names {
        let checked = names::reference(entry).and_then(|reference| {
            let context = inputs::checked_context(&cx.tree.dir, &names::context(entry))?;
            Ok(Image {
                entry: entry.clone(),
                reference,
                context,
            })
        });
        match checked {
            Ok(image) => found.push(image),
            Err(why) => problems.push(why),
        }
    }
    if problems.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

fn preconditions(cx: &Ctx) -> Result<(), String> {
    let mut problems = Vec::new();
    if let Err(e) = Engine::shared() {
        problems.push(e);
    }
    let release = cx.path(release_dir(cx));
    match std::fs::symlink_metadata(&release) {
        Ok(m) if m.is_dir() => {
            if let Err(e) = checksum::expected(&base_tar(cx)) {
                problems.push(format!("{e}: run `make base` first"));
            }
        }
        Ok(_) => problems.push(format!(
            "{} is not a directory (xmake does not follow a link there)",
            release_dir(cx)
        )),
        Err(_) => problems.push(format!(
            "{} does not exist: run `make image-folder base` first",
            release_dir(cx)
        )),
    }
    if let Err(more) = images(cx) {
        problems.extend(more);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}; nothing was changed", problems.join("; ")))
    }
}

fn engine() -> Result<&'static Engine, Outcome> {
    Engine::shared().map_err(Outcome::failed)
}

fn plan_base(cx: &Ctx) -> Outcome {
    plan_base_or_fail(cx).unwrap_or_else(|failed| failed)
}

fn plan_base_or_fail(cx: &Ctx) -> Result<Outcome, Outcome> {
    let engine = engine()?;
    let tar = base_tar(cx);
    let shown = cx.root.display(&tar);
    let expected =
        checksum::expected(&tar).map_err(|e| Outcome::failed(super::base::shown_error(cx, &e)))?;
    let reference = names::base_reference(&cx.tree.release);
    let latest = names::base_latest();
    let query = |e: crate::adapters::engine::EngineError| Outcome::failed(e.to_string());
    let label = engine.label(&reference, BASE_LABEL).map_err(query)?;
    if label.as_deref() == Some(expected.as_str()) {
        let id = engine.image_id(&reference).map_err(query)?;
        let latest_id = engine.image_id(&latest).map_err(query)?;
        if id.is_some() && id == latest_id {
            return Ok(Outcome::ok(format!(
                "{reference} is {shown} (sha256 {expected}) and is {latest}"
            )));
        }
        return Ok(Outcome::changed(
            format!("tag {reference} as {latest}"),
            vec![tag(&reference, &latest)],
        ));
    }
    // Never import a base that does not match its checksum (checked again as it is read).
    checksum::verify_against(&tar, &expected).map_err(|e| {
        Outcome::failed(format!(
            "{}; the base was not imported",
            super::base::shown_error(cx, &e)
        ))
    })?;
    let import = EngineCall::Import {
        tar: tar.clone(),
        sha256: expected.clone(),
        reference: reference.clone(),
        labels: BTreeMap::from([(BASE_LABEL.to_owned(), expected.clone())]),
    };
    Ok(Outcome::changed(
        format!("import {shown} (sha256 {expected}) as {reference} and {latest}"),
        vec![Action::Engine(import), tag(&reference, &latest)],
    ))
}

fn tag(source: &str, target: &str) -> Action {
    Action::Engine(EngineCall::Tag {
        source: source.to_owned(),
        target: target.to_owned(),
    })
}

fn plan_images(cx: &Ctx) -> Outcome {
    plan_images_or_fail(cx, false).unwrap_or_else(|failed| failed)
}

/// The build of each image whose inputs changed (all of them when `always`), `--no-cache`
/// when `always`.
fn plan_images_or_fail(cx: &Ctx, always: bool) -> Result<Outcome, Outcome> {
    let engine = engine()?;
    let images = images(cx).map_err(|p| Outcome::failed(p.join("; ")))?;
    if images.is_empty() {
        return Ok(Outcome::ok("IMAGE_NAME_LIST is empty"));
    }
    let base_sum = checksum::expected(&base_tar(cx)).map_err(|e| Outcome::failed(e.to_string()))?;
    let build_args =
        BTreeMap::from([(BASE_ARG.to_owned(), names::base_reference(&cx.tree.release))]);
    let mut actions = Vec::new();
    let mut built = Vec::new();
    let mut unchanged = Vec::new();
    for image in images {
        let digest = inputs::digest(&image.context, &base_sum, &build_args).map_err(|e| {
            Outcome::failed(format!("cannot read {}: {e}", names::context(&image.entry)))
        })?;
        let label = engine
            .label(&image.reference, INPUTS_LABEL)
            .map_err(|e| Outcome::failed(e.to_string()))?;
        if !always && label.as_deref() == Some(digest.as_str()) {
            unchanged.push(image.reference);
            continue;
        }
        actions.push(Action::Engine(build_call(
            &image.context,
            &build_args,
            &digest,
            &image.reference,
            always,
        )));
        built.push(image.reference);
    }
    let unchanged_text = if unchanged.is_empty() {
        String::new()
    } else {
        format!(" ({} unchanged)", unchanged.join(", "))
    };
    if actions.is_empty() {
        return Ok(Outcome::ok(format!(
            "{} built from unchanged inputs",
            unchanged.join(", ")
        )));
    }
    Ok(Outcome::changed(
        format!("build {}{unchanged_text}", built.join(", ")),
        actions,
    ))
}

fn build_call(
    context: &Utf8Path,
    build_args: &BTreeMap<String, String>,
    digest: &str,
    reference: &str,
    no_cache: bool,
) -> EngineCall {
    EngineCall::Build {
        context: context.to_owned(),
        dockerfile: context.join("Dockerfile"),
        build_args: build_args.clone(),
        labels: BTreeMap::from([(INPUTS_LABEL.to_owned(), digest.to_owned())]),
        tag: reference.to_owned(),
        no_cache,
    }
}
