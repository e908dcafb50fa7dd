//! GNU make 4.3's file hash table, modelled only for its iteration order: GNU removes
//! intermediate files (and prints `rm a b c`) walking that table slot by slot. The table
//! starts with 1024 slots, hashes a name with Bob Jenkins' one-at-a-time-word `jhash_string`
//! (hash.c; no second hash, so a taken slot sends a name to the next one, wrapping), and
//! doubles when more than 15/16 of it is filled, re-entering the names in slot order.
//! A name's slot depends on the names entered before it: [`gnu_entry_order`] lists them
//! in GNU's order as far as xmake knows it (see docs/compatibility.md).

use rustc_hash::FxHashMap;

use super::engine::Engine;
use crate::make::graph::NodeId;
use crate::make::rule::{DEFAULT_SUFFIXES, SUFFIX_RULES};

/// GNU's `jhash_string` (hash.c, little-endian): the name read four bytes at a time into
/// three accumulators, mixed after every twelve bytes; the bytes from the terminating NUL
/// on count as zero; the final mix, plus the length rounded down to a multiple of four.
pub fn jhash_string(name: &[u8]) -> u32 {
    let mut acc = [0xdead_beef_u32; 3];
    let mut consumed = 0usize;
    let mut which = 0;
    loop {
        let mut word = [0u8; 4];
        let rest = name.get(consumed..).unwrap_or_default();
        let n = rest.len().min(4);
        word[..n].copy_from_slice(&rest[..n]);
        acc[which] = acc[which].wrapping_add(u32::from_le_bytes(word));
        if n < 4 {
            break;
        }
        consumed += 4;
        which += 1;
        if which == 3 {
            mix(&mut acc);
            which = 0;
        }
    }
    final_mix(&mut acc);
    acc[2].wrapping_add(u32::try_from(consumed).unwrap_or(u32::MAX))
}

/// lookup3's `mix` of the three accumulators: six steps, each taking one accumulator
/// (a, b, c, a, b, c) less and xor the rotated one before it, which then gains the next.
fn mix(r: &mut [u32; 3]) {
    for (k, rot) in [4, 6, 8, 16, 19, 4].into_iter().enumerate() {
        let (x, before, next) = (k % 3, (k + 2) % 3, (k + 1) % 3);
        r[x] = r[x].wrapping_sub(r[before]) ^ r[before].rotate_left(rot);
        r[before] = r[before].wrapping_add(r[next]);
    }
}

/// lookup3's `final`: seven steps, each xoring one accumulator (c, a, b, c, ...) with the
/// one before it and taking that one rotated off.
fn final_mix(r: &mut [u32; 3]) {
    for (k, rot) in [14, 11, 25, 16, 4, 14, 24].into_iter().enumerate() {
        let (x, before) = ((k + 2) % 3, (k + 1) % 3);
        r[x] = (r[x] ^ r[before]).wrapping_sub(r[before].rotate_left(rot));
    }
}

/// The table: which name (an index into `names`) sits in each slot. It borrows the names
/// (from the database and the graph) instead of copying them.
pub struct FileTable<'a> {
    slots: Vec<Option<usize>>,
    names: Vec<&'a str>,
    hashes: Vec<u32>,
    known: FxHashMap<&'a str, usize>,
}

impl Default for FileTable<'_> {
    fn default() -> Self {
        Self {
            slots: vec![None; 1024],
            names: Vec::new(),
            hashes: Vec::new(),
            known: FxHashMap::default(),
        }
    }
}

impl<'a> FileTable<'a> {
    /// Enters `name` (nothing when it is already there).
    pub fn enter(&mut self, name: &'a str) {
        if self.known.contains_key(name) {
            return;
        }
        let i = self.names.len();
        self.names.push(name);
        self.hashes.push(jhash_string(name.as_bytes()));
        self.known.insert(name, i);
        self.place(i);
        let size = self.slots.len();
        if self.names.len() > size - size / 16 {
            self.grow();
        }
    }

    /// Puts entry `i` into its slot or the next free one.
    fn place(&mut self, i: usize) {
        let mask = self.slots.len() - 1;
        let mut at = usize::try_from(self.hashes[i]).unwrap_or(0) & mask;
        while self.slots[at].is_some() {
            at = (at + 1) & mask;
        }
        self.slots[at] = Some(i);
    }

    /// Doubles the table, re-entering the names in the old slots' order.
    fn grow(&mut self) {
        let doubled = vec![None; self.slots.len() * 2];
        let old = std::mem::replace(&mut self.slots, doubled);
        for i in old.into_iter().flatten() {
            self.place(i);
        }
    }

