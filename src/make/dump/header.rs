//! The dump's first and last lines: xmake's own version banner as comments (never GNU's),
//! the "printed on" date and the "Finished" line, dated like C's `ctime` in local time.

use std::fmt::Write as _;

use crate::make::messages::VERSION;

/// The banner, the start date, and the `# Variables` header.
pub fn banner() -> String {
    let mut out = String::new();
    for line in VERSION.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    let _ = writeln!(out, "# Make data base, printed on {}", ctime_now());
    out
}

/// The closing line.
pub fn trailer() -> String {
    format!("# Finished Make data base on {}\n\n", ctime_now())
}

const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The current local time as `ctime` prints it, without the newline:
/// `Wed Nov 25 18:00:35 2026`.
fn ctime_now() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let Some(tm) = local_time(i64::try_from(now).unwrap_or(0)) else {
        return String::from("(unknown date)");
    };
    let day = DAYS
        .get(usize::try_from(tm.tm_wday).unwrap_or(0))
        .unwrap_or(&"Sun");
    let month = MONTHS
        .get(usize::try_from(tm.tm_mon).unwrap_or(0))
        .unwrap_or(&"Jan");
    format!(
        "{day} {month} {:2} {:02}:{:02}:{:02} {}",
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        i64::from(tm.tm_year) + 1900
    )
}

/// A file time as GNU's `#  Last modified` line shows it: `2026-11-25 18:01:26.708799072`.
pub(super) fn timestamp(t: std::time::SystemTime) -> String {
    let d = t.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let Some(tm) = local_time(i64::try_from(d.as_secs()).unwrap_or(0)) else {
        return String::from("(unknown time)");
    };
    format!(
        "{}-{:02}-{:02} {:02}:{:02}:{:02}.{}",
        i64::from(tm.tm_year) + 1900,
        tm.tm_mon + 1,
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        d.subsec_nanos()
    )
}

/// Broken-down local time of `secs` since the epoch.
pub(super) fn local_time(secs: i64) -> Option<libc::tm> {
    let t: libc::time_t = secs;
    // SAFETY: localtime_r only writes the `tm` we own; a zeroed `tm` is a valid value.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&raw const t, &raw mut tm).is_null() {
            None
        } else {
            Some(tm)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn banner_starts_like_the_version_and_ends_with_the_date_line() {
        let b = banner();
        assert!(b.starts_with("# GNU Make 4.3 compatible: xmake "));
        assert!(b.contains("\n\n# Make data base, printed on "));
        assert!(trailer().starts_with("# Finished Make data base on "));
    }
}
