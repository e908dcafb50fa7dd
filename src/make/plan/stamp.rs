//! File times as GNU make compares them: full resolution, with the special values for
//! missing files, `-o` (very old) and `-W` / dry-run updates (infinitely new).

use std::path::Path;
use std::time::SystemTime;

/// A file's time, ordered oldest to newest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stamp {
    /// The file does not exist.
    Missing,
    /// `-o FILE`: older than anything.
    Old,
    /// A real modification time.
    At(SystemTime),
    /// `-W FILE`, or a target "remade" under `-n`/`-t`/`-q`: newer than anything.
    New,
}

impl Stamp {
    /// True unless missing.
    pub fn exists(self) -> bool {
        self != Self::Missing
    }

    /// The same time truncated to whole seconds.
    pub fn seconds(self) -> Self {
        match self {
            Self::At(t) => Self::At(truncate_to_seconds(t)),
            other => other,
        }
    }

    /// Reads `path`'s modification time. With `follow_links_later` (`-L`), a symlink's
    /// time is the later of the link's and its target's.
    pub fn of(path: &Path, follow_links_later: bool, low_resolution: bool) -> Self {
        let Ok(meta) = std::fs::metadata(path) else {
            return Self::Missing;
        };
        let mut t = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        if follow_links_later {
            if let Ok(m) = std::fs::symlink_metadata(path) {
                if let Ok(lt) = m.modified() {
                    t = t.max(lt);
                }
            }
        }
        if low_resolution {
            t = truncate_to_seconds(t);
        }
        Self::At(t)
    }
}

fn truncate_to_seconds(t: SystemTime) -> SystemTime {
    match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(d.as_secs()),
        Err(_) => t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_missing_old_real_new() {
        let now = Stamp::At(SystemTime::now());
        assert!(Stamp::Missing < Stamp::Old && Stamp::Old < now && now < Stamp::New);
    }

    #[test]
    fn missing_file() {
        assert_eq!(
            Stamp::of(Path::new("/nonexistent/xyz"), false, false),
            Stamp::Missing
        );
    }
}
