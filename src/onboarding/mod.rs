//! The onboarding domain: the tree, its release layout, and the native targets, each a list
//! of steps that observe, plan and apply.

pub mod settings;
