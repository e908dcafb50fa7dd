//! Unified diffs of file contents (crate `similar`), bounded and safe to print, coloured for a
//! terminal.
//!
//! - Binary contents (a NUL byte or invalid UTF-8 in the first 8 KiB, or anywhere) get one
//!   `Binary files … differ` line; a side over [`MAX_DIFF_BYTES`] gets one
//!   `Files … differ (N bytes, too large to diff)` line: neither is ever diffed as text.
//! - Text diffs have a [`Budget`]: the line matching stops at a deadline (similar's, which
//!   then reports the rest as whole-block changes) and the output at a number of lines; a
//!   `[diff cut: …]` line says when either happened.
//! - Lines are compared as written but shown redacted ([`crate::diag::redact`]): a changed
//!   secret shows as `-key = <redacted>` / `+key = <redacted>` (key name and line numbers
//!   kept), and control characters in lines and names are escaped.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;
use std::time::{Duration, Instant};

use similar::{capture_diff_slices_deadline, group_diff_ops, Algorithm, DiffOp};

use crate::diag::redact::{self, Syntax};

/// Contents larger than this (either side) are not diffed.
pub const MAX_DIFF_BYTES: usize = 1 << 20;
/// How much of the start of a file decides that it is binary.
const BINARY_PROBE: usize = 8 << 10;
/// Lines of context around each change.
const CONTEXT: usize = 3;

/// How much a text diff may cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// For matching lines; past it, the remaining changes are reported as whole blocks.
    pub time: Duration,
    /// Lines of hunk output; past it, the rest is counted, not shown.
    pub max_lines: usize,
}

/// The budget of every diff xmake prints.
pub const DEFAULT_BUDGET: Budget = Budget {
    time: Duration::from_millis(250),
    max_lines: 2000,
};

/// A unified diff from `old` to `new` with the given header names; `None` when equal.
/// The names also choose the redaction rule (`*.toml` or `KEY=VALUE`).
pub fn unified(old: &[u8], new: &[u8], old_name: &str, new_name: &str) -> Option<String> {
    unified_within(old, new, old_name, new_name, DEFAULT_BUDGET)
}

/// [`unified`] with an explicit budget.
pub fn unified_within(
    old: &[u8],
    new: &[u8],
    old_name: &str,
    new_name: &str,
    budget: Budget,
) -> Option<String> {
    if old == new {
        return None;
    }
    let (shown_old, shown_new) = (clean_name(old_name), clean_name(new_name));
    let size = old.len().max(new.len());
    if size > MAX_DIFF_BYTES {
        return Some(too_large(old_name, new_name, size as u64));
    }
    let (Some(old), Some(new)) = (as_text(old), as_text(new)) else {
        return Some(format!("Binary files {shown_old} and {shown_new} differ\n"));
    };
    let name = if new_name == "/dev/null" {
        old_name
    } else {
        new_name
    };
    let syntax = Syntax::for_name(name);
    let old = Side::new(old, syntax);
    let new = Side::new(new, syntax);
    let mut out = format!("--- {shown_old}\n+++ {shown_new}\n");
    render(&old, &new, budget, &mut out);
    Some(out)
}

/// [`unified`] of two files, holding at most [`MAX_DIFF_BYTES`] of each in memory: larger
/// ones are compared in chunks and, when they differ, reported by size. A side that is `None`
/// does not exist (diffed as empty).
pub fn files(
    old: Option<&Path>,
    new: Option<&Path>,
    old_name: &str,
    new_name: &str,
) -> std::io::Result<Option<String>> {
    let len = |p: Option<&Path>| -> std::io::Result<u64> {
        Ok(p.map(std::fs::metadata).transpose()?.map_or(0, |m| m.len()))
    };
    let (old_len, new_len) = (len(old)?, len(new)?);
    let size = new_len.max(old_len);
    if size > MAX_DIFF_BYTES as u64 {
        if let (Some(old), Some(new)) = (old, new) {
            if old_len == new_len && same_contents(old, new)? {
                return Ok(None);
            }
        }
        return Ok(Some(too_large(old_name, new_name, size)));
    }
    let new_bytes = new.map(read_capped).transpose()?.unwrap_or_default();
    let old_bytes = old.map(read_capped).transpose()?.unwrap_or_default();
    Ok(unified(&old_bytes, &new_bytes, old_name, new_name))
}

fn too_large(old_name: &str, new_name: &str, size: u64) -> String {
    format!(
        "Files {} and {} differ ({size} bytes, too large to diff)\n",
        clean_name(old_name),
        clean_name(new_name)
    )
}

