//! What `deploy`'s tree half must prove before it changes `SCRIPT_DEPLOY_DIR` (see
//! `crate::onboarding::rules`), the same on a fresh plan and a resumed journal: `snapshot`
//! removes only leftovers xmake proves it made (a staging copy or trash folder holding its
//! marker for that name, or empty and ours), copies the tree only to the staging name of the
//! snapshot its marker names (replacing nothing but such a leftover), renames only that staging
//! copy to its snapshot's name (never over anything), and points only `latest` at only the
//! snapshot it made; `prune` removes only snapshots carrying xmake's marker that no link, nor
//! the run itself, stands on.

use camino::Utf8Path;

use super::deploy::{deploy_dir, pinned, EXCLUDE};
use super::snapshots::{self, Listing, STAGING};
use crate::onboarding::action::Action;
use crate::onboarding::rules::{self, real, Actions};
use crate::onboarding::step::Ctx;

/// The rules of the `snapshot` step.
pub fn snapshot(cx: &Ctx, actions: &Actions) -> Result<(), String> {
    let dir = deploy_dir(cx)?;
    let listing = snapshots::list(&dir);
    actions.each(cx, |i, action| match action {
        Action::RemoveTree { path } => {
            if !actions.pending(i) {
                return Ok(());
            }
            rules::made_by_xmake(path, leftover(&dir, &listing, path))?;
            trash_clear(&dir, &listing, path)
        }
        Action::CopyTree {
            from,
            to,
            exclude,
            marker,
        } => {
            if real(from) != real(&cx.tree.dir) {
                return Err(format!("copies {from}, not the tree"));
            }
            if let Some(missing) = EXCLUDE.iter().find(|e| !exclude.iter().any(|x| x == *e)) {
                return Err(format!("would copy the tree's {missing}"));
            }
            let Some(marker) = marker else {
                return Err("makes a snapshot without xmake's marker".to_owned());
            };
            if marker.release != cx.tree.release
                || snapshots::snapshot_number(&marker.name, &cx.tree.release).is_none()
            {
                return Err(format!(
                    "marks a snapshot {}, not one of release {}",
                    marker.name, cx.tree.release
                ));
            }
            expect_name(to, &dir, &format!("{STAGING}{}", marker.name))?;
            if actions.pending(i) {
                rules::made_by_xmake(to, leftover(&dir, &listing, to))?;
                trash_clear(&dir, &listing, to)?;
            }
            Ok(())
        }
        Action::Rename { from, to } => {
            let name = to.file_name().unwrap_or_default();
            expect_name(from, &dir, &format!("{STAGING}{name}"))?;
            let staged = |a: &Action| matches!(a, Action::CopyTree { to: staged, .. } if staged == from);
            if !actions.before(i).iter().any(staged) {
                return Err(format!("renames {from}, which no earlier action made"));
            }
            let there = |p: &Utf8Path| std::fs::symlink_metadata(p).is_ok();
            if actions.pending(i) && there(from) && there(to) {
                return Err(format!("would rename over {to}, which is already there"));
            }
            Ok(())
        }
        Action::SwitchSymlink { link, target } => {
            expect_name(link, &dir, "latest")?;
            let made = |a: &Action| matches!(a, Action::Rename { to, .. } if to.file_name() == Some(target.as_str()));
            if actions.before(i).iter().any(made) {
                Ok(())
            } else {
                Err(format!("points latest at {target}, which this step did not make"))
            }
        }
        _ => Ok(()),
    })
}

/// The rules of the `prune` step.
pub fn prune(cx: &Ctx, actions: &Actions) -> Result<(), String> {
    let dir = deploy_dir(cx)?;
    let listing = snapshots::list(&dir);
    let pinned = pinned(cx, &dir, &listing);
    actions.each(cx, |i, action| match action {
        Action::RemoveTree { path } if actions.pending(i) => {
            let name = path.file_name().unwrap_or_default();
            let proof = if !listing.proven.iter().any(|(n, _)| n == name) {
                Err("it holds no valid snapshot marker of xmake's".to_owned())
            } else if pinned.iter().any(|n| n == name) {
                Err("latest, current or this run's tree is in it".to_owned())
            } else {
                Ok(())
            };
            rules::made_by_xmake(path, proof)?;
            trash_clear(&dir, &listing, path)
        }
        _ => Ok(()),
    })
}

/// `path` must be `dir/name`.
fn expect_name(path: &Utf8Path, dir: &Utf8Path, name: &str) -> Result<(), String> {
    if real(path) == real(&dir.join(name)) {
        Ok(())
    } else {
        Err(format!("names {path}, where its step names {name}"))
    }
}

/// Whether `path` is a leftover of an interrupted run that xmake proves it made.
fn leftover(dir: &Utf8Path, listing: &Listing, path: &Utf8Path) -> Result<(), String> {
    let name = path.file_name().unwrap_or_default();
    if real(path.parent().unwrap_or(path)) != real(dir) {
        return Err("it is not in SCRIPT_DEPLOY_DIR".to_owned());
    }
    if listing.leftovers.iter().any(|l| l == name) {
        return Ok(());
    }
    match listing.strays.iter().find(|(n, _)| n == name) {
        Some((_, why)) => Err(why.clone()),
        None => Err("it is not a staging copy or trash folder of xmake's".to_owned()),
    }
}

/// A removal also finishes `.<name>.xmake-trash`: that must be xmake's too.
fn trash_clear(dir: &Utf8Path, listing: &Listing, path: &Utf8Path) -> Result<(), String> {
    let name = path.file_name().unwrap_or_default();
    if listing.trash_in_the_way(dir, name) {
        Err(format!(
            "would also remove .{name}.xmake-trash, which xmake did not make"
        ))
    } else {
        Ok(())
    }
}
