//! `vpath` directives (GNU make manual 4.5.2): pattern → directories, in reading order.

use super::pattern::matches_plain;

/// The `vpath` search list.
#[derive(Clone, Debug, Default)]
pub struct Vpaths {
    entries: Vec<(String, Vec<String>)>,
}

impl Vpaths {
    /// `vpath PATTERN DIRS`: DIRS already split on blanks and `:`.
    pub fn add(&mut self, pattern: &str, dirs: Vec<String>) {
        let dirs: Vec<String> = dirs.into_iter().filter(|d| !d.is_empty()).collect();
        if !dirs.is_empty() {
            self.entries.push((pattern.to_owned(), dirs));
        }
    }

    /// `vpath PATTERN` clears that pattern; `vpath` (None) clears everything.
    pub fn clear(&mut self, pattern: Option<&str>) {
        match pattern {
            Some(p) => self.entries.retain(|(q, _)| q != p),
            None => self.entries.clear(),
        }
    }

    /// Directories to search for `name`, in order (duplicates removed).
    pub fn dirs_for(&self, name: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for (pat, dirs) in &self.entries {
            let hit = if pat.contains('%') {
                matches_plain(pat, name)
            } else {
                pat == name
            };
            if hit {
                for d in dirs {
                    if !out.contains(&d.as_str()) {
                        out.push(d);
                    }
                }
            }
        }
        out
    }

    /// Every directory of a directive matching `name`, ranked as GNU's `vpath_search` ranks a
    /// find: by the directive's place among all directives, then the directory's place in it.
    pub fn ranked_dirs_for(&self, name: &str) -> Vec<((usize, usize), &str)> {
        let mut out = Vec::new();
        for (entry, (pat, dirs)) in self.entries.iter().enumerate() {
            let hit = if pat.contains('%') {
                matches_plain(pat, name)
            } else {
                pat == name
            };
            if hit {
                out.extend(
                    dirs.iter()
                        .enumerate()
                        .map(|(i, d)| ((entry, i), d.as_str())),
                );
            }
        }
        out
    }

    /// The directives in effect, in reading order: (pattern, directories).
    pub fn entries(&self) -> &[(String, Vec<String>)] {
        &self.entries
    }

    /// True when no `vpath` directive is in effect.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}
