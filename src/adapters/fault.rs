//! Test hooks for crash safety, read once from the environment:
//! - `XMAKE_FAULT_AFTER=<n>`: kill this process with SIGKILL right after its n-th filesystem
//!   mutation, so tests can stop a run at every point deterministically;
//! - `XMAKE_FAULT_DELAY_MS=<ms>`: sleep after each mutation, so a test can `kill -9` a run
//!   that is genuinely in the middle of its work;
//! - `XMAKE_FAKE_FREE_BYTES=<n>`: pretend every filesystem has n bytes free (a full disk);
//! - `XMAKE_FAULT_ENOSPC_AFTER=<n>`: after n mutations, every further write fails with
//!   "No space left on device", as when the disk fills up in the middle of a run.
//!
//! Every mutating function in [`super::fs`] calls [`mutated`] after its change is made.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::Duration;

static MUTATIONS: AtomicU64 = AtomicU64::new(0);

fn env_number(name: &str) -> Option<u64> {
    std::env::var(name).ok()?.trim().parse().ok()
}

fn fault_after() -> Option<u64> {
    static AFTER: OnceLock<Option<u64>> = OnceLock::new();
    *AFTER.get_or_init(|| env_number("XMAKE_FAULT_AFTER"))
}

fn delay() -> Option<Duration> {
    static DELAY: OnceLock<Option<u64>> = OnceLock::new();
    DELAY
        .get_or_init(|| env_number("XMAKE_FAULT_DELAY_MS"))
        .map(Duration::from_millis)
}

/// Records one filesystem mutation; applies the hooks above.
pub fn mutated() {
    let count = MUTATIONS.fetch_add(1, Ordering::SeqCst) + 1;
    if let Some(pause) = delay() {
        std::thread::sleep(pause);
    }
    if fault_after() == Some(count) {
        tracing::warn!("XMAKE_FAULT_AFTER={count}: killing the process");
        // SAFETY: kill(2) on our own pid with a valid signal number has no memory effects.
        unsafe {
            libc::kill(libc::getpid(), libc::SIGKILL);
        }
    }
}

/// Called before each write: fails with ENOSPC once `XMAKE_FAULT_ENOSPC_AFTER` mutations
/// have been made.
pub fn before_write() -> std::io::Result<()> {
    static AFTER: OnceLock<Option<u64>> = OnceLock::new();
    match *AFTER.get_or_init(|| env_number("XMAKE_FAULT_ENOSPC_AFTER")) {
        Some(after) if mutations() >= after => Err(std::io::Error::from_raw_os_error(libc::ENOSPC)),
        _ => Ok(()),
    }
}

/// How many mutations this process has made so far.
pub fn mutations() -> u64 {
    MUTATIONS.load(Ordering::SeqCst)
}

/// The free-space override for tests, if set.
pub fn fake_free_bytes() -> Option<u64> {
    env_number("XMAKE_FAKE_FREE_BYTES")
}
