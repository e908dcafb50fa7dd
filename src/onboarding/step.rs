//! Steps: a native target is a list of them. A step observes the state and decides, returning
//! an [`Outcome`]: `ok` (nothing to do), `changed` (what it will do, as [`Action`]s), `skipped`
//! (why) or `failed` (why). Deciding never changes anything; the engine applies the actions.

use serde::Serialize;

use super::action::Action;
use super::bounds::Bound;
use super::dispatch::Options;
use super::site::SiteValues;
use super::tree::Tree;
use crate::adapters::root::Root;

/// What a step found or did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Changed,
    Skipped,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Changed => "changed",
            Status::Skipped => "skipped",
            Status::Failed => "failed",
        }
    }
}

/// A step's decision.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub status: Status,
    /// One line: what is already so, what will change, or why not.
    pub detail: String,
    pub actions: Vec<Action>,
    /// Unified diffs of file contents this step changes (printed under `-n`).
    pub diffs: Vec<String>,
    /// Print the diffs on real runs too (the preview target's whole purpose).
    pub always_show_diffs: bool,
    /// Further lines worth reporting (files left alone, links not followed).
    pub notes: Vec<String>,
}

impl Outcome {
    fn new(status: Status, detail: impl Into<String>) -> Self {
        Self {
            status,
            detail: detail.into(),
            actions: Vec::new(),
            diffs: Vec::new(),
            always_show_diffs: false,
            notes: Vec::new(),
        }
    }

    pub fn ok(detail: impl Into<String>) -> Self {
        Self::new(Status::Ok, detail)
    }

    pub fn changed(detail: impl Into<String>, actions: Vec<Action>) -> Self {
        let mut outcome = Self::new(Status::Changed, detail);
        outcome.actions = actions;
        outcome
    }

    pub fn skipped(detail: impl Into<String>) -> Self {
        Self::new(Status::Skipped, detail)
    }

    pub fn failed(detail: impl Into<String>) -> Self {
        Self::new(Status::Failed, detail)
    }
}

/// What every step may look at.
pub struct Ctx<'a> {
    pub root: &'a Root,
    pub tree: &'a Tree,
    pub site: &'a SiteValues,
    pub options: &'a Options,
    /// UTC time of this run, `YYYYMMDDTHHMMSSZ`, naming backups.
    pub stamp: String,
    /// On a real run of a target that asks before overwriting what an admin edited: the files
    /// agreed to (see [`super::confirm::check`]); `None` when nothing was asked.
    pub confirmed: Option<super::confirm::Confirmed>,
}

impl<'a> Ctx<'a> {
    /// This context, with the files a confirmed run may overwrite.
    #[must_use]
    pub fn confirmed(&self, confirmed: super::confirm::Confirmed) -> Ctx<'a> {
        Ctx {
            root: self.root,
            tree: self.tree,
            site: self.site,
            options: self.options,
            stamp: self.stamp.clone(),
            confirmed: Some(confirmed),
        }
    }

    /// A node path (`/etc/xspot`) mapped through the root prefix.
    pub fn path(&self, node_path: impl AsRef<camino::Utf8Path>) -> camino::Utf8PathBuf {
        self.root.path(node_path)
    }
}

/// A named decision function, what its actions may touch, and what they must prove (both
/// checked before any is applied, fresh or resumed: see [`super::bounds`], [`super::rules`]).
pub struct Step {
    pub name: &'static str,
    pub plan: fn(&Ctx) -> Outcome,
    pub bounds: fn(&Ctx) -> Vec<Bound>,
    pub rules: super::rules::Rules,
}

/// A native target: preconditions (checked before anything changes), then steps in order.
pub struct Target {
    pub name: &'static str,
    pub preconditions: fn(&Ctx) -> Result<(), String>,
    /// The lock files (real paths) guarding shared directories for the whole run (taken in
    /// sorted order, so two targets needing the same two never wait on each other).
    pub shared_locks: fn(&Ctx) -> Vec<camino::Utf8PathBuf>,
    /// A target that only looks (a preview): no locks, no journal, so it also works on a
    /// read-only tree.
    pub read_only: bool,
    /// Files a real run would overwrite that an admin may have edited: asked about first
    /// (see [`super::confirm`]).
    pub overwrites: Option<fn(&Ctx) -> super::confirm::Overwrites>,
    pub steps: Vec<Step>,
}
