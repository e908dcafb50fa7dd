//! What a step may touch: each step names the kinds of action it produces and, for each, the
//! directory it may write in (and where a copy may read from). Every list of actions is
//! checked against its step's bounds before any of it is applied, fresh plans and resumed
//! journals alike, so a journal naming other paths or other kinds of change is refused whole.
//!
//! Paths must be absolute with no `..`; they are compared by real path (symlinks resolved in
//! every existing directory above them, never in the final name, which actions replace
//! rather than follow), and every bound directory must lie under the root prefix or the tree.

use camino::{Utf8Component, Utf8Path, Utf8PathBuf};

use super::action::Action;
use super::step::Ctx;
use super::tree::STATE_DIR;
use crate::adapters::engine::EngineCall;
use crate::adapters::packages::PackageCall;
use crate::adapters::scheduler::SchedulerCall;
use crate::adapters::services::UnitCall;

/// The kinds of [`Action`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    CreateDirAll,
    CopyFile,
    CopyTree,
    Rename,
    SwitchSymlink,
    RemoveTree,
    /// A large verified copy (`base`).
    CopyVerified,
    /// A tar snapshot of the root prefix (`base`, `new-base`).
    Snapshot,
    /// An engine call: import (reads a tar), build (reads a context), save (writes a file).
    Engine,
    /// A guarded image removal.
    RemoveImage,
    /// A package install: only the specs the step names (see [`Bound::allowing`]).
    Packages,
    /// A systemd reload, or enabling only the units the step names.
    Unit,
    /// A small state file written whole.
    WriteFile,
    /// Draining only the hosts the step names.
    Scheduler,
}

impl Kind {
    pub fn of(action: &Action) -> Kind {
        match action {
            Action::CreateDirAll { .. } => Kind::CreateDirAll,
            Action::CopyFile { .. } => Kind::CopyFile,
            Action::CopyTree { .. } => Kind::CopyTree,
            Action::Rename { .. } => Kind::Rename,
            Action::SwitchSymlink { .. } => Kind::SwitchSymlink,
            Action::RemoveTree { .. } => Kind::RemoveTree,
            Action::CopyVerified { .. } => Kind::CopyVerified,
            Action::Snapshot { .. } => Kind::Snapshot,
            Action::Engine(_) => Kind::Engine,
            Action::RemoveImage { .. } => Kind::RemoveImage,
            Action::Packages(_) => Kind::Packages,
            Action::Unit(_) => Kind::Unit,
            Action::WriteFile { .. } => Kind::WriteFile,
            Action::Scheduler(_) => Kind::Scheduler,
        }
    }
}

/// How far below its directory a bound reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// The directory itself (a `mkdir -p` of it).
    Itself,
    /// A direct entry of the directory.
    Entry,
    /// Anything below the directory (not the directory itself).
    Below,
}

/// One kind of action a step may take, and where.
#[derive(Clone, Debug)]
pub struct Bound {
    pub kind: Kind,
    /// Real path (under the root prefix, or the tree) the action's written paths are in.
    pub dir: Utf8PathBuf,
    pub reach: Reach,
    /// Where a copy may read from (at or below one of these).
    pub sources: Vec<Utf8PathBuf>,
    /// For actions that name things rather than paths (package specs): the only values they
    /// may name.
    pub allowed: Vec<String>,
}

impl Bound {
    pub fn new(kind: Kind, dir: impl Into<Utf8PathBuf>, reach: Reach) -> Self {
        Self {
            kind,
            dir: dir.into(),
            reach,
            sources: Vec::new(),
            allowed: Vec::new(),
        }
    }

    /// Package installs under the root prefix `root`, naming only `specs`.
    pub fn allowing(kind: Kind, root: &Utf8Path, specs: Vec<String>) -> Self {
        let mut bound = Self::new(kind, root, Reach::Itself);
        bound.allowed = specs;
        bound
    }

    /// Copies may read from `dirs`.
    #[must_use]
    pub fn reading(mut self, dirs: Vec<Utf8PathBuf>) -> Self {
        self.sources = dirs;
        self
    }
}

/// Checks every action against `bounds`; the first one outside them is the error.
pub fn check(actions: &[Action], bounds: &[Bound], cx: &Ctx) -> Result<(), String> {
    for bound in bounds {
        check_bound_dir(&bound.dir, cx)?;
    }
    for (i, action) in actions.iter().enumerate() {
        check_action(action, bounds, cx)
            .map_err(|why| format!("action {} (`{}`) {why}", i + 1, action.describe(cx.root)))?;
    }
    Ok(())
}

