//! The onboarding domain: the tree, its release layout, and the native targets, each a list
//! of steps that observe, plan and apply.
//!
//! Entry point: [`dispatch::dispatch`]. Shape: [`tree`] finds the tree; [`site`] loads its
//! [`settings`]; [`targets`] lists the native targets, one file each, helped by [`images`]
//! (image names, build inputs, the removal guard) and [`node`] (what a controller installs);
//! a target is a list of [`step::Step`]s whose decisions carry [`action::Action`]s as data,
//! within their [`bounds`]; [`engine`] prints them (`-n`) or applies them through the
//! [`journal`] (after [`confirm`] when they overwrite what an admin edited) (and [`resume`]s a killed run); [`explain`] says what `-n` would decide and
//! which keys a target reads; [`report`] renders text or JSON; [`runbook`]
//! runs a procedure's targets in order. Changes reach the world only through
//! `crate::adapters`.

pub mod action;
pub mod ami;
pub mod bounds;
pub mod clock;
pub mod confirm;
pub mod diff;
pub mod dispatch;
pub mod engine;
pub mod explain;
pub mod images;
pub mod journal;
pub mod mode;
pub mod node;
pub mod post_docker;
pub mod recipe_guard;
pub mod report;
pub mod resume;
pub mod rules;
pub mod runbook;
pub mod settings;
pub mod site;
pub mod step;
pub mod targets;
pub mod tree;

pub use dispatch::{dispatch, Dispatch, Format, NotNative, Options};
pub use mode::RunMode;
