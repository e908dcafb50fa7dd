//! `lint::missing-dockerfile` (error): an image of `IMAGE_NAME_LIST` has no Dockerfile.
//!
//! **What it checks.** For each valid entry of `IMAGE_NAME_LIST` in `conf/env.cfg`, the
//! tree has `images/<image>/docker_build_path/Dockerfile`, where `<image>` is the entry's
//! name without registry, tag or digest (`img2:7.9` lives in `images/img2`).
//!
//! **Why.** `build-image` builds each listed image from that folder; a missing one fails the
//! build after the base snapshot was already taken.
//!
//! **Example.** `IMAGE_NAME_LIST=( "img2:7.9" "ghost:1.0" )` with no
//! `images/ghost/docker_build_path/Dockerfile`.
//!
//! **Fix.** Add the image's build context, or remove the image from `IMAGE_NAME_LIST`.

use super::located;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::Ctx;
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::missing-dockerfile",
    severity: Severity::Error,
    summary: "an image of `IMAGE_NAME_LIST` has no Dockerfile",
    check,
};

/// Where an image's Dockerfile lives, relative to the tree.
pub fn dockerfile_path(folder: &str) -> String {
    format!("images/{folder}/docker_build_path/Dockerfile")
}

fn check(ctx: &Ctx) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for image in ctx.images() {
        if seen.contains(&image.folder) {
            continue;
        }
        seen.push(image.folder.clone());
        let path = dockerfile_path(&image.folder);
        if ctx.dir.join(&path).is_file() {
            continue;
        }
        let present = ctx.dir.join(&path).symlink_metadata().is_ok();
        let what = if present {
            format!(
                "image `{}` has no Dockerfile: `{path}` is not a regular file (a FIFO, folder, device or a link to one)",
                image.name
            )
        } else {
            format!("image `{}` has no Dockerfile at `{path}`", image.name)
        };
        let diag = Diagnostic::error(RULE.code, what)
        .with_help(if present {
            format!("replace `{path}` with the Dockerfile from the onboarding tarball")
        } else {
            format!(
                "add images/{}/docker_build_path/ with its Dockerfile, or remove the image from IMAGE_NAME_LIST",
                image.folder
            )
        });
        let diag = match (ctx.env_source(), image.span) {
            (Some(source), Some(span)) => diag.at(source, span, "listed here"),
            _ => diag,
        };
        out.push(if diag.location.is_some() {
            located(diag)
        } else {
            super::about(diag, crate::onboarding::settings::ENV_CFG_PATH)
        });
    }
    out
}
