//! The makefiles' modification times as found right after reading, asked once per name:
//! GNU stats each makefile once (`f_mtime` in `main`) and uses that time both for the
//! warning about a makefile in the future and as the time before remaking it. A tree that
//! `-include`s a `.d` file per object would otherwise pay a second `stat` per makefile.

use std::path::Path;
use std::time::SystemTime;

use rustc_hash::FxHashMap;

/// Modification times of makefiles under one directory, each read at most once.
#[derive(Debug)]
pub(super) struct ReadTimes<'a> {
    curdir: &'a str,
    times: FxHashMap<String, Option<SystemTime>>,
}

impl<'a> ReadTimes<'a> {
    pub(super) fn new(curdir: &'a str) -> Self {
        Self {
            curdir,
            times: FxHashMap::default(),
        }
    }

    /// Takes `time` as `name`'s, found while reading (unless it has one already).
    pub(super) fn seed(&mut self, name: &str, time: Option<SystemTime>) {
        if !self.times.contains_key(name) {
            self.times.insert(name.to_owned(), time);
        }
    }

    /// `name`'s time (relative to the directory), `None` when it does not exist; the
    /// first answer for a name is kept.
    pub(super) fn get(&mut self, name: &str) -> Option<SystemTime> {
        if let Some(&t) = self.times.get(name) {
            return t;
        }
        let t = now(self.curdir, name);
        self.times.insert(name.to_owned(), t);
        t
    }
}

/// `name`'s time as it is now (read again).
pub(super) fn now(curdir: &str, name: &str) -> Option<SystemTime> {
    std::fs::metadata(Path::new(curdir).join(name))
        .and_then(|m| m.modified())
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_answer_is_kept_until_asked_now() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().to_str().unwrap();
        let mut t = ReadTimes::new(dir);
        assert_eq!(t.get("a.mk"), None);
        std::fs::write(d.path().join("a.mk"), "").unwrap();
        assert_eq!(t.get("a.mk"), None, "a time read once is not read again");
        assert!(now(dir, "a.mk").is_some());
        assert!(ReadTimes::new(dir).get("a.mk").is_some());
    }
}
