//! What the `files` step of `controller`/`upgrade` must prove before it changes the node (see
//! `crate::onboarding::rules`), the same on a fresh plan and a resumed journal: a tree file
//! goes only to the node path its item names (`super::install::items`), read only when it is a
//! regular file with no other hard link; a node file is replaced only after its backup, to
//! `/var/lib/xmake/backup/<time>/<node path>`, and one xmake has no record of installing only
//! with the admin's yes (the files agreed to when asked, or `--yes` for a resumed journal).

use camino::{Utf8Path, Utf8PathBuf};

use super::install::{self, Item, BACKUP_DIR};
use crate::onboarding::action::Action;
use crate::onboarding::rules::{self, real, Actions};
use crate::onboarding::step::Ctx;

/// The rules of the `files` step.
pub fn rules(cx: &Ctx, actions: &Actions) -> Result<(), String> {
    let items = install::items(cx, cx.site.is_systemd)?;
    let placed: Vec<(&Item, Utf8PathBuf)> = items
        .iter()
        .filter_map(|item| Some((item, install::destination(cx, item).ok()?)))
        .collect();
    let record = install::read_record(cx)?;
    let backup = cx.path(BACKUP_DIR);
    let unrecorded = std::cell::RefCell::new(Vec::new());
    actions.each(cx, |i, action| {
        let Action::CopyFile { from, to, .. } = action else {
            return Ok(());
        };
        if let Some(checked) = rules::backup_copy(actions, i, (from, to), &backup, || {
            let item = placed.iter().find(|(_, dest)| real(dest) == real(from));
            item.and_then(|(item, _)| backup_name(&backup, to, item))
        }) {
            return checked;
        }
        let item = placed
            .iter()
            .find(|(item, _)| real(&item.from) == real(from));
        rules::mapped(to, item.map(|(_, dest)| dest.clone()))?;
        if actions.pending(i) {
            rules::single_file(from)?;
            if rules::overwrites(from, to) {
                rules::backed_up(actions.before(i), to, &backup)?;
                let node = item.map_or_else(|| to.to_string(), |(item, _)| item.to.to_string());
                if !record.contains_key(&node) {
                    unrecorded.borrow_mut().push(node);
                }
            }
        }
        Ok(())
    })?;
    rules::admin_said_yes(cx, &unrecorded.into_inner())
}

/// Where the step saves `item`'s node file: `<backup>/<time>/<node path>`, the time being the
/// one `to` names.
fn backup_name(backup: &Utf8Path, to: &Utf8Path, item: &Item) -> Option<Utf8PathBuf> {
    let stamp = real(to)
        .strip_prefix(real(backup))
        .ok()?
        .components()
        .next()?
        .as_str()
        .to_owned();
    Some(
        backup
            .join(stamp)
            .join(item.to.strip_prefix("/").unwrap_or(&item.to)),
    )
}
