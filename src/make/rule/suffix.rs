//! After reading: GNU's built-in rules and the conversion of suffix rules into pattern
//! rules (GNU's `convert_to_pattern`), in the order `make -p` shows them.

use std::collections::HashMap;
use std::rc::Rc;

use super::builtin::{PATTERN_RULES, SUFFIX_RULES};
use super::merge::recipe_loc;
use super::{Database, Location, PatternRule, Prereq, Recipe, RecipeLine};

impl Database {
    /// Called once after all makefiles are read: built-in rules (unless `-r`) and the
    /// conversion of suffix rules into pattern rules (GNU's `convert_to_pattern`).
    pub fn finish(&mut self, no_builtin_rules: bool) {
        // GNU main.c: `-r` set by MAKEFLAGS in the makefile clears the default suffixes
        // unless the makefile already changed `.SUFFIXES`.
        if no_builtin_rules && self.suffixes_builtin {
            self.suffixes.clear();
        }
        let builtin: HashMap<&str, &[&str]> = if no_builtin_rules {
            HashMap::new()
        } else {
            SUFFIX_RULES.iter().copied().collect()
        };
        for s in self.suffixes.clone() {
            self.install_pattern(dummy_rule(&format!("%{s}")), false);
            self.convert_suffix(&s, "", &builtin);
            for t in self.suffixes.clone() {
                self.convert_suffix(&s, &t, &builtin);
            }
        }
        if !no_builtin_rules {
            for (target, prereqs, terminal, lines) in PATTERN_RULES {
                let rule = builtin_pattern(target, prereqs, *terminal, lines);
                self.install_pattern(rule, false);
            }
        }
        // Reading is over: the doubling that grew the file list left up to half of it
        // unused (100k files: 2.7 MB).
        self.files.shrink_to_fit();
    }

    /// Converts suffix rule `s`+`t` (from the makefile, or built in) to `%t: %s`.
    fn convert_suffix(&mut self, s: &str, t: &str, builtin: &HashMap<&str, &[&str]>) {
        let name = format!("{s}{t}");
        let target = format!("%{t}");
        let prereq = format!("%{s}");
        let user = self
            .file(&name)
            .filter(|f| f.is_target)
            .and_then(|f| f.rule().cloned());
        let rule = match user {
            Some(r) if r.prereqs.is_empty() => {
                let Some(recipe) = r.recipe else { return };
                PatternRule {
                    targets: vec![target],
                    prereqs: vec![Prereq::normal(prereq)],
                    deferred: None,
                    loc: recipe
                        .rule_loc
                        .clone()
                        .unwrap_or_else(|| Location::new("<builtin>", 0)),
                    recipe: Some(recipe),
                    terminal: false,
                }
            }
            // Under .POSIX a suffix rule with prerequisites is an ordinary target only.
            Some(_) if self.globals().posix => return,
            Some(r) => {
                let Some(recipe) = r.recipe else { return };
                let loc = recipe_loc(&recipe);
                crate::make::directory_lines::start();
                crate::stdio::err_line(&format!(
                    "{loc}: warning: ignoring prerequisites on suffix rule definition"
                ));
                PatternRule {
                    targets: vec![target],
                    prereqs: vec![Prereq::normal(prereq)],
                    deferred: None,
                    loc,
                    recipe: Some(recipe),
                    terminal: false,
                }
            }
            None => match builtin.get(name.as_str()) {
                Some(lines) => builtin_pattern(&target, &prereq, false, lines),
                None => return,
            },
        };
        self.install_pattern(rule, false);
    }
}

fn dummy_rule(target: &str) -> PatternRule {
    PatternRule {
        targets: vec![target.to_owned()],
        prereqs: Vec::new(),
        deferred: None,
        recipe: None,
        terminal: false,
        loc: Location::builtin(),
    }
}

fn builtin_pattern(target: &str, prereqs: &str, terminal: bool, lines: &[&str]) -> PatternRule {
    let loc = Location::builtin();
    let lines = lines
        .iter()
        .map(|l| RecipeLine {
            text: (*l).to_owned(),
            loc: loc.clone(),
        })
        .collect();
    PatternRule {
        targets: vec![target.to_owned()],
        prereqs: prereqs.split_whitespace().map(Prereq::normal).collect(),
        deferred: None,
        recipe: Some(Rc::new(Recipe::new(lines, loc.clone()))),
        terminal,
        loc,
    }
}
