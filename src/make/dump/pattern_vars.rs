//! `# Pattern-specific Variable Values`: one block per assignment (`%.o :`, the origin
//! comment, `# NAME := value`), ordered as GNU make 4.3 keeps them: by the length of the
//! pattern, then in reading order. An appending assignment shows only what it appends.

use std::fmt::Write as _;

use crate::make::rule::{Database, TargetVar};

/// The section, with GNU's count line (or its "none" line).
pub fn section(out: &mut String, db: &Database) {
    out.push_str("# Pattern-specific Variable Values\n\n");
    let mut vars: Vec<&(String, std::rc::Rc<TargetVar>)> = db.pattern_vars().iter().collect();
    vars.sort_by_key(|(pattern, _)| pattern.len());
    for (pattern, v) in &vars {
        let _ = writeln!(out, "{pattern} :");
        out.push_str(&origin_comment(v));
        // GNU shows pattern-specific values with `:=` whatever their flavour.
        let value = super::variables::shown_value(&v.value, true);
        let _ = write!(out, "# {} := {value}\n\n", v.name);
    }
    if vars.is_empty() {
        out.push_str("# No pattern-specific variable values.\n\n");
    } else {
        let _ = writeln!(out, "# {} pattern-specific variable values", vars.len());
    }
}

/// `# makefile (from 'Makefile', line 3)`, as for global variables.
fn origin_comment(v: &TargetVar) -> String {
    let origin = if v.is_override {
        "'override' directive"
    } else {
        "makefile"
    };
    let private = if v.private { " private" } else { "" };
    format!(
        "# {origin}{private} (from '{}', line {})\n",
        v.loc.file, v.loc.line
    )
}
