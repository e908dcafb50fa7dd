//! A count of the moments xmake itself may have changed the file system: a command run by
//! `$(shell)` or `!=`, a `$(file)` write, a recipe or a native target started, a file
//! touched. What was read from the file system at one count (a directory's listing, a
//! makefile's time) may be stale at another, and is then read again.
//!
//! The count is per thread: reading the makefiles, expanding and starting recipes happen on
//! one thread (and tests running side by side do not see each other's changes).

use std::cell::Cell;

thread_local! {
    static EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// The count now.
pub fn now() -> u64 {
    EPOCH.with(Cell::get)
}

/// Something may have changed the file system (called just before it runs).
pub fn bump() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

#[cfg(test)]
mod tests {
    #[test]
    fn bump_moves_the_count() {
        let before = super::now();
        super::bump();
        assert!(super::now() > before);
    }
}
