//! Unified diffs of file contents (crate `similar`), coloured for a terminal.

use std::fmt::Write as _;

/// A unified diff from `old` to `new` with the given header names; `None` when equal.
/// Contents that are not UTF-8 get a one-line `Binary files … differ`.
pub fn unified(old: &[u8], new: &[u8], old_name: &str, new_name: &str) -> Option<String> {
    if old == new {
        return None;
    }
    let (Ok(old), Ok(new)) = (std::str::from_utf8(old), std::str::from_utf8(new)) else {
        return Some(format!("Binary files {old_name} and {new_name} differ\n"));
    };
    let diff = similar::TextDiff::from_lines(old, new);
    Some(
        diff.unified_diff()
            .context_radius(3)
            .header(old_name, new_name)
            .to_string(),
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
        assert!(d.starts_with("--- old\n+++ new\n"), "{d}");
        assert!(d.contains("-b\n+c\n"), "{d}");
        assert!(unified(b"x", b"x", "a", "b").is_none());
        assert!(colorize("+x\n").contains("\x1b[32m+x"));
    }
}
