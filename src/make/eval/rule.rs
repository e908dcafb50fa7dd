//! Rule lines: `targets : prerequisites | order-only ; recipe`, `::`, static patterns
//! (`targets : target-pattern : prereq-patterns`) and target-specific variables
//! (`targets : [override|export|private] VAR op value`), parsed as read.c does: the line is
//! expanded word by word only up to the first colon, so a target-specific value stays raw.

use super::assign::parse_assignment;
use super::rule_words::{
    file_names, find_colon, find_semi_or_comment, next_mword, normalise_name, trim_dot_slash,
    unquote_semi_hash,
};
use super::Evaluator;
use crate::make::messages::{Fatal, Location, MakeError};
use crate::make::var::{Origin, Scope};

/// One recipe line, raw (backslash-newlines kept), without the recipe prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecipeLine {
    pub text: String,
    pub location: Location,
    /// The text as read, continuation lines' recipe prefixes kept (`-p` prints it).
    pub raw: String,
}

/// One rule as the makefile stated it, names already expanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleDef {
    pub targets: Vec<String>,
    pub double_colon: bool,
    /// `&:` grouped targets.
    pub grouped: bool,
    /// Under `.SECONDEXPANSION`, the prerequisite text after the first expansion.
    pub second_expansion: Option<String>,
    pub prereqs: Vec<String>,
    pub order_only: Vec<String>,
    /// For a static pattern rule, the target pattern (prerequisites are then patterns too).
    pub target_pattern: Option<String>,
    /// Whether the rule has a recipe (even an empty one: `x: ;`).
    pub has_recipe: bool,
    pub recipe: Vec<RecipeLine>,
    pub location: Location,
    /// `.RECIPEPREFIX` when the rule was read (`-p` prints recipe lines after it).
    pub recipe_prefix: char,
}

impl RuleDef {
    /// A pattern rule (`%.o: %.c`): some target contains `%` and this is not a static pattern.
    pub fn is_pattern(&self) -> bool {
        self.target_pattern.is_none() && self.targets.iter().any(|t| t.contains('%'))
    }
}

impl Evaluator {
    /// While a recipe is being expanded, `$(eval)` may not define rules (target-specific
    /// variables it may). read.c `record_files` says so at the line the eval's text starts
    /// from without the recipe line's offset: the rule's first recipe line.
    fn rule_in_recipe(&mut self) -> MakeError {
        if let Some(at) = &mut self.location {
            at.line = at.line.saturating_sub(self.recipe_line_offset);
        }
        self.error(Fatal::PrereqsInRecipe)
    }

