//! The load average limit (`-l N`, GNU's `load_too_high`): while jobs run, another starts
//! only when the system's one-minute load average, plus a quarter for each job started
//! in the last two seconds (the kernel has not counted them yet), is below `N`.

use std::sync::Mutex;
use std::time::{Duration, Instant};

/// When the recent jobs started.
static STARTS: Mutex<Vec<Instant>> = Mutex::new(Vec::new());

/// GNU's weight of a job started too recently for the load average to show it.
const RECENT_WEIGHT: f64 = 0.25;

/// A job was started.
pub fn started() {
    if let Ok(mut s) = STARTS.lock() {
        let now = Instant::now();
        s.retain(|t| now.duration_since(*t) < Duration::from_secs(2));
        s.push(now);
    }
}

/// Whether the load is too high to start another job under limit `max`.
pub fn too_high(max: f64) -> bool {
    let mut load = [0f64; 1];
    // SAFETY: getloadavg writes at most one value into the array.
    if unsafe { libc::getloadavg(load.as_mut_ptr(), 1) } != 1 {
        return false;
    }
    let recent = STARTS.lock().map_or(0, |mut s| {
        let now = Instant::now();
        s.retain(|t| now.duration_since(*t) < Duration::from_secs(2));
        s.len()
    });
    load[0] + recent as f64 * RECENT_WEIGHT >= max
}
