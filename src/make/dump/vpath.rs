//! `# VPATH Search Paths`: the `vpath` directives in effect, then the `VPATH` variable.

use std::fmt::Write as _;

use crate::make::rule::Database;

/// The section; a blank line ends it (GNU's string-cache statistics would follow).
/// `vpath_var` is the `VPATH` variable's value, expanded.
pub fn section(out: &mut String, db: &Database, vpath_var: &str) {
    out.push_str("# VPATH Search Paths\n\n");
    let entries = db.vpaths().entries();
    if entries.is_empty() {
        out.push_str("# No 'vpath' search paths.");
    } else {
        for (pattern, dirs) in entries {
            let _ = writeln!(out, "vpath {pattern} {}", dirs.join(":"));
        }
        let _ = write!(out, "\n# {} 'vpath' search paths.", entries.len());
    }
    out.push_str("\n\n");
    let dirs: Vec<&str> = vpath_var
        .split([':', ' ', '\t'])
        .filter(|d| !d.is_empty())
        .collect();
    if dirs.is_empty() {
        out.push_str("# No general ('VPATH' variable) search path.\n\n");
    } else {
        let _ = write!(
            out,
            "# General ('VPATH' variable) search path:\n# {}\n\n",
            dirs.join(":")
        );
    }
}
