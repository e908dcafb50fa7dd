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

    /// Reads `path`'s modification time. With `follow_links_later` (`-L`), GNU's
    /// `name_mtime`: the latest of the file's time and the time of every symlink on the way
    /// to it, so a dangling symlink has its own time.
    pub fn of(path: &Path, follow_links_later: bool, low_resolution: bool) -> Self {
        let mut best = std::fs::metadata(path)
            .ok()
            .map(|m| m.modified().unwrap_or(SystemTime::UNIX_EPOCH));
        if follow_links_later {
            for lt in link_chain_times(path) {
                best = Some(best.map_or(lt, |t| t.max(lt)));
            }
        }
        match best {
            Some(t) if low_resolution => Self::At(truncate_to_seconds(t)),
            Some(t) => Self::At(t),
            None => Self::Missing,
        }
    }
}

/// The times of the symlinks from `path` on, each link's target taken relative to the
/// link's directory (GNU's walk; it stops at a loop's depth limit the way `lstat` fails).
fn link_chain_times(path: &Path) -> Vec<SystemTime> {
    let mut out = Vec::new();
    let mut cur = path.to_path_buf();
    // The kernel refuses deeper chains (ELOOP), which ends GNU's walk too.
    for _ in 0..40 {
        let Ok(m) = std::fs::symlink_metadata(&cur) else {
            break;
        };
        if !m.file_type().is_symlink() {
            break;
        }
        out.push(m.modified().unwrap_or(SystemTime::UNIX_EPOCH));
        let Ok(target) = std::fs::read_link(&cur) else {
            break;
        };
        cur = match cur.parent() {
            Some(dir) if !target.is_absolute() => dir.join(target),
            _ => target,
        };
    }
    out
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
