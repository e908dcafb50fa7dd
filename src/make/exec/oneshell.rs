//! `.ONESHELL` (GNU manual 5.3.1): the whole recipe goes to one shell. The first line's
//! prefixes apply to the recipe; prefix characters at the start of later lines are removed.

use super::line::Line;

/// Joins the lines of a recipe into one.
pub fn merge(lines: &[Line]) -> Line {
    let mut out = lines.first().cloned().unwrap_or_default();
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    out.text = texts.join("\n");
    out.recursive = lines.iter().any(|l| l.recursive);
    out
}
