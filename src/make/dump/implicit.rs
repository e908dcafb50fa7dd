//! `# Implicit Rules`: every pattern rule in search order (user rules, converted suffix
//! rules, built-ins, the recipe-less suffix "disqualifier" rules included), then GNU's
//! count line with the share of terminal rules.

use std::fmt::Write as _;

use crate::make::rule::{Database, PatternRule, Prereq, Recipe};

/// The section.
/// `prefix` is `.RECIPEPREFIX` as reading left it: pattern rules are printed with it.
/// `extra` is the global `.EXTRA_PREREQS`, which GNU shows on every rule.
pub fn section(out: &mut String, db: &Database, prefix: char, extra: &[String]) {
    out.push_str("# Implicit Rules\n\n");
    let rules = db.pattern_rules();
    for rule in rules {
        out.push_str(&rule_line(rule, extra));
        if let Some(recipe) = &rule.recipe {
            recipe_lines(out, recipe, Some(prefix));
        }
        out.push('\n');
    }
    if rules.is_empty() {
        out.push_str("# No implicit rules.\n\n");
        return;
    }
    let terminal = rules.iter().filter(|r| r.terminal).count();
    #[allow(clippy::cast_precision_loss)]
    let share = terminal as f64 * 100.0 / rules.len() as f64;
    let _ = writeln!(
        out,
        "# {} implicit rules, {terminal} ({share:.1}%) terminal.",
        rules.len()
    );
}

/// `%.o: %.c | dir` (`::` for a terminal rule).
fn rule_line(rule: &PatternRule, extra: &[String]) -> String {
    let colon = if rule.terminal { "::" } else { ":" };
    let mut s = format!("{}{colon}", rule.targets.join(" "));
    let mut prereqs = rule.prereqs.clone();
    prereqs.extend(extra.iter().map(Prereq::normal));
    s.push_str(&prereq_text(&prereqs));
    s.push('\n');
    s
}

/// ` a b | c`: normal prerequisites, then order-only ones after ` |`; empty for none.
pub fn prereq_text(prereqs: &[Prereq]) -> String {
    let mut s = String::new();
    for p in prereqs.iter().filter(|p| !p.order_only) {
        s.push(' ');
        s.push_str(&p.name);
    }
    if prereqs.iter().any(|p| p.order_only) {
        s.push_str(" |");
        for p in prereqs.iter().filter(|p| p.order_only) {
            s.push(' ');
            s.push_str(&p.name);
        }
    }
    s
}

/// `#  recipe to execute (from 'Makefile', line 4):` and the lines as read, each after
/// `prefix`, or (`None`, for files) the recipe prefix they were read with.
pub fn recipe_lines(out: &mut String, recipe: &Recipe, prefix: Option<char>) {
    let at = recipe
        .lines
        .first()
        .map(|l| l.loc.clone())
        .or_else(|| recipe.rule_loc.clone());
    match at {
        Some(l) if !l.is_builtin() => {
            let _ = writeln!(
                out,
                "#  recipe to execute (from '{}', line {}):",
                l.file, l.line
            );
        }
        _ => out.push_str("#  recipe to execute (built-in):\n"),
    }
    if recipe.lines.is_empty() {
        out.push_str("\t\n");
    }
    if let Some((own, lines)) = &recipe.shown {
        let prefix = prefix.unwrap_or(*own);
        for line in lines {
            out.push(prefix);
            out.push_str(line);
            out.push('\n');
        }
        return;
    }
    for line in &recipe.lines {
        out.push(prefix.unwrap_or('\t'));
        out.push_str(&line.text);
        out.push('\n');
    }
}

/// The `.RECIPEPREFIX` a recipe is printed with.
pub fn prefix_of(recipe: &Recipe) -> char {
    recipe.shown.as_ref().map_or('\t', |s| s.0)
}
