//! The directory listings globbing sees, kept as GNU make's directory cache keeps them: a
//! directory is read once, the first time a glob (or, for the working directory, the
//! search for a default makefile) looks at it, and files created or removed afterwards
//! stay unseen by `$(wildcard)` and other globs for the rest of the run. A directory that
//! did not exist when first looked at stays missing. Names without glob characters are
//! not affected: they are checked on the file system each time. The engine's existence
//! checks answer from these listings too, for the directories they hold (GNU's
//! `file_exists_p` reads the same cache).

use std::cell::RefCell;
use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::rc::Rc;

/// A directory's entry names as first read, sorted.
type Listing = Rc<[String]>;

/// Listings by directory name (`sub` and `./sub` are two names, as for GNU), and the
/// listings of existing directories by device and inode, which names of one directory share.
#[derive(Default)]
struct Cache {
    by_name: HashMap<String, Option<Listing>>,
    by_inode: HashMap<(u64, u64), Listing>,
    /// The working directory relative names are taken from ([`forget`]).
    base: String,
    /// Listings by the directory part of names [`exists`] was asked about, as written
    /// (implicit search asks about the same few directories very often).
    by_dir: HashMap<String, Option<Listing>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

/// The entry names of `dir` as first read in this run (`None`: it could not be read then).
pub fn entries(dir: &Path) -> Option<Listing> {
    let name = name(dir);
    if let Some(known) = CACHE.with(|c| c.borrow().by_name.get(&name).cloned()) {
        return known;
    }
    let listing = std::fs::metadata(dir)
        .ok()
        .filter(std::fs::Metadata::is_dir)
        .and_then(|m| listing_of(dir, (m.dev(), m.ino())));
    CACHE.with(|c| c.borrow_mut().by_name.insert(name, listing.clone()));
    listing
}

/// Reads `dir` into the cache now (GNU reads the working directory while it looks for
/// `GNUmakefile`, `makefile` and `Makefile`).
pub fn remember(dir: &Path) {
    entries(dir);
}

/// Forgets every listing (a new reading of the makefiles, as after GNU's re-exec); relative
/// directory names are taken from `cwd` from now on.
pub fn forget(cwd: &str) {
    CACHE.with(|c| {
        *c.borrow_mut() = Cache {
            base: cwd.to_owned(),
            ..Cache::default()
        }
    });
}

/// Whether `name` (relative to the working directory) exists by its directory's listing,
/// which is read now if it was not before (GNU's `file_exists_p`). `None` when a listing
/// cannot tell (`.`, `..`, a name ending in `/`).
pub fn exists(name: &str) -> Option<bool> {
    let (dir, base) = match name.rfind('/') {
        Some(0) => ("/", &name[1..]),
        Some(i) => (&name[..i], &name[i + 1..]),
        None => (".", name),
    };
    if base.is_empty() || base == "." || base == ".." {
        return None;
    }
    let listing = match CACHE.with(|c| c.borrow().by_dir.get(dir).cloned()) {
        Some(known) => known,
        None => {
            let full = if dir.starts_with('/') {
                dir.to_owned()
            } else {
                let cwd = CACHE.with(|c| c.borrow().base.clone());
                format!("{cwd}/{dir}")
            };
            let listing = entries(Path::new(&full));
            CACHE.with(|c| {
                c.borrow_mut()
                    .by_dir
                    .insert(dir.to_owned(), listing.clone())
            });
            listing
        }
    };
    Some(listing.is_some_and(|l| l.binary_search_by(|n| n.as_str().cmp(base)).is_ok()))
}

/// The listing of the directory `inode`, read now unless another name read it before.
fn listing_of(dir: &Path, inode: (u64, u64)) -> Option<Listing> {
    if let Some(known) = CACHE.with(|c| c.borrow().by_inode.get(&inode).cloned()) {
        return Some(known);
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort_unstable();
    let listing: Listing = names.into();
    CACHE.with(|c| c.borrow_mut().by_inode.insert(inode, listing.clone()));
    Some(listing)
}

/// `dir` as a name, without a final `/.` or `/` (the working directory is `cwd/.`).
fn name(dir: &Path) -> String {
    name_of(&dir.to_string_lossy())
}

fn name_of(s: &str) -> String {
    let s = s.strip_suffix("/.").unwrap_or(s);
    let s = if s.len() > 1 {
        s.trim_end_matches('/')
    } else {
        s
    };
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listing_is_read_once() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a"), "").unwrap();
        let first = entries(d.path()).unwrap();
        std::fs::write(d.path().join("b"), "").unwrap();
        assert_eq!(entries(&d.path().join(".")).unwrap(), first);
        // Another name of the same directory shares its listing.
        let other = d.path().join("x/..");
        std::fs::create_dir(d.path().join("x")).unwrap();
        assert_eq!(entries(&other).unwrap(), first);
        forget("/");
        assert_eq!(entries(d.path()).unwrap().len(), 3);
    }

    #[test]
    fn existence_from_listings() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("a"), "").unwrap();
        forget(&d.path().to_string_lossy());
        assert_eq!(exists("a"), Some(true));
        std::fs::write(d.path().join("b"), "").unwrap();
        assert_eq!(exists("./a"), Some(true));
        assert_eq!(exists("b"), Some(false));
        assert_eq!(exists("sub/a"), Some(false));
        assert_eq!(exists("sub/"), None);
    }

    #[test]
    fn a_missing_directory_stays_missing() {
        let d = tempfile::tempdir().unwrap();
        let sub = d.path().join("sub");
        assert!(entries(&sub).is_none());
        std::fs::create_dir(&sub).unwrap();
        assert!(entries(&sub).is_none());
        // Under another name it is read afresh.
        assert!(entries(&d.path().join("./sub")).is_some());
    }
}