/// At most one byte over the limit (a file that grew since it was measured shows as large).
fn read_capped(path: &Path) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_DIFF_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Whether two files hold the same bytes, read in chunks.
fn same_contents(a: &Path, b: &Path) -> std::io::Result<bool> {
    let (mut a, mut b) = (std::fs::File::open(a)?, std::fs::File::open(b)?);
    let (mut buf_a, mut buf_b) = (vec![0u8; 64 << 10], vec![0u8; 64 << 10]);
    loop {
        let n = read_full(&mut a, &mut buf_a)?;
        let m = read_full(&mut b, &mut buf_b)?;
        if n != m || buf_a[..n] != buf_b[..m] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

/// Fills `buf` unless the file ends first; the number of bytes read.
fn read_full(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

fn clean_name(name: &str) -> String {
    redact::clean(name).into_owned()
}

/// The contents as text, when they are not binary.
fn as_text(bytes: &[u8]) -> Option<&str> {
    if bytes[..bytes.len().min(BINARY_PROBE)].contains(&0) {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

/// One side: its lines as written (line ends included) and as shown.
struct Side<'t> {
    lines: Vec<&'t str>,
    shown: Vec<String>,
}

impl<'t> Side<'t> {
    fn new(text: &'t str, syntax: Syntax) -> Self {
        let ranges = redact::ranges(text, syntax);
        redact::register_ranges(text, &ranges);
        let masked = redact::mask_marker(text, &ranges);
        Self {
            lines: text.split_inclusive('\n').collect(),
            shown: masked.split_inclusive('\n').map(str::to_owned).collect(),
        }
    }

    /// Line `i` ready to print after its sign: scrubbed, escaped, `\n`-terminated (with
    /// the missing-newline hint when the file ends without one).
    fn line(&self, i: usize) -> String {
        let raw = self.shown.get(i).map_or("", String::as_str);
        let body = raw.strip_suffix('\n').unwrap_or(raw);
        let mut text = redact::clean(body).into_owned();
        text.push('\n');
        if !raw.ends_with('\n') {
            text.push_str("\\ No newline at end of file\n");
        }
        text
    }
}

fn render(old: &Side<'_>, new: &Side<'_>, budget: Budget, out: &mut String) {
    let deadline = Instant::now() + budget.time;
    let ops =
        capture_diff_slices_deadline(Algorithm::Patience, &old.lines, &new.lines, Some(deadline));
    let late = Instant::now() >= deadline;
    let mut written = 0;
    let mut unshown = 0;
    for group in group_diff_ops(ops, CONTEXT) {
        let lines: Vec<(char, bool, usize)> = group.iter().flat_map(op_lines).collect();
        if written >= budget.max_lines {
            unshown += 1 + lines.len();
            continue;
        }
        out.push_str(&hunk_header(&group));
        written += 1;
        for (sign, side, i) in lines {
            if written >= budget.max_lines {
                unshown += 1;
                continue;
            }
            let side = if side { new } else { old };
            out.push(sign);
            out.push_str(&side.line(i));
            written += 1;
        }
    }
    if late {
        let _ = writeln!(
            out,
            "[diff cut: over its {} ms time budget; the changes after that point are shown as whole blocks]",
            budget.time.as_millis()
        );
    }
    if unshown > 0 {
        let _ = writeln!(
            out,
            "[diff cut: {unshown} more line(s) not shown (limit {})]",
            budget.max_lines
        );
    }
}

/// The lines an op prints: (sign, from the new side, index), removals before additions.
fn op_lines(op: &DiffOp) -> impl Iterator<Item = (char, bool, usize)> {
    let old = op.old_range();
    let new = op.new_range();
    let equal = matches!(op, DiffOp::Equal { .. });
    let removed = old.map(move |i| (if equal { ' ' } else { '-' }, false, i));
    let added = new.filter(move |_| !equal).map(|i| ('+', true, i));
    removed.chain(added)
}

/// `@@ -a,b +c,d @@`, as GNU diff and similar write it.
fn hunk_header(group: &[DiffOp]) -> String {
    let (Some(first), Some(last)) = (group.first(), group.last()) else {
        return String::new();
    };
    let range = |start: usize, end: usize| {
        let len = end.saturating_sub(start);
        match len {
            1 => format!("{}", start + 1),
            0 => format!("{start},0"),
            _ => format!("{},{len}", start + 1),
        }
    };
    format!(
        "@@ -{} +{} @@\n",
        range(first.old_range().start, last.old_range().end),
        range(first.new_range().start, last.new_range().end)
    )
}

/// Colours a diff's lines (red removals, green additions, cyan hunk headers).
pub fn colorize(diff: &str) -> String {
    let mut out = String::new();
    for line in diff.lines() {
        let code = if line.starts_with("+++") || line.starts_with("---") {
            "1"
        } else if line.starts_with('+') {
            "32"
        } else if line.starts_with('-') {
            "31"
        } else if line.starts_with("@@") {
            "36"
        } else {
            ""
        };
        if code.is_empty() {
            let _ = writeln!(out, "{line}");
        } else {
            let _ = writeln!(out, "\x1b[{code}m{line}\x1b[0m");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_has_headers_and_changed_lines() {
        let d = unified(b"a\nb\n", b"a\nc\n", "old", "new").unwrap();
        assert_eq!(d, "--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n");
        assert!(unified(b"x", b"x", "a", "b").is_none());
        assert!(colorize("+x\n").contains("\x1b[32m+x"));
        let d = unified(b"", b"x", "/dev/null", "f").unwrap();
        assert_eq!(
            d,
            "--- /dev/null\n+++ f\n@@ -0,0 +1 @@\n+x\n\\ No newline at end of file\n"
        );
    }

    #[test]
    fn same_output_as_similar_on_plain_text() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        let new = "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13";
        let expected = similar::TextDiff::from_lines(old, new)
            .unified_diff()
            .context_radius(3)
            .header("a", "b")
            .to_string();
        assert_eq!(
            unified(old.as_bytes(), new.as_bytes(), "a", "b").unwrap(),
            expected
        );
    }

    #[test]
    fn secrets_show_as_changed_lines_without_values() {
        let old = b"[license]\nkey = \"XSPOTDIFFOLD-1\"\nami = 1\n";
        let new = b"[license]\nkey = \"XSPOTDIFFNEW-2\"\nami = 1\n";
        let d = unified(old, new, "config.toml", "/etc/xspot/config/config.toml").unwrap();
        assert!(d.contains("-key = <redacted>\n+key = <redacted>\n"), "{d}");
        assert!(!d.contains("XSPOTDIFF"), "{d}");
        let d = unified(b"A=1\n", b"A=1\nAPI_TOKEN=XSPOTDIFFTOK\n", "x.env", "y.env").unwrap();
        assert!(
            d.contains("+API_TOKEN=<redacted>\n") && !d.contains("XSPOTDIFF"),
            "{d}"
        );
    }

    #[test]
    fn binary_and_large_files_are_not_diffed() {
        assert_eq!(
            unified(b"a\0b", b"a", "x", "y").unwrap(),
            "Binary files x and y differ\n"
        );
        assert_eq!(
            unified(b"\xff\xfe", b"a", "x", "y").unwrap(),
            "Binary files x and y differ\n"
        );
        let big = vec![b'a'; MAX_DIFF_BYTES + 1];
        assert_eq!(
            unified(&big, b"a", "x", "y").unwrap(),
            format!(
                "Files x and y differ ({} bytes, too large to diff)\n",
                big.len()
            )
        );
    }

    #[test]
    fn large_files_are_compared_in_chunks_and_never_diffed() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        let big = vec![b'x'; MAX_DIFF_BYTES + 10];
        std::fs::write(&a, &big).unwrap();
        std::fs::write(&b, &big).unwrap();
        assert_eq!(files(Some(&a), Some(&b), "a", "b").unwrap(), None);
        let mut other = big.clone();
        *other.last_mut().unwrap() = b'y';
        std::fs::write(&b, &other).unwrap();
        assert_eq!(
            files(Some(&a), Some(&b), "a", "b").unwrap().unwrap(),
            format!(
                "Files a and b differ ({} bytes, too large to diff)\n",
                big.len()
            )
        );
        std::fs::write(&b, "k\n").unwrap();
        std::fs::write(&a, "k\n").unwrap();
        assert_eq!(files(Some(&a), Some(&b), "a", "b").unwrap(), None);
        let d = files(None, Some(&b), "/dev/null", "b").unwrap().unwrap();
        assert!(d.ends_with("@@ -0,0 +1 @@\n+k\n"), "{d}");
    }

    #[test]
    fn control_characters_are_escaped() {
        let d = unified(b"a\n", b"a\x1b[2J\r\n", "n\x1bame", "y").unwrap();
        assert!(d.starts_with("--- n\\x1bame\n"), "{d}");
        assert!(d.contains("+a\\x1b[2J\\x0d\n"), "{d}");
        assert!(!d.contains('\x1b') && !d.contains('\r'));
    }

    #[test]
    fn a_diff_over_budget_says_it_was_cut() {
        let lines: Vec<String> = (0..200).map(|i| format!("line {i}\n")).collect();
        let old = lines.concat();
        let new: String = lines.iter().rev().map(String::as_str).collect();
        let tiny = Budget {
            time: Duration::ZERO,
            max_lines: 10,
        };
        let d = unified_within(old.as_bytes(), new.as_bytes(), "a", "b", tiny).unwrap();
        assert!(d.contains("[diff cut: over its 0 ms time budget"), "{d}");
        assert!(d.contains("more line(s) not shown (limit 10)]"), "{d}");
        assert!(d.lines().count() <= 2 + 10 + 2, "{d}");
        let shown = d
            .lines()
            .filter(|l| l.starts_with(['+', '-', ' ', '@']))
            .count();
        assert_eq!(shown, 2 + 10, "{d}");
    }
}
