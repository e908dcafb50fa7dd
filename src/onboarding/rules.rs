//! What an action must prove beyond its step's bounds ([`super::bounds`] only says which
//! directory it touches): that a folder it removes is one xmake can prove it made, that a copy
//! lands under the name its step gives that source, that a copy's source is a regular file of
//! its own, that a backup comes before an overwrite, that the admin said yes. Each step names
//! its rules ([`super::step::Step::rules`]), built from the checks here, one per kind of
//! proof; they run on every list of actions before any is applied, a fresh plan and a
//! resumed journal alike, so a journal is held to exactly what its step plans. Checks of the
//! state of things (what exists now) apply to the actions still to be applied; the shape of
//! the list (names, order) is checked whole.

use std::os::unix::fs::MetadataExt;

use camino::{Utf8Path, Utf8PathBuf};

use super::action::Action;
use super::confirm;
use super::step::Ctx;
use crate::adapters::nofollow;

/// A step's rules: `Err` says which action breaks which rule.
pub type Rules = fn(&Ctx, &Actions) -> Result<(), String>;

/// The list being checked, and how much of it was already applied (a resumed journal's).
pub struct Actions<'a> {
    pub list: &'a [Action],
    pub done: usize,
}

impl Actions<'_> {
    /// Checks `rule` on each action, naming the first that fails it.
    pub fn each(
        &self,
        cx: &Ctx,
        rule: impl Fn(usize, &Action) -> Result<(), String>,
    ) -> Result<(), String> {
        for (i, action) in self.list.iter().enumerate() {
            rule(i, action).map_err(|why| {
                format!("action {} (`{}`) {why}", i + 1, action.describe(cx.root))
            })?;
        }
        Ok(())
    }

    /// Whether action `i` is still to be applied.
    pub fn pending(&self, i: usize) -> bool {
        i >= self.done
    }

    /// The actions before `i`.
    pub fn before(&self, i: usize) -> &[Action] {
        &self.list[..i.min(self.list.len())]
    }
}

/// Steps with no rules beyond their bounds.
pub fn none(_: &Ctx, _: &Actions) -> Result<(), String> {
    Ok(())
}

/// A copy's source must be a regular file (never a symlink) with no other hard link: a file
/// linked in from elsewhere (`/etc/shadow` into a tree others can write) is never copied.
/// A missing source is left to the copy, which fails.
pub fn single_file(from: &Utf8Path) -> Result<(), String> {
    let Ok(meta) = std::fs::symlink_metadata(from) else {
        return Ok(());
    };
    if !meta.file_type().is_file() {
        return Err(format!("reads {from}, which is not a regular file"));
    }
    if meta.nlink() > 1 {
        return Err(format!(
            "reads {from}, which has {} hard links (it may be another file of this machine)",
            meta.nlink()
        ));
    }
    Ok(())
}

/// A copy's source must not be a symlink (a backup reads what it replaces).
pub fn not_a_link(from: &Utf8Path) -> Result<(), String> {
    match std::fs::symlink_metadata(from) {
        Ok(meta) if !meta.file_type().is_file() => {
            Err(format!("reads {from}, which is not a regular file"))
        }
        _ => Ok(()),
    }
}

/// A copy into the step's `backup` folder (`None` when `to` is not in it): its source, the
/// file about to be overwritten, is no link while the copy is pending, and `to` is the name
/// the step gives that backup (`expected`).
pub fn backup_copy(
    actions: &Actions,
    i: usize,
    (from, to): (&Utf8Path, &Utf8Path),
    backup: &Utf8Path,
    expected: impl FnOnce() -> Option<Utf8PathBuf>,
) -> Option<Result<(), String>> {
    if !real(to).starts_with(real(backup)) {
        return None;
    }
    if actions.pending(i) {
        if let Err(e) = not_a_link(from) {
            return Some(Err(e));
        }
    }
    Some(mapped(to, expected()))
}

/// A copy lands only where its step puts that source (`expected`, when it maps it at all).
pub fn mapped(to: &Utf8Path, expected: Option<Utf8PathBuf>) -> Result<(), String> {
    match expected {
        Some(want) if real(&want) == real(to) => Ok(()),
        Some(want) => Err(format!(
            "writes {to}, but its step copies that source only to {want}"
        )),
        None => Err("copies a file its step does not copy there".to_owned()),
    }
}

