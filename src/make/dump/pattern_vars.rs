//! `# Pattern-specific Variable Values`: one block per variable of each pattern
//! (`%.o :`, the origin comment, `# NAME := value`), in definition order.

use crate::make::eval::Evaluator;

/// The section, with GNU's count line (or its "none" line).
pub fn section(out: &mut String, ev: &Evaluator) {
    out.push_str("# Pattern-specific Variable Values\n\n");
    let mut count = 0;
    for (pattern, table) in &ev.pattern_vars {
        let mut vars: Vec<_> = table.iter().collect();
        vars.sort_by(|a, b| a.0.cmp(b.0));
        for (name, v) in vars {
            count += 1;
            out.push_str(&format!("{pattern} :\n"));
            out.push_str(&super::variables::origin_comment(v));
            out.push('\n');
            // GNU shows pattern-specific values with `:=` whatever their flavour.
            let value = super::variables::shown_value(&v.value, true);
            out.push_str(&format!("# {name} := {value}\n\n"));
        }
    }
    if count == 0 {
        out.push_str("# No pattern-specific variable values.\n\n");
    } else {
        out.push_str(&format!("# {count} pattern-specific variable values\n"));
    }
}
