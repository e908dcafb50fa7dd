//! Handing what the reader collected to the engine's [`Database`]: a rule once its recipe is
//! complete (GNU's `record_waiting_files`), and target-specific variable records.

use super::rule::RuleDef;
use super::Evaluator;
use crate::make::messages::{Fatal, Location, MakeError};
use crate::make::rule::{self, Recipe, RuleInput, RuleKind};

/// The engine's location type for one of ours.
pub fn loc(l: &Location) -> rule::Location {
    rule::Location::new(l.file.shared(), u32::try_from(l.line).unwrap_or(u32::MAX))
}

/// The engine's view of one rule, which takes its prerequisites (nothing reads them from
/// the evaluator afterwards) and, when it has no recipe, its targets (kept otherwise to
/// find where a recipe line was written).
pub fn rule_input(r: &mut RuleDef) -> RuleInput {
    let kind = if r.double_colon {
        RuleKind::DoubleColon
    } else if r.grouped {
        RuleKind::Grouped
    } else {
        RuleKind::Single
    };
    let recipe = r.has_recipe.then(|| {
        let mut recipe = Recipe::new(
            r.recipe
                .iter()
                .map(|l| rule::RecipeLine {
                    text: l.text.clone(),
                    loc: loc(&l.location),
                })
                .collect(),
            loc(&r.location),
        );
        recipe.shown = Some((
            r.recipe_prefix,
            r.recipe.iter().map(|l| l.raw.clone()).collect(),
        ));
        recipe
    });
    let targets = if r.recipe.is_empty() {
        std::mem::take(&mut r.targets)
    } else {
        r.targets.clone()
    };
    RuleInput {
        targets,
        kind,
        static_pattern: r.target_pattern.clone(),
        prereqs: std::mem::take(&mut r.prereqs),
        order_only: std::mem::take(&mut r.order_only),
        second_expansion: r.second_expansion.take(),
        recipe,
        loc: loc(&r.location),
        grouped_double: r.double_colon && r.grouped,
    }
}

/// The defaults GNU make 4.3 switches to under `.POSIX` (`make -p` with `.POSIX:`).
const POSIX_DEFAULTS: &[(&str, &str)] = &[
    ("ARFLAGS", "-rvU"),
    ("CC", "c99"),
    ("CFLAGS", "-O1"),
    ("FC", "fort77"),
    ("FFLAGS", "-O1"),
    ("SCCSGETFLAGS", "-s"),
];

impl Evaluator {
    fn install_posix_defaults(&mut self) {
        use crate::make::var::Origin;
        for (name, value) in POSIX_DEFAULTS {
            if self
                .globals
                .get(name)
                .is_none_or(|v| v.origin == Origin::Default)
            {
                self.globals.set_simple(*name, *value, Origin::Default);
            }
        }
    }

    /// Ends the rule receiving recipe lines, entering it into the database.
    pub(crate) fn end_rule(&mut self) -> Result<(), MakeError> {
        if let Some(e) = self.pending_rule_error.take() {
            self.current_rule = None;
            return Err(e);
        }
        let Some(Some(i)) = self.current_rule.take() else {
            return Ok(());
        };
        let Some(r) = self.rules.get_mut(i) else {
            return Ok(());
        };
        let input = rule_input(r);
        if r.recipe.is_empty() && i + 1 == self.rules.len() {
            // The database has all of it; only recipe lines are looked up here later
            // (a generated `.d` file holds one such rule per object).
            self.rules.pop();
        }
        match self.db.add_rule(input) {
            Ok(warnings) => {
                for w in warnings {
                    self.output.err_line(&w);
                }
                if self.db.globals().export_all {
                    self.export_all = true;
                }
                if self.db.globals().posix
                    && self
                        .globals
                        .get(".SHELLFLAGS")
                        .is_some_and(|v| v.origin == crate::make::var::Origin::Default)
                {
                    self.globals.set_simple(
                        ".SHELLFLAGS",
                        "-ec",
                        crate::make::var::Origin::Default,
                    );
                    self.install_posix_defaults();
                }
                Ok(())
            }
            Err(e) => {
                for w in self.db.take_warnings_before_error() {
                    self.output.err_line(&w);
                }
                Err(MakeError::new(Fatal::Line(e.gnu_line()), None))
            }
        }
    }
}