    /// Parses a rule line (raw logical line `raw`, known not to be an assignment/directive).
    pub(crate) fn rule_line(&mut self, raw: &str) -> Result<(), MakeError> {
        self.end_rule()?;
        let (head, mut recipe) = match find_semi_or_comment(raw) {
            Some((i, b';')) => (&raw[..i], Some(raw[i + 1..].to_owned())),
            Some((i, _)) => (&raw[..i], None),
            None => (raw, None),
        };
        let head = super::lines::collapse(&unquote_semi_hash(head));
        let mut expanded = String::new();
        let mut rest = head.as_str();
        let mut colon = None;
        let mut first = true;
        while let Some((s, e)) = next_mword(rest) {
            let word = &rest[s..e];
            if first && word == ":" {
                self.current_rule = Some(None);
                return Ok(());
            }
            first = false;
            if !expanded.is_empty() {
                expanded.push(' ');
            }
            let x = self.expand(word, &Scope::global())?;
            expanded.push_str(&x);
            rest = &rest[e..];
            if recipe.is_none() {
                if let Some(i) = expanded.find(';') {
                    // GNU expands the rest of the line into the recipe there and then: the
                    // words after the `;` are never targets, nor a separator's absence.
                    let mut r = expanded[i + 1..].to_owned();
                    r.push_str(&self.expand(rest, &Scope::global())?);
                    recipe = Some(r);
                    expanded.truncate(i);
                    rest = "";
                }
            }
            if let Some(c) = find_colon(&expanded) {
                colon = Some(c);
                break;
            }
        }
        let Some(colon) = colon else {
            if expanded
                .trim_matches(crate::make::blank::is_space)
                .is_empty()
            {
                // Only a line blank before expansion has a recipe and no rule; one that
                // expands to nothing is ignored, `;` and all.
                if recipe.is_some() && head.trim().is_empty() {
                    return Err(self.error(Fatal::MissingRuleBeforeRecipe));
                }
                return Ok(());
            }
            if self.recipe_prefix() == '\t' && raw.starts_with("        ") {
                return Err(self.error(Fatal::MissingSeparatorSpaces));
            }
            return Err(self.error(Fatal::MissingSeparator));
        };
        let mut target_text = &expanded[..colon];
        let grouped = target_text.ends_with('&');
        if grouped {
            target_text = &target_text[..target_text.len() - 1];
        }
        let cwd = self.curdir();
        let targets: Vec<String> = file_names(target_text)
            .iter()
            .flat_map(|w| {
                let found = if crate::make::glob::is_magic(w) {
                    crate::make::glob::glob(&cwd, w)
                } else {
                    Vec::new()
                };
                if found.is_empty() {
                    vec![normalise_name(w)]
                } else {
                    found.iter().map(|n| normalise_name(n)).collect()
                }
            })
            .collect();
        let targets = crate::make::plan::archive::spread_members(targets);
        let mut after = &expanded[colon + 1..];
        let double_colon = after.starts_with(':');
        if double_colon {
            after = &after[1..];
        }
        let remainder = format!("{after}{rest}");
        if targets.is_empty() {
            self.current_rule = Some(None);
            return Ok(());
        }
        let first = remainder
            .split_whitespace()
            .find(|w| !matches!(*w, "export" | "override" | "private" | "unexport"));
        if matches!(first, Some("define" | "undefine")) {
            return Err(self.error(Fatal::MalformedTargetVar));
        }
        // A target named twice is noticed when the rule is recorded (the database warns);
        // target-specific assignments take it silently, as GNU does.
        if let Some((mods, def)) = parse_assignment(&remainder, true) {
            let mut def = def;
            if let Some(r) = &recipe {
                // Not a recipe after all: its continuations join like the rest of the line.
                def.push(';');
                def.push_str(&super::lines::collapse(r));
            }
            return self.target_variable(&targets, &def, mods);
        }
        let mut prereq_text = after.to_owned();
        prereq_text.push_str(&self.expand(rest, &Scope::global())?);
        if recipe.is_none() {
            if let Some(i) = prereq_text.find(';') {
                recipe = Some(prereq_text[i + 1..].to_owned());
                prereq_text.truncate(i);
            }
        }
        self.record_rule(targets, (double_colon, grouped), &prereq_text, recipe)
    }

