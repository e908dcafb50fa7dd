//! Clock skew: a file whose modification time is in the future. GNU make warns about the
//! first such file it looks at (`Warning: File 'x' has modification time 12 s in the
//! future`) and, when the run ends normally, adds `warning:  Clock skew detected.  Your build
//! may be incomplete.` The flag is one per process, as in GNU make: the makefile-remaking
//! phase and the goal walk share it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::SystemTime;

static DETECTED: AtomicBool = AtomicBool::new(false);

/// The warning for `name` if it is the first file found in the future (`p` is the program
/// prefix, `make` or `make[1]`); later files get none.
pub fn check(p: &str, name: &str, mtime: SystemTime) -> Option<String> {
    if DETECTED.load(Ordering::Relaxed) {
        return None;
    }
    let ahead = mtime.duration_since(SystemTime::now()).ok()?;
    let ahead = ahead.as_secs_f64();
    if ahead <= 0.0 {
        return None;
    }
    DETECTED.store(true, Ordering::Relaxed);
    Some(format!(
        "{p}: Warning: File '{name}' has modification time {} s in the future",
        seconds(ahead)
    ))
}

/// The closing warning, when some file was found in the future.
pub fn closing(p: &str) -> Option<String> {
    DETECTED
        .load(Ordering::Relaxed)
        .then(|| format!("{p}: warning:  Clock skew detected.  Your build may be incomplete."))
}

/// Forgets the flag (GNU make re-executes itself after remaking a makefile).
pub fn reset() {
    DETECTED.store(false, Ordering::Relaxed);
}

/// How GNU make words the distance: whole seconds from 99 on, else C's `%.2g`.
fn seconds(s: f64) -> String {
    if s >= 99.0 {
        // Truncated, as a conversion to an unsigned integer does.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        return (s as u64).to_string();
    }
    general_2(s)
}

/// C's `%.2g` for a positive number: two significant digits, trailing zeros dropped,
/// exponent form below 1e-4 (the caller handles 99 and up).
fn general_2(x: f64) -> String {
    let sci = format!("{x:.1e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..2).contains(&exp) {
        let mantissa = trim_zeros(mantissa);
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{mantissa}e{sign}{:02}", exp.abs());
    }
    let decimals = usize::try_from(1 - exp).unwrap_or(0);
    trim_zeros(&format!("{x:.decimals$}")).to_owned()
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_as_gnu_make_prints_them() {
        for (s, want) in [
            (999.7, "999"),
            (99.0, "99"),
            (98.96, "99"),
            (50.3, "50"),
            (4.99, "5"),
            (1.5, "1.5"),
            (0.25, "0.25"),
            (0.000_012, "1.2e-05"),
            (0.000_1, "0.0001"),
        ] {
            assert_eq!(seconds(s), want, "{s}");
        }
    }
}
