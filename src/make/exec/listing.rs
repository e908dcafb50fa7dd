//! One directory's entries, read once so existence checks are answered from memory (GNU's
//! directory cache). The names are packed into one buffer and found through a table of
//! offsets: a tree of 10⁴ sources lists ~3·10⁴ names, and a `String` plus a hash slot per
//! name weighed about four times the names themselves.

use hashbrown::HashTable;

use crate::make::name_index::hash;

/// The kind byte before a name: a plain entry (exists for sure).
const PLAIN: u8 = 0;
/// The kind byte before a name: a symlink or an entry of unknown type (needs a `stat`).
const OTHER: u8 = 1;
/// After each name (a file name never holds a NUL byte).
const END: u8 = 0;

/// A directory's entry names, each stored as a kind byte, the name and a NUL.
#[derive(Default)]
pub(super) struct Entries {
    buf: String,
    /// Offset in `buf` of each entry's kind byte.
    table: HashTable<u32>,
}

impl Entries {
    /// Adds an entry; `plain` when it is no symlink and its type is known.
    pub(super) fn add(&mut self, name: &str, plain: bool) {
        let Ok(at) = u32::try_from(self.buf.len()) else {
            return;
        };
        if name.as_bytes().contains(&END) || self.find(name).is_some() {
            return;
        }
        self.buf.push(char::from(if plain { PLAIN } else { OTHER }));
        self.buf.push_str(name);
        self.buf.push(char::from(END));
        let buf = &self.buf;
        self.table
            .insert_unique(hash(name), at, |&o| hash(name_at(buf, o)));
    }

    /// Gives back the spare capacity once every entry is in.
    pub(super) fn shrink(&mut self) {
        self.buf.shrink_to_fit();
        let buf = &self.buf;
        self.table.shrink_to_fit(|&o| hash(name_at(buf, o)));
    }

    /// `Some(true)` for a plain entry, `Some(false)` for one that needs a `stat`, `None`
    /// when the directory has no such entry.
    pub(super) fn kind(&self, name: &str) -> Option<bool> {
        self.find(name)
            .map(|o| self.buf.as_bytes()[o as usize] == PLAIN)
    }

    fn find(&self, name: &str) -> Option<u32> {
        self.table
            .find(hash(name), |&o| name_at(&self.buf, o) == name)
            .copied()
    }
}

/// The name of the entry whose kind byte is at `at`.
fn name_at(buf: &str, at: u32) -> &str {
    let start = at as usize + 1;
    let len = buf.as_bytes()[start..]
        .iter()
        .position(|&b| b == END)
        .unwrap_or(buf.len() - start);
    &buf[start..start + len]
}

#[cfg(test)]
mod tests {
    use super::Entries;

    #[test]
    fn finds_each_entry_with_its_kind() {
        let mut e = Entries::default();
        for i in 0..500 {
            e.add(&format!("f{i:03}.c"), i % 7 != 0);
        }
        e.add("é.o", true);
        e.shrink();
        assert_eq!(e.kind("f001.c"), Some(true));
        assert_eq!(e.kind("f007.c"), Some(false));
        assert_eq!(e.kind("é.o"), Some(true));
        assert_eq!(e.kind("f500.c"), None);
        assert_eq!(e.kind("f00"), None);
        assert_eq!(e.kind(""), None);
    }
}
