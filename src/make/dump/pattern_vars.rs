//! `# Pattern-specific Variable Values`: one block per assignment (`%.o :`, the origin
//! comment, `# NAME := value`), ordered as GNU make 4.3 keeps them: by the length of the
//! pattern, then in reading order. An appending assignment shows only what it appends.

use std::fmt::Write as _;

use crate::make::rule::{Database, TargetVar, VarPattern};

/// The section, with GNU's count line (or its "none" line).
pub fn section(out: &mut String, db: &Database, hide: &super::variables::Hider) {
    out.push_str("# Pattern-specific Variable Values\n\n");
    let mut vars: Vec<&(VarPattern, std::rc::Rc<TargetVar>)> = db.pattern_vars().iter().collect();
    vars.sort_by_key(|(pattern, _)| pattern.text.len());
    for (pattern, v) in &vars {
        let _ = writeln!(out, "{} :", pattern.text);
        out.push_str(&origin_comment(v));
        // GNU shows pattern-specific values with `:=` whatever their flavour, but for a
        // line that took a recursive command-line value.
        let value = if hide.is_secret(&v.name) {
            super::variables::HIDDEN.to_owned()
        } else {
            super::variables::shown_value(&hide.masked(&v.value), true)
        };
        let op = if v.shown_recursive { "=" } else { ":=" };
        let _ = write!(out, "# {} {op} {value}\n\n", v.name);
    }
    if vars.is_empty() {
        out.push_str("# No pattern-specific variable values.\n\n");
    } else {
        let _ = writeln!(out, "# {} pattern-specific variable values", vars.len());
    }
}

/// `# makefile (from 'Makefile', line 3)`, as for global variables.
fn origin_comment(v: &TargetVar) -> String {
    let origin = match v.origin {
        crate::make::var::Origin::Override => "'override' directive",
        crate::make::var::Origin::CommandLine => "command line",
        crate::make::var::Origin::EnvironmentOverride => "environment under -e",
        _ => "makefile",
    };
    let private = if v.private { " private" } else { "" };
    format!(
        "# {origin}{private} (from '{}', line {})\n",
        v.loc.file, v.loc.line
    )
}
