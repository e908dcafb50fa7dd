//! The `Entering directory` / `Leaving directory` pair around a whole run (`-w`, `-C`, or a
//! sub-make), printed lazily as GNU make 4.3 does: `Entering` just before make's first
//! output or first child process, `Leaving` at the end only if `Entering` was printed. A run
//! that prints nothing and starts nothing (say, only `@:` recipes) shows neither.
//!
//! Per-block directory lines under `-Oline`/`-Otarget` with parallel jobs are not this
//! module's (see `exec::sync`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// The two lines, while the pair is wanted and `Entering` is still to be printed.
static PENDING: Mutex<Option<(String, String)>> = Mutex::new(None);
/// The two lines, once `Entering` has been printed.
static OPEN: Mutex<Option<(String, String)>> = Mutex::new(None);
/// Fast path: nothing pending.
static ARMED: AtomicBool = AtomicBool::new(false);

/// Wants the pair for this run; nothing is printed yet.
pub fn arm(entering: String, leaving: String) {
    *lock(&PENDING) = Some((entering, leaving));
    ARMED.store(true, Ordering::SeqCst);
}

/// Called before anything reaches stdout or stderr and before a child process starts:
/// prints `Entering` the first time.
pub fn start() {
    if !ARMED.load(Ordering::SeqCst) {
        return;
    }
    let Some((entering, leaving)) = lock(&PENDING).take() else {
        return;
    };
    ARMED.store(false, Ordering::SeqCst);
    crate::stdio::out(&format!("{entering}\n"));
    *lock(&OPEN) = Some((entering, leaving));
}

/// Closes the pair around what has been printed so far (`Leaving`, if `Entering` was
/// printed) and wants a new pair for what comes next. GNU make does this between reading the
/// makefiles and updating the goals under `-Oline`/`-Otarget` without parallel jobs (it
/// collects its own output in one block per phase).
pub fn split() {
    let open = lock(&OPEN).take();
    if let Some((entering, leaving)) = open {
        crate::stdio::out(&format!("{leaving}\n"));
        arm(entering, leaving);
    }
}

/// Ends the run: prints `Leaving` if `Entering` was printed, and forgets both.
pub fn finish() {
    ARMED.store(false, Ordering::SeqCst);
    lock(&PENDING).take();
    if let Some((_, leaving)) = lock(&OPEN).take() {
        crate::stdio::out(&format!("{leaving}\n"));
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}
