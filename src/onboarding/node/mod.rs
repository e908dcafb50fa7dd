//! The node half of the upgrade: what `controller` and `upgrade` install (packages, files
//! under `/etc/xspot`, the post-docker unit) and whether the node is idle enough to change.

pub mod idle;
pub mod install;
pub mod packages;