    fn record_rule(
        &mut self,
        targets: Vec<String>,
        (double_colon, grouped): (bool, bool),
        prereq_text: &str,
        recipe: Option<String>,
    ) -> Result<(), MakeError> {
        let (target_pattern, prereq_text) = match find_colon(prereq_text) {
            Some(i) => {
                let pat = prereq_text[..i].trim_matches(crate::make::blank::is_space);
                if pat.is_empty() {
                    return Err(self.error(Fatal::MissingTargetPattern));
                }
                // One name, as GNU's parse_file_seq reads it (`%\ x.c` is one pattern).
                let mut names = file_names(pat);
                if names.len() > 1 {
                    return Err(self.error(Fatal::MultipleTargetPatterns));
                }
                // Read like any name: a leading `./` goes (`./%.o` matches `./a.o`, which is
                // `a.o` by now).
                let pat = trim_dot_slash(names.pop().unwrap_or_default());
                if !pat.contains('%') {
                    return Err(self.error(Fatal::NoPercent));
                }
                // Mixed implicit and static targets: the database warns, as for `:` rules.
                (Some(pat), &prereq_text[i + 1..])
            }
            None => (None, prereq_text),
        };
        if self.in_recipe {
            // GNU's `record_files` says so when the rule is recorded: when a line that
            // ends a rule comes (or the text ends), after what the lines before it did.
            let e = self.rule_in_recipe();
            self.pending_rule_error = Some(e);
            self.current_rule = Some(None);
            return Ok(());
        }
        // Mixed implicit and normal targets: the database reports GNU's non-fatal error.
        let (normal, order_only) = match prereq_text.find('|') {
            Some(i) => (&prereq_text[..i], &prereq_text[i + 1..]),
            None => (prereq_text, ""),
        };
        let cwd = self.curdir();
        let glob_words = |s: &str| -> Vec<String> {
            // Archive members first (`lib.a( a.o *.o )` is two members), so a wildcard
            // inside the parentheses matches the archive's members (GNU's `ar_glob`).
            let words = crate::make::plan::archive::spread_members(file_names(s));
            words
                .iter()
                .flat_map(|w| {
                    let members = crate::make::plan::archive::glob_members(w);
                    if !members.is_empty() {
                        members
                    } else if crate::make::glob::is_magic(w) {
                        let g = crate::make::glob::glob(&cwd, w);
                        if g.is_empty() {
                            vec![normalise_name(w)]
                        } else {
                            g.iter().map(|n| normalise_name(n)).collect()
                        }
                    } else {
                        vec![normalise_name(w)]
                    }
                })
                .collect()
        };
        let location = self.location.clone().unwrap_or(Location {
            file: "".into(),
            line: 0,
        });
        let second_expansion = self
            .db
            .globals()
            .second_expansion
            // A quoted `\:` is a colon by now, also inside `$$(v\:a=b)` (GNU unquotes it
            // while it reads the line).
            .then(|| super::rule_words::unquote_colons(prereq_text));
        let deferred = second_expansion.is_some();
        let mut rule = RuleDef {
            targets,
            double_colon,
            grouped,
            second_expansion,
            prereqs: if deferred {
                Vec::new()
            } else {
                glob_words(normal)
            },
            order_only: if deferred {
                Vec::new()
            } else {
                glob_words(order_only)
            },
            target_pattern,
            has_recipe: recipe.is_some(),
            recipe: Vec::new(),
            location: location.clone(),
            recipe_prefix: self.recipe_prefix(),
        };
        if let Some(raw) = recipe {
            let text = self.strip_continuation_prefix(&raw);
            rule.recipe.push(RecipeLine {
                text,
                location,
                raw,
            });
        }
        self.note_default_goal(&rule);
        self.rules.push(rule);
        self.current_rule = Some(Some(self.rules.len() - 1));
        Ok(())
    }

    /// The first target of the first ordinary rule becomes `.DEFAULT_GOAL` if it is empty.
    fn note_default_goal(&mut self, rule: &RuleDef) {
        if self.no_default_goal || !self.raw_value(".DEFAULT_GOAL").is_empty() {
            return;
        }
        let goal = rule
            .targets
            .iter()
            .filter(|t| rule.target_pattern.is_some() || !t.contains('%'))
            .find(|t| !t.starts_with('.') || t.contains('/'));
        if let Some(goal) = goal {
            let mut v = self
                .globals
                .get(".DEFAULT_GOAL")
                .cloned()
                .unwrap_or_else(|| crate::make::var::Variable::simple("", Origin::File));
            v.value.clone_from(goal);
            self.globals.set(".DEFAULT_GOAL", v);
        }
    }

    /// Appends a recipe line to the current rule; `false` if there is none.
    pub(crate) fn add_recipe_line(&mut self, text: &str) -> Option<bool> {
        let current = self.current_rule?;
        let Some(i) = current else {
            return Some(true);
        };
        let location = self.location.clone()?;
        let raw = text.to_owned();
        let text = self.strip_continuation_prefix(text);
        if let Some(rule) = self.rules.get_mut(i) {
            rule.has_recipe = true;
            rule.recipe.push(RecipeLine {
                text,
                location,
                raw,
            });
        }
        Some(true)
    }

    /// In a recipe line, a recipe prefix right after a backslash-newline is removed (GNU make
    /// manual 5.1.1, "Splitting Recipe Lines").
    fn strip_continuation_prefix(&self, text: &str) -> String {
        let pat = format!("\n{}", self.recipe_prefix());
        text.replace(&pat, "\n")
    }
}
