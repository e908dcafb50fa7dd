//! Helpers for unit tests only (compiled under `cfg(test)`).

use camino::Utf8PathBuf;

/// A scratch folder (removed when the guard drops) and its UTF-8 path.
pub fn scratch() -> (tempfile::TempDir, Utf8PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
    (dir, base)
}