/// Whether writing `from`'s contents to `to` would replace different contents (a missing
/// `to`, or one already holding them, is no overwrite).
pub fn overwrites(from: &Utf8Path, to: &Utf8Path) -> bool {
    if std::fs::symlink_metadata(to).is_err() {
        return false;
    }
    let read = |p: &Utf8Path| nofollow::read_regular(p).ok();
    let (old, new) = (read(to), read(from));
    old.is_none() || old != new
}

/// An overwrite of `to` must come after a backup of it: a copy of `to` into `backup_dir`
/// earlier in the same list.
pub fn backed_up(earlier: &[Action], to: &Utf8Path, backup_dir: &Utf8Path) -> Result<(), String> {
    let backup = |a: &Action| {
        matches!(a, Action::CopyFile { from, to: saved, .. }
            if real(from) == real(to) && real(saved).starts_with(real(backup_dir)))
    };
    if earlier.iter().any(backup) {
        Ok(())
    } else {
        Err(format!("overwrites {to} without saving it first"))
    }
}

/// A removal only of a folder xmake can prove it made (`proof` says why not).
pub fn made_by_xmake(path: &Utf8Path, proof: Result<(), String>) -> Result<(), String> {
    if std::fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    proof.map_err(|why| format!("removes {path}, which xmake cannot prove it made: {why}"))
}

/// Overwriting files an admin may have edited needs the admin's yes: the files agreed to
/// when the run asked, or `--yes` when nothing was asked (a resumed journal).
pub fn admin_said_yes(cx: &Ctx, files: &[String]) -> Result<(), String> {
    if files.is_empty() {
        return Ok(());
    }
    if cx.confirmed.is_some() {
        return confirm::check(cx, files);
    }
    if cx.options.yes {
        return Ok(());
    }
    Err(format!(
        "would overwrite {} without the admin's yes: finish it with --yes",
        files
            .iter()
            .map(|f| crate::diag::escape::controls(f).into_owned())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// The real path of `path` (symlinks resolved in its longest existing folder; the last name
/// is never followed).
pub fn real(path: &Utf8Path) -> Utf8PathBuf {
    super::bounds::real_leaf(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> (tempfile::TempDir, Utf8PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        (dir, base)
    }

    #[test]
    fn a_source_must_be_a_single_regular_file() {
        let (_guard, base) = base();
        std::fs::write(base.join("f"), "x").unwrap();
        assert!(single_file(&base.join("f")).is_ok());
        assert!(single_file(&base.join("missing")).is_ok());
        std::fs::hard_link(base.join("f"), base.join("g")).unwrap();
        assert!(single_file(&base.join("f"))
            .unwrap_err()
            .contains("2 hard links"));
        std::os::unix::fs::symlink("g", base.join("l")).unwrap();
        assert!(single_file(&base.join("l")).is_err());
        assert!(not_a_link(&base.join("l")).is_err());
        assert!(not_a_link(&base.join("g")).is_ok());
    }

    #[test]
    fn an_overwrite_needs_a_backup_of_that_very_file_before_it() {
        let (_guard, base) = base();
        let (from, to, saved) = (base.join("new"), base.join("t"), base.join("bk/t"));
        std::fs::write(&from, "new").unwrap();
        assert!(!overwrites(&from, &to), "a missing target is no overwrite");
        std::fs::write(&to, "new").unwrap();
        assert!(
            !overwrites(&from, &to),
            "the same contents are no overwrite"
        );
        std::fs::write(&to, "old").unwrap();
        assert!(overwrites(&from, &to));
        let backup = Action::CopyFile {
            from: to.clone(),
            to: saved,
            mode: 0o600,
        };
        let other = Action::CopyFile {
            from: from.clone(),
            to: base.join("bk/new"),
            mode: 0o600,
        };
        assert!(backed_up(&[backup], &to, &base.join("bk")).is_ok());
        assert!(backed_up(std::slice::from_ref(&other), &to, &base.join("bk")).is_err());
        assert!(backed_up(&[], &to, &base.join("bk")).is_err());
    }

    #[test]
    fn a_copy_lands_only_where_its_step_maps_it() {
        assert!(mapped("/a/b".into(), Some("/a/b".into())).is_ok());
        assert!(mapped("/a/c".into(), Some("/a/b".into())).is_err());
        assert!(mapped("/a/c".into(), None).is_err());
    }

    #[test]
    fn a_removal_needs_its_proof_unless_nothing_is_there() {
        let (_guard, base) = base();
        assert!(made_by_xmake(&base.join("gone"), Err("no".into())).is_ok());
        assert!(made_by_xmake(&base, Err("no marker".into()))
            .unwrap_err()
            .contains("no marker"));
        assert!(made_by_xmake(&base, Ok(())).is_ok());
    }
}
