//! `-t`: update a file's time to now, creating it when missing (as `touch` does).

use std::fs::OpenOptions;
use std::time::SystemTime;

/// Touches `path`; errors are ignored like GNU's best effort (it reports only on failure to
/// create, which we leave to the next stat).
pub fn touch(path: &str) {
    crate::make::fs_epoch::bump();
    if let Ok(f) = OpenOptions::new().create(true).append(true).open(path) {
        let _ = f.set_modified(SystemTime::now());
    }
}
