//! Merging a new `target:` rule into the file's single rule, the way GNU's `record_files`
//! does (prerequisite order, recipe override warnings, second-expansion placement).

use super::{File, Location, Recipe, Rule};

/// Merges a `target:` rule into the file's single rule. Deps of a rule with a recipe go
/// first (GNU read.c, `record_files`); a second recipe replaces the first with GNU's two
/// warnings.
pub(super) fn merge_single(file: &mut File, rule: Rule, warnings: &mut Vec<String>) {
    if file.rules.is_empty() {
        crate::make::tight::push(&mut file.rules, rule);
        return;
    }
    let name = &*file.name;
    let old = &mut file.rules[0];
    if let Some(new_recipe) = &rule.recipe {
        if let Some(old_recipe) = &old.recipe {
            let same_group = rule.group_id.is_some() && rule.group_id == old.group_id;
            if !same_group {
                warnings.push(format!(
                    "{}: warning: overriding recipe for target '{name}'",
                    recipe_loc(new_recipe)
                ));
                warnings.push(format!(
                    "{}: warning: ignoring old recipe for target '{name}'",
                    recipe_loc(old_recipe)
                ));
            }
        }
        let shift = rule.prereqs.len();
        let mut prereqs = rule.prereqs;
        prereqs.append(&mut old.prereqs);
        old.prereqs = prereqs;
        let mut deferred = rule.deferred;
        deferred.extend(old.deferred.drain(..).map(|mut d| {
            d.position += shift;
            d
        }));
        old.deferred = deferred;
        old.recipe = Some(new_recipe.clone());
        // A plain rule's recipe leaves the group alone (GNU's also_make stays).
        old.group_id = rule.group_id.or(old.group_id);
        old.loc = rule.loc;
        if rule.stem.is_some() {
            old.stem = rule.stem;
        }
    } else {
        let shift = old.prereqs.len();
        crate::make::tight::extend(&mut old.prereqs, rule.prereqs);
        // Each static pattern rule sets the file's stem: the last one read wins.
        if rule.stem.is_some() {
            old.stem = rule.stem;
        }
        old.deferred.extend(rule.deferred.into_iter().map(|mut d| {
            d.position += shift;
            d
        }));
    }
}

/// Where a recipe starts (its first line, else its rule line).
pub(super) fn recipe_loc(recipe: &Recipe) -> Location {
    recipe
        .lines
        .first()
        .map(|l| l.loc.clone())
        .or_else(|| recipe.rule_loc.clone())
        .unwrap_or_else(Location::builtin)
}