/// A bound directory must be under the root prefix or inside the tree.
fn check_bound_dir(dir: &Utf8Path, cx: &Ctx) -> Result<(), String> {
    let clean = clean(dir).ok_or_else(|| format!("{dir} is not a plain absolute path"))?;
    let real = real(&clean);
    let inside = |top: &Utf8Path| clean.starts_with(top) && real.starts_with(self::real(top));
    if inside(cx.root.dir()) || inside(&cx.tree.dir) {
        Ok(())
    } else {
        Err(format!(
            "{} is outside the root prefix {}",
            cx.root.display(dir),
            cx.root.dir()
        ))
    }
}

fn check_action(action: &Action, bounds: &[Bound], cx: &Ctx) -> Result<(), String> {
    let kind = Kind::of(action);
    let mine: Vec<&Bound> = bounds.iter().filter(|b| b.kind == kind).collect();
    if mine.is_empty() {
        return Err("is not a kind of change this step makes".to_owned());
    }
    let (written, source) = paths(action);
    let written = written
        .into_iter()
        .map(|p| clean(p).ok_or_else(|| format!("names {p}, not a plain absolute path")))
        .collect::<Result<Vec<_>, _>>()?;
    let source = match source {
        Some(p) => Some(clean(p).ok_or_else(|| format!("reads {p}, not a plain absolute path"))?),
        None => None,
    };
    check_shape(action, &written, cx)?;
    if let Action::Packages(PackageCall::Install { specs, root }) = action {
        let fits =
            |b: &&Bound| real(&b.dir) == real(root) && specs.iter().all(|s| b.allowed.contains(s));
        return if mine.iter().any(fits) {
            Ok(())
        } else {
            Err("installs packages this step does not name".to_owned())
        };
    }
    if let Action::Scheduler(SchedulerCall::Drain { host, .. }) = action {
        return if mine.iter().any(|b| b.allowed.contains(host)) {
            Ok(())
        } else {
            Err("drains a host this step does not name".to_owned())
        };
    }
    if let Action::Unit(call) = action {
        // An enable writes unit files under its root: only the run's root prefix.
        let same_root = |b: &Bound| match call {
            UnitCall::Enable { root, .. } => real(&b.dir) == real(root),
            UnitCall::DaemonReload => true,
        };
        let named = |b: &&Bound| {
            same_root(b) && (call.unit().is_empty() || b.allowed.iter().any(|u| u == call.unit()))
        };
        return if mine.iter().any(named) {
            Ok(())
        } else {
            Err("enables a unit this step does not name".to_owned())
        };
    }
    let fits = |b: &&Bound| {
        let dir = real(&b.dir);
        written
            .iter()
            .all(|p| reaches(&real_leaf(p), &dir, b.reach))
            && source.as_ref().is_none_or(|s| {
                let s = real(s);
                b.sources.iter().any(|d| s.starts_with(real(d)))
            })
    };
    if mine.iter().any(fits) {
        Ok(())
    } else {
        Err("is outside the directories this step may change".to_owned())
    }
}

/// The paths an action writes (creates, replaces, renames or removes) and the one it reads.
fn paths(action: &Action) -> (Vec<&Utf8Path>, Option<&Utf8Path>) {
    match action {
        Action::CreateDirAll { path } | Action::RemoveTree { path } => (vec![path], None),
        Action::CopyFile { from, to, .. } | Action::CopyTree { from, to, .. } => {
            (vec![to], Some(from))
        }
        Action::Rename { from, to } => (vec![from, to], None),
        Action::SwitchSymlink { link, .. } => (vec![link], None),
        Action::WriteFile { to, .. } => (vec![to], None),
        Action::CopyVerified { from, to, .. } => (vec![to], Some(from)),
        Action::Snapshot { root, to, .. } => (vec![to], Some(root)),
        Action::Engine(call) => match call {
            EngineCall::Import { tar, .. } => (Vec::new(), Some(tar)),
            EngineCall::Build { context, .. } => (Vec::new(), Some(context)),
            EngineCall::Save { file, .. } => (vec![file], None),
            EngineCall::Tag { .. } | EngineCall::Remove { .. } | EngineCall::Untag { .. } => {
                (Vec::new(), None)
            }
        },
        Action::RemoveImage { deploy_dir, .. } => (Vec::new(), Some(deploy_dir)),
        Action::Packages(_) | Action::Unit(_) | Action::Scheduler(_) => (Vec::new(), None),
    }
}

