//! Rule lines: `targets : prerequisites | order-only ; recipe`, `::`, static patterns
//! (`targets : target-pattern : prereq-patterns`) and target-specific variables
//! (`targets : [override|export|private] VAR op value`), parsed as read.c does: the line is
//! expanded word by word only up to the first colon, so a target-specific value stays raw.

use std::rc::Rc;

use super::assign::{parse_assignment, parse_definition, Op};
use super::Evaluator;
use crate::make::func::words;
use crate::make::messages::{Fatal, Location, MakeError};
use crate::make::rule::AssignOp;
use crate::make::var::{Export, Origin, Scope, VarTable};

/// One recipe line, raw (backslash-newlines kept), without the recipe prefix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecipeLine {
    pub text: String,
    pub location: Location,
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
}

impl RuleDef {
    /// A pattern rule (`%.o: %.c`): some target contains `%` and this is not a static pattern.
    pub fn is_pattern(&self) -> bool {
        self.target_pattern.is_none() && self.targets.iter().any(|t| t.contains('%'))
    }
}

/// Finds the first unquoted `;` or `#` outside variable references in a raw line.
fn find_semi_or_comment(s: &str) -> Option<(usize, u8)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'$' => {
                let open = b.get(i + 1).copied();
                i += 2;
                if let Some(o @ (b'(' | b'{')) = open {
                    let close = crate::make::expand::closer(o);
                    let mut count = 1;
                    while i < b.len() {
                        if b[i] == o {
                            count += 1;
                        } else if b[i] == close {
                            count -= 1;
                            if count == 0 {
                                i += 1;
                                break;
                            }
                        }
                        i += 1;
                    }
                }
                continue;
            }
            c @ (b';' | b'#') => {
                let n = b[..i].iter().rev().take_while(|&&c| c == b'\\').count();
                if n % 2 == 0 {
                    return Some((i, c));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// A file name as GNU make records it: `\:` unescaped, a leading `./` dropped.
fn normalise_name(w: &str) -> String {
    let mut s = w.replace("\\:", ":");
    while s.len() > 2 && s.starts_with("./") {
        s.drain(..2);
    }
    s
}

/// Index of the first `:` in expanded text not escaped by a backslash.
fn find_colon(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).find(|&i| b[i] == b':' && (i == 0 || b[i - 1] != b'\\'))
}

/// Splits the unexpanded text into make-words: `$(...)` kept whole, `:` its own word.
fn next_mword(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    if i >= b.len() {
        return None;
    }
    let start = i;
    if b[i] == b':' {
        let len = if b.get(i + 1) == Some(&b':') { 2 } else { 1 };
        return Some((start, i + len));
    }
    if b[i] == b'&' && b.get(i + 1) == Some(&b':') {
        return Some((start, i + 2));
    }
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b':' => break,
            b'&' if b.get(i + 1) == Some(&b':') => break,
            b'\\' => i += 2,
            b'$' => {
                let open = b.get(i + 1).copied();
                i += 2;
                if let Some(o @ (b'(' | b'{')) = open {
                    let close = crate::make::expand::closer(o);
                    if let Some(e) = crate::make::expand::find_matching(b, i, o, close) {
                        i = e + 1;
                    } else {
                        i = b.len();
                    }
                }
            }
            _ => i += 1,
        }
    }
    Some((start, i.min(b.len())))
}

