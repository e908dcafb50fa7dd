//! What `sync-config`'s steps must prove before they change the tree (see
//! `crate::onboarding::rules`), the same on a fresh plan and a resumed journal: a file from
//! `/etc/xspot/<part>` goes only to the place in the tree that holds that very file (the same
//! name, or the name of the link in `/etc/xspot` that leads to it), read only when it is a
//! regular file with no other hard link; a tree file is replaced only after a backup of it, to
//! `.xmake/backup/<time>/<its path in the tree>`, and only with the admin's yes (the files
//! agreed to when asked, or `--yes` when a resumed journal would replace them).

use camino::{Utf8Path, Utf8PathBuf};

use super::compare;
use crate::onboarding::action::Action;
use crate::onboarding::rules::{self, real, Actions};
use crate::onboarding::step::Ctx;

/// The rules of the step syncing `/etc/xspot/<part>`.
pub fn rules(cx: &Ctx, actions: &Actions, part: &str) -> Result<(), String> {
    let etc_dir = compare::etc_part(cx, part)?;
    let backup = cx.tree.state_dir().join("backup");
    let replaced = std::cell::RefCell::new(Vec::new());
    actions.each(cx, |i, action| {
        let Action::CopyFile { from, to, .. } = action else {
            return Ok(());
        };
        if let Some(checked) = rules::backup_copy(actions, i, (from, to), &backup, || {
            backup_name(cx, &backup, from, to)
        }) {
            return checked;
        }
        rules::mapped(to, tree_name(cx, part, etc_dir.as_deref(), from, to))?;
        if actions.pending(i) {
            rules::single_file(from)?;
            if rules::overwrites(from, to) {
                rules::backed_up(actions.before(i), to, &backup)?;
                replaced.borrow_mut().push(cx.tree.rel(to).to_string());
            }
        }
        Ok(())
    })?;
    rules::admin_said_yes(cx, &replaced.into_inner())
}

/// Where the step saves the tree file `from`: `<backup>/<time>/<from in the tree>`, the time
/// being the one `to` names.
fn backup_name(cx: &Ctx, backup: &Utf8Path, from: &Utf8Path, to: &Utf8Path) -> Option<Utf8PathBuf> {
    let stamp = real(to)
        .strip_prefix(real(backup))
        .ok()?
        .components()
        .next()?
        .as_str()
        .to_owned();
    let rel = real(from).strip_prefix(real(&cx.tree.dir)).ok()?.to_owned();
    rel.as_str()
        .starts_with(crate::onboarding::tree::XSPOT_DIR)
        .then(|| backup.join(stamp).join(rel))
}

/// Where the step copies `/etc/xspot/<part>` file `from` (a real path): the tree's place for
/// its name under `etc_dir`, or for the name of a link there leading to it (`to`'s).
fn tree_name(
    cx: &Ctx,
    part: &str,
    etc_dir: Option<&Utf8Path>,
    from: &Utf8Path,
    to: &Utf8Path,
) -> Option<Utf8PathBuf> {
    let etc_dir = etc_dir?;
    let from = real(from);
    let by_source = from
        .strip_prefix(real(etc_dir))
        .ok()
        .map(Utf8Path::to_owned);
    let by_target = real(to)
        .strip_prefix(real(&cx.tree.xspot(part)))
        .ok()
        .map(Utf8Path::to_owned);
    let legacy = (real(&cx.tree.config_file("config.toml".into())) == real(to))
        .then(|| Utf8PathBuf::from("config.toml"));
    let candidates: Vec<Utf8PathBuf> = by_source
        .iter()
        .chain(&by_target)
        .chain(&legacy)
        .cloned()
        .collect();
    let leads_to_from = |rel: &Utf8Path| {
        etc_dir
            .join(rel)
            .canonicalize_utf8()
            .is_ok_and(|found| found == from)
    };
    let fits = candidates
        .iter()
        .find(|rel| real(&compare::tree_path(cx, part, rel)) == real(to) && leads_to_from(rel));
    match fits {
        Some(rel) => Some(compare::tree_path(cx, part, rel)),
        None => by_source.map(|rel| compare::tree_path(cx, part, &rel)),
    }
}