/// Rules for single kinds: a link points at a sibling name, a tree copy leaves xmake's state
/// out, and nothing removes or renames the tree itself (or a directory holding it).
fn check_shape(action: &Action, written: &[Utf8PathBuf], cx: &Ctx) -> Result<(), String> {
    match action {
        Action::SwitchSymlink { target, .. } => {
            let single = target.components().count() == 1
                && matches!(target.components().next(), Some(Utf8Component::Normal(_)));
            if !single {
                return Err(format!("points a link at {target}, not at a sibling name"));
            }
        }
        Action::CopyTree { exclude, .. } => {
            if !exclude.iter().any(|e| e == STATE_DIR) {
                return Err(format!("would copy {STATE_DIR}"));
            }
        }
        Action::RemoveTree { .. } | Action::Rename { .. } => {
            let tree = real(&cx.tree.dir);
            if written.iter().any(|p| tree.starts_with(real_leaf(p))) {
                return Err("would move or remove the tree itself".to_owned());
            }
        }
        Action::Snapshot { root, .. } => {
            if real(root) != real(cx.root.dir()) {
                return Err(format!("snapshots {root}, not the root prefix"));
            }
        }
        Action::Engine(EngineCall::Build {
            context,
            dockerfile,
            ..
        }) => {
            if !real(dockerfile).starts_with(real(context)) {
                return Err(format!("builds with {dockerfile}, outside its context"));
            }
        }
        Action::Engine(EngineCall::Remove { .. } | EngineCall::Untag { .. }) => {
            return Err("removes an image without the removal guard".to_owned());
        }
        Action::CreateDirAll { .. }
        | Action::CopyFile { .. }
        | Action::CopyVerified { .. }
        | Action::Engine(_)
        | Action::RemoveImage { .. }
        | Action::Packages(_)
        | Action::Unit(_)
        | Action::Scheduler(_)
        | Action::WriteFile { .. } => {}
    }
    Ok(())
}

fn reaches(path: &Utf8Path, dir: &Utf8Path, reach: Reach) -> bool {
    match reach {
        Reach::Itself => path == dir,
        Reach::Entry => path.parent() == Some(dir),
        Reach::Below => path != dir && path.starts_with(dir),
    }
}

/// An absolute path with `.` dropped; `None` when it is relative or has a `..`.
fn clean(path: &Utf8Path) -> Option<Utf8PathBuf> {
    if !path.is_absolute() {
        return None;
    }
    let mut out = Utf8PathBuf::from("/");
    for part in path.components() {
        match part {
            Utf8Component::RootDir | Utf8Component::CurDir => {}
            Utf8Component::Normal(name) => out.push(name),
            Utf8Component::ParentDir | Utf8Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// The real path of `path`: symlinks resolved in its longest existing part, the rest
/// appended as written.
fn real(path: &Utf8Path) -> Utf8PathBuf {
    let mut rest = Vec::new();
    let mut cur = path;
    loop {
        if let Ok(found) = cur.canonicalize_utf8() {
            let mut out = found;
            out.extend(rest.iter().rev());
            return out;
        }
        match (cur.parent(), cur.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name);
                cur = parent;
            }
            _ => return path.to_owned(),
        }
    }
}

/// The real path of the directory holding `path`, then its own name (not followed).
pub(crate) fn real_leaf(path: &Utf8Path) -> Utf8PathBuf {
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => real(parent).join(name),
        _ => path.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_paths_are_absolute_without_dot_dot() {
        assert_eq!(clean("/a/./b".into()).unwrap(), "/a/b");
        assert!(clean("/a/../b".into()).is_none());
        assert!(clean("a/b".into()).is_none());
    }

    #[test]
    fn reach_is_exact() {
        let dir = Utf8Path::new("/d");
        assert!(reaches("/d".into(), dir, Reach::Itself));
        assert!(reaches("/d/x".into(), dir, Reach::Entry));
        assert!(!reaches("/d/x/y".into(), dir, Reach::Entry));
        assert!(reaches("/d/x/y".into(), dir, Reach::Below));
        assert!(!reaches("/d".into(), dir, Reach::Below));
        assert!(!reaches("/dx".into(), dir, Reach::Below));
    }
}