impl Evaluator {
    /// Parses a rule line (raw logical line `raw`, known not to be an assignment/directive).
    pub(crate) fn rule_line(&mut self, raw: &str) -> Result<(), MakeError> {
        self.end_rule()?;
        let (head, mut recipe) = match find_semi_or_comment(raw) {
            Some((i, b';')) => (&raw[..i], Some(raw[i + 1..].to_owned())),
            Some((i, _)) => (&raw[..i], None),
            None => (raw, None),
        };
        let head = super::lines::collapse(head);
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
                    recipe = Some(expanded[i + 1..].to_owned());
                    expanded.truncate(i);
                }
            }
            if let Some(c) = find_colon(&expanded) {
                colon = Some(c);
                break;
            }
        }
        let Some(colon) = colon else {
            if expanded
                .trim_matches(crate::make::func::is_space)
                .is_empty()
            {
                if recipe.is_some() {
                    return Err(self.error(Fatal::MissingRuleBeforeRecipe));
                }
                return Ok(());
            }
            if raw.starts_with("        ") {
                return Err(self.error(Fatal::MissingSeparatorSpaces));
            }
            return Err(self.error(Fatal::MissingSeparator));
        };
        let mut target_text = &expanded[..colon];
        let grouped = target_text.ends_with('&');
        if grouped {
            target_text = &target_text[..target_text.len() - 1];
        }
        let targets: Vec<String> = words(target_text).map(normalise_name).collect();
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
        if let Some((mods, def)) = parse_assignment(&remainder, true) {
            let mut def = def;
            if let Some(r) = &recipe {
                def.push(';');
                def.push_str(r);
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
                let pat = prereq_text[..i].trim_matches(crate::make::func::is_space);
                if words(pat).count() > 1 {
                    return Err(self.error(Fatal::MultipleTargetPatterns));
                }
                if !pat.contains('%') {
                    return Err(self.error(Fatal::NoPercent));
                }
                (Some(pat.to_owned()), &prereq_text[i + 1..])
            }
            None => (None, prereq_text),
        };
        // Mixed implicit and normal targets: the database reports GNU's non-fatal error.
        let (normal, order_only) = match prereq_text.find('|') {
            Some(i) => (&prereq_text[..i], &prereq_text[i + 1..]),
            None => (prereq_text, ""),
        };
        let cwd = self.curdir();
        let glob_words = |s: &str| -> Vec<String> {
            words(s)
                .flat_map(|w| {
                    if crate::make::glob::is_magic(w) {
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
            file: String::new(),
            line: 0,
        });
        let second_expansion = self
            .db
            .globals()
            .second_expansion
            .then(|| prereq_text.to_owned());
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
        };
        if let Some(text) = recipe {
            let text = self.strip_continuation_prefix(&text);
            rule.recipe.push(RecipeLine { text, location });
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
        let text = self.strip_continuation_prefix(text);
        if let Some(rule) = self.rules.get_mut(i) {
            rule.has_recipe = true;
            rule.recipe.push(RecipeLine { text, location });
        }
        Some(true)
    }

    /// In a recipe line, a recipe prefix right after a backslash-newline is removed (GNU make
    /// manual 5.1.1, "Splitting Recipe Lines").
    fn strip_continuation_prefix(&self, text: &str) -> String {
        let pat = format!("\n{}", self.recipe_prefix());
        text.replace(&pat, "\n")
    }

    /// `targets: VAR op value`: target- or pattern-specific variables.
    fn target_variable(
        &mut self,
        targets: &[String],
        def_text: &str,
        mods: super::assign::Modifiers,
    ) -> Result<(), MakeError> {
        let Some(def) = parse_definition(def_text) else {
            return Err(self.error(Fatal::MissingSeparator));
        };
        let name = self.expand_name(&def.name)?;
        let origin = if mods.override_ {
            Origin::Override
        } else {
            Origin::File
        };
        for target in targets {
            let mut table = self.take_target_table(target);
            self.define_variable(&name, def.op, &def.value, origin, Some(&mut table))?;
            if origin != Origin::Override {
                if let Some(g) = self.globals.get(&name) {
                    if matches!(g.origin, Origin::CommandLine | Origin::EnvironmentOverride) {
                        let g = g.clone();
                        table.set(name.clone(), g);
                    }
                }
            }
            if let Some(v) = table.get_mut(&name) {
                if mods.export {
                    v.export = Export::Yes;
                }
                if mods.private {
                    v.private = true;
                }
            }
            self.put_target_table(target, table);
        }
        let value = match def.op {
            Op::Recursive | Op::Append | Op::Conditional => def.value.clone(),
            Op::Simple | Op::Shell => targets
                .first()
                .and_then(|t| {
                    self.target_tables(t)
                        .first()
                        .and_then(|tab| tab.get(&name).map(|v| v.value.clone()))
                })
                .unwrap_or_default(),
        };
        let record = crate::make::rule::TargetVar {
            name,
            op: match def.op {
                Op::Recursive => AssignOp::Recursive,
                Op::Simple => AssignOp::Simple,
                Op::Append => AssignOp::Append,
                Op::Conditional => AssignOp::Conditional,
                Op::Shell => AssignOp::Shell,
            },
            value,
            is_override: mods.override_,
            export: if mods.export {
                Some(true)
            } else if mods.unexport {
                Some(false)
            } else {
                None
            },
            private: mods.private,
            loc: super::flush::loc(self.location.as_ref().unwrap_or(&Location {
                file: String::new(),
                line: 0,
            })),
        };
        self.db.add_target_var(targets, &record);
        Ok(())
    }

    fn take_target_table(&mut self, target: &str) -> VarTable {
        if target.contains('%') {
            if let Some((_, t)) = self.pattern_vars.iter().find(|(p, _)| p == target) {
                return (**t).clone();
            }
            return VarTable::new();
        }
        self.target_vars
            .get(target)
            .map(|t| (**t).clone())
            .unwrap_or_default()
    }

    fn put_target_table(&mut self, target: &str, table: VarTable) {
        if target.contains('%') {
            if let Some(slot) = self.pattern_vars.iter_mut().find(|(p, _)| p == target) {
                slot.1 = Rc::new(table);
            } else {
                self.pattern_vars.push((target.to_owned(), Rc::new(table)));
            }
        } else {
            self.target_vars.insert(target.to_owned(), Rc::new(table));
        }
    }
}
