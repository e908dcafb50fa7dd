//! Grouped targets (`&:`, `&::`): the member list a rule records, and GNU's warnings when a
//! member's group is replaced (read.c `record_files`, its `also_make` loop).

use super::{Database, Recipe};

impl Database {
    /// Records a group of the rule's targets (each name once) and returns its id.
    pub(super) fn open_group(&mut self, targets: &[String]) -> u32 {
        let mut members: Vec<String> = Vec::new();
        for t in targets {
            if !members.contains(t) {
                members.push(t.clone());
            }
        }
        self.groups.push(members);
        u32::try_from(self.groups.len() - 1).unwrap_or(u32::MAX)
    }

    /// GNU's "overriding group membership" lines for a grouped rule, computed before its
    /// targets are entered: one for each single-colon target already in a group (an
    /// earlier grouped rule, or an earlier mention in this one). GNU builds the member
    /// list by prepending, so it walks (and warns) from the last target to the first. A
    /// `::` target gets a new record each time, which has no group yet.
    pub(super) fn group_overrides(
        &self,
        targets: &[String],
        double: bool,
        recipe: &Recipe,
    ) -> Vec<String> {
        let at = recipe
            .lines
            .first()
            .map(|l| &l.loc)
            .or(recipe.rule_loc.as_ref());
        let (Some(at), false) = (at, double) else {
            return Vec::new();
        };
        let mut seen: Vec<&String> = Vec::new();
        let mut out = Vec::new();
        for t in targets.iter().rev() {
            let grouped_before = self
                .file(t)
                .and_then(|f| f.rule())
                .is_some_and(|r| r.group_id.is_some());
            if seen.contains(&t) || grouped_before {
                out.push(format!(
                    "{at}: warning: overriding group membership for target '{t}'"
                ));
            }
            seen.push(t);
        }
        out
    }
}
