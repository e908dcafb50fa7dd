//! An index from a file name to the position of the item (database file, graph node) that
//! holds it. Only positions are stored: the names live in the items, so a build of 10⁵ files
//! keeps no second copy of each name as a hash map key.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

/// Positions in a slice of items, found by the name each item carries.
#[derive(Debug, Default)]
pub struct NameIndex {
    table: HashTable<usize>,
}

/// The hash names are indexed by (shared with the directory listings).
pub(crate) fn hash(name: &str) -> u64 {
    FxBuildHasher.hash_one(name)
}

impl NameIndex {
    /// The position of the item called `name` among `items`.
    pub fn get<T>(&self, items: &[T], name_of: impl Fn(&T) -> &str, name: &str) -> Option<usize> {
        self.table
            .find(hash(name), |&i| name_of(&items[i]) == name)
            .copied()
    }

    /// Records that `items[at]` (pushed already, not indexed yet) is called by its name.
    pub fn insert<T>(&mut self, items: &[T], name_of: impl Fn(&T) -> &str, at: usize) {
        let h = hash(name_of(&items[at]));
        self.table
            .insert_unique(h, at, |&i| hash(name_of(&items[i])));
    }
}

#[cfg(test)]
mod tests {
    use super::NameIndex;

    #[test]
    fn finds_each_name_among_many() {
        let mut items: Vec<String> = Vec::new();
        let mut index = NameIndex::default();
        for i in 0..1000 {
            items.push(format!("obj/f{i}.o"));
            index.insert(&items, String::as_str, i);
        }
        for i in (0..1000).step_by(37) {
            assert_eq!(
                index.get(&items, String::as_str, &format!("obj/f{i}.o")),
                Some(i)
            );
        }
        assert_eq!(index.get(&items, String::as_str, "obj/f1000.o"), None);
    }
}
