//! The node half of the upgrade: what `controller` and `upgrade` install (packages, files
//! under `/etc/xspot`, the post-docker unit), whether the node is idle enough to change, and
//! which of the previous release's images `upgrade` may remove.

pub mod idle;
pub mod install;
pub mod install_rules;
pub mod old_images;
pub mod packages;