    /// The slot of `name`, if entered.
    #[cfg(test)]
    pub fn slot(&self, name: &str) -> Option<usize> {
        let i = *self.known.get(name)?;
        self.slots.iter().position(|s| *s == Some(i))
    }

    /// Every entered name's slot.
    pub fn slots_by_name(&self) -> FxHashMap<&'a str, usize> {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(at, s)| s.map(|i| (self.names[i], at)))
            .collect()
    }
}

impl Engine<'_> {
    /// `ids` in GNU's file table order (a name it never entered goes last).
    pub(super) fn in_gnu_table_order(&self, ids: &[NodeId]) -> Vec<NodeId> {
        let table = self.gnu_file_table();
        let slots = table.slots_by_name();
        let mut keyed: Vec<(usize, NodeId)> = ids
            .iter()
            .map(|&id| {
                let name = &*self.g.nodes[id].name;
                (slots.get(name).copied().unwrap_or(usize::MAX), id)
            })
            .collect();
        keyed.sort_by_key(|k| k.0);
        keyed.into_iter().map(|k| k.1).collect()
    }

    /// The names GNU would have entered by now, entered in its order (see
    /// [`gnu_entry_order`]).
    fn gnu_file_table(&self) -> FileTable<'_> {
        let mut table = FileTable::default();
        for name in self.gnu_entry_order() {
            table.enter(name);
        }
        table
    }

    /// GNU's order of entering files: the command-line goals (while it decodes its
    /// arguments), `.DEFAULT`, the built-in `.SUFFIXES`, suffixes and suffix rules, then
    /// each makefile before what it says (a rule's prerequisites before its targets), then
    /// the files the run reached (implicit prerequisites, intermediate files) as it reached
    /// them. Included makefiles are entered with the main one here, and a file's
    /// prerequisites are taken from its first rule: GNU enters both where the parser meets them.
    fn gnu_entry_order(&self) -> Vec<&str> {
        let mut order: Vec<&str> = self.opts.goal_names.iter().map(String::as_str).collect();
        order.push(".DEFAULT");
        if self.db.has_builtin_files() {
            order.push(".SUFFIXES");
            order.extend(DEFAULT_SUFFIXES.iter().copied());
            order.extend(SUFFIX_RULES.iter().map(|(n, _)| *n));
        }
        order.extend(self.opts.makefile_names.iter().map(String::as_str));
        for f in self.db.files() {
            if let Some(rule) = f.rules.first() {
                order.extend(rule.prereqs.iter().map(|p| &*p.name));
            }
            order.push(&f.name);
        }
        order.extend(self.g.iter().map(|n| &*n.name));
        order
    }
}

#[cfg(test)]
mod tests {
    use super::{jhash_string, FileTable};

    /// Slots GNU make 4.3's `-p` dump shows these names in (their order there).
    #[test]
    fn hashes_as_gnu_make() {
        let slot = |s: &str| jhash_string(s.as_bytes()) & 1023;
        assert_eq!(slot("a.y"), 93);
        assert_eq!(slot("zz.y"), 102);
        assert_eq!(slot("q.y"), 519);
        assert_eq!(slot("b.y"), 649);
        assert_eq!(slot("c.y"), 770);
        assert_eq!(slot(".texinfo.info"), 429);
        assert_eq!(slot(".SUFFIXES"), 931);
        assert_eq!(slot(""), slot(""));
    }

    #[test]
    fn a_taken_slot_sends_a_name_on_wrapping_round() {
        let mut t = FileTable::default();
        // `aww` and `cmv` both hash to slot 1023; `qo` and `xa` to slot 10.
        for n in ["aww", "cmv", "qo", "xa"] {
            t.enter(n);
        }
        assert_eq!(t.slot("aww"), Some(1023));
        assert_eq!(t.slot("cmv"), Some(0));
        assert_eq!(t.slot("qo"), Some(10));
        assert_eq!(t.slot("xa"), Some(11));
    }

    #[test]
    fn the_table_doubles_past_fifteen_sixteenths() {
        let names: Vec<String> = (0..961).map(|i| format!("f{i}")).collect();
        let mut t = FileTable::default();
        for name in &names {
            t.enter(name);
        }
        assert_eq!(t.slots.len(), 2048);
        assert!(t.slot("f0").is_some_and(|s| s < 2048));
    }
}
