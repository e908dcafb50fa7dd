//! Growing the tiny vectors a large build keeps per file (its rules, its prerequisites, its
//! target-specific variables) one slot at a time while they are small. `Vec::push` and
//! `extend` start at four slots: with one rule of 120 bytes per file, the three empty
//! slots of 10⁵ files weigh more than the rules themselves.

/// Vectors up to this length grow to exactly what they hold; longer ones grow as usual.
const SMALL: usize = 4;

/// `v.push(x)`, with no spare slots while `v` is small.
pub fn push<T>(v: &mut Vec<T>, x: T) {
    if v.len() < SMALL && v.len() == v.capacity() {
        v.reserve_exact(1);
    }
    v.push(x);
}

/// `v.extend(more)`, with no spare slots while `v` stays small.
pub fn extend<T>(v: &mut Vec<T>, more: Vec<T>) {
    let total = v.len() + more.len();
    if total <= SMALL && total > v.capacity() {
        v.reserve_exact(total - v.len());
    }
    v.extend(more);
}

#[cfg(test)]
mod tests {
    #[test]
    fn small_vectors_hold_no_spare_slots() {
        let mut v = Vec::new();
        super::push(&mut v, 1u64);
        assert_eq!(v.capacity(), 1);
        super::extend(&mut v, vec![2, 3]);
        assert_eq!((v.len(), v.capacity()), (3, 3));
        for i in 4..=20 {
            super::push(&mut v, i);
        }
        assert_eq!(v, (1..=20).collect::<Vec<_>>());
        assert!(v.capacity() >= 20);
    }
}
