//! Interrupts (GNU's `fatal_error_signal`): on SIGINT, SIGTERM, SIGHUP or SIGQUIT make
//! waits for its children (sending SIGTERM on to them when it alone got SIGTERM), deletes
//! the half-made targets of the recipes that were running (unless `.PRECIOUS` or phony),
//! then dies of the same signal.

use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};

use super::engine::Engine;
use super::report;
use crate::make::graph::NodeId;
use crate::make::plan::Stamp;

static PENDING: AtomicI32 = AtomicI32::new(0);
/// The thread that runs the engine (and blocks in `waitpid`).
static ENGINE_THREAD: AtomicU64 = AtomicU64::new(0);

extern "C" fn on_signal(sig: i32) {
    PENDING.store(sig, Ordering::SeqCst);
    // The driver may run the engine on another thread than the one the kernel picked:
    // forward the signal so the engine's blocked `waitpid` returns EINTR.
    // SAFETY: pthread_self and pthread_kill are async-signal-safe.
    unsafe {
        let engine = ENGINE_THREAD.load(Ordering::SeqCst) as libc::pthread_t;
        if engine != 0 && libc::pthread_self() != engine {
            libc::pthread_kill(engine, sig);
        }
    }
}

/// Installs the handlers (without `SA_RESTART`, so a blocked `waitpid` returns). A signal
/// make was started with ignored stays ignored, for make and its recipes (GNU's
/// `FATAL_SIG`: `make ... &` from a non-interactive shell is not interrupted by SIGINT).
pub fn install() {
    // SAFETY: pthread_self has no preconditions.
    ENGINE_THREAD.store(unsafe { libc::pthread_self() } as u64, Ordering::SeqCst);
    for sig in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT] {
        // SAFETY: a plain handler that only stores to an atomic.
        unsafe {
            let mut sa: libc::sigaction = std::mem::zeroed();
            sa.sa_sigaction = on_signal as extern "C" fn(i32) as usize;
            libc::sigemptyset(&raw mut sa.sa_mask);
            sa.sa_flags = 0;
            let mut old: libc::sigaction = std::mem::zeroed();
            libc::sigaction(sig, &raw const sa, &raw mut old);
            if old.sa_sigaction == libc::SIG_IGN {
                libc::sigaction(sig, &raw const old, std::ptr::null_mut());
            }
        }
    }
}

/// Handles a pending signal, if any (does not return in that case).
pub fn check(engine: &mut Engine<'_>) {
    check_with(engine, None);
}

/// Like [`check`], when a child (`pid`, `status`) was just reaped and not yet handled.
pub fn check_with(engine: &mut Engine<'_>, reaped: Option<(i32, i32)>) {
    let sig = PENDING.swap(0, Ordering::SeqCst);
    if sig == 0 {
        if let Some((pid, status)) = reaped {
            engine.reaped(pid, status);
        }
        return;
    }
    if sig == libc::SIGTERM {
        for j in &engine.running {
            // SAFETY: signal our own child.
            unsafe { libc::kill(j.pid, libc::SIGTERM) };
        }
    }
    // GNU deletes the targets of running recipes first, then reaps the children (whose
    // errors it reports then).
    let ids: Vec<_> = engine.running.iter().rev().map(|j| j.node).collect();
    for id in ids {
        engine.delete_target(id);
    }
    if let Some((pid, status)) = reaped {
        engine.reaped(pid, status);
    }
    // Collect every child first, then report them oldest first (the order the kernel
    // hands out zombies to GNU make when they die together).
    let mut done: Vec<(i32, i32)> = Vec::new();
    while done.len() < engine.running.len() {
        if let Some(x) = super::spawn::wait_any(true) {
            done.push(x)
        } else {
            let err = std::io::Error::last_os_error().raw_os_error();
            if err == Some(libc::ECHILD) {
                break;
            }
        }
    }
    let order: Vec<i32> = engine.running.iter().map(|j| j.pid).collect();
    done.sort_by_key(|(pid, _)| order.iter().position(|p| p == pid));
    for (pid, status) in done {
        engine.reaped(pid, status);
    }
    // SAFETY: restore the default action and die of the same signal.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        libc::raise(sig);
    }
    std::process::exit(128 + sig);
}

impl Engine<'_> {
    /// Deletes a failed or interrupted target that its recipe changed, like GNU's
    /// `delete_target`: only regular files whose time moved, never precious or phony ones.
    pub(super) fn delete_target(&mut self, id: NodeId) {
        self.delete_target_if(id, true);
    }

    /// GNU's `delete_target` after `-q` stopped a recipe whose `+` lines ran. GNU deletes
    /// even a file that existed before (its time is "new" by then); xmake deletes only one
    /// the recipe created, as it never deletes a file it did not create for a question
    /// (docs/compatibility.md).
    pub(super) fn delete_questioned_target(&mut self, id: NodeId) {
        if self.g.nodes[id].stamp_before == Some(crate::make::plan::Stamp::Missing) {
            self.delete_target_if(id, false);
        }
    }

    fn delete_target_if(&mut self, id: NodeId, only_if_changed: bool) {
        let n = &self.g.nodes[id];
        let db_file = self.db.file(&n.name);
        let precious = db_file.is_some_and(|f| f.flags.precious || f.flags.phony)
            || self
                .db
                .globals()
                .precious_patterns
                .iter()
                .any(|p| crate::make::rule::pattern::matches_plain(p, &n.name));
        if precious || n.phony {
            return;
        }
        let Ok(meta) = std::fs::metadata(n.path()) else {
            return;
        };
        if !meta.is_file() {
            return;
        }
        let now = Stamp::of(std::path::Path::new(n.path()), false, false);
        if only_if_changed && Some(now) == n.stamp_before {
            return;
        }
        report::err(&report::deleting(&self.opts.program, n.path()));
        let _ = std::fs::remove_file(n.path());
    }

    /// `.DELETE_ON_ERROR`: delete the target of a failed recipe.
    pub(super) fn delete_on_error(&mut self, id: NodeId) {
        if self.db.globals().delete_on_error {
            self.delete_target(id);
        }
    }
}
