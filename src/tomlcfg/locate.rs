//! Where config.toml lives: the guide's `…/integrate-xspot/config/config.toml`, or the older
//! `…/integrate-xspot/config.toml` the upgrade procedure mentions. Either is accepted; the
//! caller says which was read. [`decode`] turns the file's bytes into text, reporting bytes
//! that are not UTF-8 where they are.

use std::sync::Arc;

use camino::{Utf8Path, Utf8PathBuf};

use crate::diag::Diagnostic;
use crate::source::{Source, Span};

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

/// When [`locate`] found no config.toml: the first of its two places that holds something
/// other than a regular file (a FIFO, a folder, a device or a link to one), so the message can
/// say so instead of "missing".
pub fn not_a_file(tree: &Utf8Path) -> Option<&'static str> {
    [CONFIG_PATH, LEGACY_CONFIG_PATH]
        .into_iter()
        .find(|rel| tree.join(rel).symlink_metadata().is_ok())
}

/// config.toml's bytes as text (bytes that are not UTF-8 read as U+FFFD), with an error at
/// the first such byte: TOML is UTF-8, and the tools that read the file after xmake refuse it.
pub fn decode(relative: &str, bytes: &[u8]) -> (String, Option<Diagnostic>) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let Err(e) = std::str::from_utf8(bytes) else {
        return (text, None);
    };
    // The text up to the first bad byte is the file's own, so offsets agree there.
    let at = e.valid_up_to();
    let source = Arc::new(Source::new(relative, text.clone()));
    let d = Diagnostic::error(
        "toml::invalid-utf8",
        format!("{relative} is not valid UTF-8"),
    )
    .at(
        &source,
        Span::new(at, at + '\u{fffd}'.len_utf8()),
        "not UTF-8",
    )
    .with_help("save the file as UTF-8 (TOML files must be UTF-8)");
    (text, Some(d))
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

    #[test]
    fn bytes_that_are_not_utf8_are_reported_where_they_are() {
        let (text, d) = decode("c.toml", b"a = 1\nkey = \"ab\xff\"\n");
        assert_eq!(text, "a = 1\nkey = \"ab\u{fffd}\"\n");
        let d = d.expect("reported");
        let (file, at) = d.position().unwrap();
        assert_eq!((file, at.line, at.column), ("c.toml", 2, 10));
        assert!(d.is_error());
        assert!(decode("c.toml", "é = 1".as_bytes()).1.is_none());
    }
}
