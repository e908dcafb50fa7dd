//! Where config.toml lives: the guide's `…/integrate-xspot/config/config.toml`, or the older
//! `…/integrate-xspot/config.toml` the upgrade procedure mentions. Either is accepted; the
//! caller says which was read.

use camino::{Utf8Path, Utf8PathBuf};

/// The current location, relative to the tree.
pub const CONFIG_PATH: &str = "scripts/controller/integrate-xspot/config/config.toml";
/// The older location, relative to the tree.
pub const LEGACY_CONFIG_PATH: &str = "scripts/controller/integrate-xspot/config.toml";

/// The config.toml that was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// Relative to the tree, as messages print it.
    pub relative: Utf8PathBuf,
    /// Where to read it.
    pub path: Utf8PathBuf,
    /// Found at the older location.
    pub legacy: bool,
    /// Both files exist; the current one wins.
    pub shadowed_legacy: bool,
}

/// Finds config.toml in `tree`, preferring the current location.
pub fn locate(tree: &Utf8Path) -> Option<Located> {
    let current = tree.join(CONFIG_PATH);
    let legacy = tree.join(LEGACY_CONFIG_PATH);
    if current.is_file() {
        return Some(Located {
            relative: CONFIG_PATH.into(),
            path: current,
            legacy: false,
            shadowed_legacy: legacy.is_file(),
        });
    }
    legacy.is_file().then(|| Located {
        relative: LEGACY_CONFIG_PATH.into(),
        path: legacy,
        legacy: true,
        shadowed_legacy: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_the_current_location_and_accepts_the_older_one() {
        let dir = tempfile::tempdir().unwrap();
        let tree = Utf8Path::from_path(dir.path()).unwrap();
        assert_eq!(locate(tree), None);
        let legacy = tree.join(LEGACY_CONFIG_PATH);
        std::fs::create_dir_all(legacy.parent().unwrap()).unwrap();
        std::fs::write(&legacy, "").unwrap();
        let found = locate(tree).unwrap();
        assert!(found.legacy && found.relative == LEGACY_CONFIG_PATH);
        let current = tree.join(CONFIG_PATH);
        std::fs::create_dir_all(current.parent().unwrap()).unwrap();
        std::fs::write(&current, "").unwrap();
        let found = locate(tree).unwrap();
        assert!(!found.legacy && found.shadowed_legacy);
    }
}
