//! The Dockerfiles a release shipped: copied under `.xmake/shipped/<release>/` (same paths as
//! in the tree) by the first `build-image` or `rebuild-image` of that release, before any
//! build, so `rebuild-image` can show how each Dockerfile differs from what shipped. xmake
//! does not ask git instead: running git in a tree others can write would let its
//! `.git/config` run programs as root. Copies are read without following symlinks and up to
//! [`MAX_DOCKERFILE`] bytes; a symlink on the way into `.xmake/shipped` stops the step.

use std::io::Read;

use camino::{Utf8Path, Utf8PathBuf};

use super::names;
use crate::adapters::checksum::open_regular;
use crate::onboarding::action::Action;
use crate::onboarding::diff;
use crate::onboarding::rules::{self, real, Actions};
use crate::onboarding::step::{Ctx, Outcome};

/// The most of a Dockerfile that is read for a diff.
pub const MAX_DOCKERFILE: u64 = 1 << 20;

/// `.xmake/shipped/<release>` (real path).
pub fn dir(cx: &Ctx) -> Utf8PathBuf {
    cx.tree.state_dir().join("shipped").join(&cx.tree.release)
}

/// Each entry's Dockerfile, relative to the tree.
fn dockerfiles(cx: &Ctx) -> Vec<Utf8PathBuf> {
    cx.site
        .image_names
        .iter()
        .map(|entry| names::context(entry).join("Dockerfile"))
        .collect()
}

/// Fails when any existing component from the tree's state dir down to `path` is a symlink.
fn no_links(cx: &Ctx, path: &Utf8Path) -> Result<(), String> {
    let state = cx.tree.state_dir();
    let mut cur = Some(path);
    while let Some(p) = cur {
        if std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(format!(
                "{} is a symlink: xmake does not write through links it did not make",
                cx.tree.rel(p)
            ));
        }
        if p == state || !p.starts_with(&state) {
            break;
        }
        cur = p.parent();
    }
    Ok(())
}

/// Copies each Dockerfile not yet kept.
pub fn plan_record(cx: &Ctx) -> Outcome {
    let base = dir(cx);
    let mut actions = Vec::new();
    let mut recorded = Vec::new();
    for rel in dockerfiles(cx) {
        let to = base.join(&rel);
        if let Err(why) = no_links(cx, &to) {
            return Outcome::failed(format!("{why}; nothing was changed"));
        }
        if std::fs::symlink_metadata(&to).is_ok() {
            continue;
        }
        let from = cx.tree.dir.join(&rel);
        if !std::fs::symlink_metadata(&from).is_ok_and(|m| m.is_file()) {
            continue;
        }
        if let Some(parent) = to.parent() {
            actions.push(Action::CreateDirAll {
                path: parent.to_owned(),
            });
        }
        actions.push(Action::CopyFile {
            from,
            to,
            mode: 0o644,
        });
        recorded.push(rel.to_string());
    }
    let kept = cx.tree.rel(&base).to_string();
    if actions.is_empty() {
        Outcome::ok(format!("the shipped Dockerfiles are kept under {kept}"))
    } else {
        Outcome::changed(
            format!("keep {} as shipped, under {kept}", recorded.join(", ")),
            actions,
        )
    }
}

/// The rules of the step keeping them (see `crate::onboarding::rules`), fresh or resumed: a
/// copy only of a Dockerfile the release names, read when it is a regular file, only to its
/// own path under [`dir`], and never over a different copy already kept.
pub fn rules(cx: &Ctx, actions: &Actions) -> Result<(), String> {
    let base = dir(cx);
    let known: Vec<Utf8PathBuf> = dockerfiles(cx);
    actions.each(cx, |i, action| {
        let Action::CopyFile { from, to, .. } = action else {
            return Ok(());
        };
        let rel = real(from)
            .strip_prefix(real(&cx.tree.dir))
            .ok()
            .filter(|rel| known.iter().any(|k| k == rel))
            .map(Utf8Path::to_owned);
        rules::mapped(to, rel.map(|rel| base.join(rel)))?;
        if actions.pending(i) {
            rules::not_a_link(from)?;
            if rules::overwrites(from, to) {
                return Err(format!(
                    "would replace {to}, the Dockerfile kept as shipped"
                ));
            }
        }
        Ok(())
    })
}

fn read_bounded(path: &Utf8Path) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    open_regular(path)
        .ok()?
        .take(MAX_DOCKERFILE)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}

/// How each Dockerfile differs from the one shipped: always `ok`, with the diffs shown.
pub fn plan_show(cx: &Ctx) -> Outcome {
    let base = dir(cx);
    let mut diffs = Vec::new();
    let mut notes = Vec::new();
    let mut same = 0;
    for rel in dockerfiles(cx) {
        let now = read_bounded(&cx.tree.dir.join(&rel));
        let shipped = read_bounded(&base.join(&rel));
        match (shipped, now) {
            (Some(old), Some(new)) => {
                match diff::unified(&old, &new, &format!("shipped/{rel}"), rel.as_str()) {
                    Some(d) => diffs.push(d),
                    None => same += 1,
                }
            }
            (None, _) => notes.push(format!("{rel}: no shipped copy to compare with")),
            (_, None) => notes.push(format!("{rel}: cannot be read")),
        }
    }
    let mut outcome = Outcome::ok(format!(
        "{} Dockerfile(s) changed since the release shipped, {same} unchanged",
        diffs.len()
    ));
    outcome.diffs = diffs;
    outcome.always_show_diffs = true;
    outcome.notes = notes;
    outcome
}
