//! The rule database: every file the makefiles mention, pattern rules, target- and
//! pattern-specific variables, `vpath`s and the special-target flags.
//!
//! How the evaluator fills it (`make::eval`):
//! 1. `Database::new(no_builtin_rules)` before reading (`-r` given on the command line).
//! 2. For each rule line, once its recipe lines are collected:
//!    [`Database::add_rule`]; print each returned warning line on stderr as is;
//!    on `Err(e)` print `e.gnu_line()` and exit 2. Check [`Globals::second_expansion`]
//!    afterwards: when it is on, pass later rules' prerequisite text in
//!    [`RuleInput::second_expansion`].
//! 3. For `target ...: VAR op value`: [`Database::add_target_var`] (targets with `%` are
//!    pattern-specific).
//! 4. For `vpath`: [`Database::vpaths_mut`].
//! 5. After all makefiles are read: [`Database::finish`] (with `-r` as finally set by
//!    MAKEFLAGS), which installs built-in rules and converts suffix rules.
//!
//! `.DEFAULT_GOAL` is a variable (the evaluator's); when the makefile does not set it, its value is
//! [`Database::default_goal`].

use std::rc::Rc;

use super::builtin::DEFAULT_SUFFIXES;
use super::merge::merge_single;
use super::pattern::{static_matches, static_stem, substitute_static, var_target, var_target_name};
use super::{
    Colon, Deferred, File, Globals, Location, PatternRule, Prereq, Recipe, Rule, RuleError,
    RuleInput, RuleKind, Special, TargetVar, VarPattern, Vpaths,
};

/// Everything the makefiles said about rules.
#[derive(Debug, Default)]
pub struct Database {
    pub(super) files: Vec<File>,
    pub(super) index: crate::make::name_index::NameIndex,
    pub(super) patterns: Vec<PatternRule>,
    pub(super) pattern_vars: Vec<(VarPattern, Rc<TargetVar>)>,
    /// Pattern rules cancelled by a rule without recipe: (targets, prerequisites).
    pub(super) cancelled: Vec<(Vec<String>, Vec<Prereq>)>,
    pub(super) groups: Vec<Vec<String>>,
    pub(super) suffixes: Vec<String>,
    /// True while `.SUFFIXES` still holds only GNU's defaults (no `.SUFFIXES` rule yet).
    pub(super) suffixes_builtin: bool,
    pub(super) vpaths: Vpaths,
    pub(super) globals: Globals,
    pub(super) default_goal: Option<String>,
    /// Created without `-r`: GNU entered its built-in suffix files before reading.
    pub(super) builtin_files: bool,
    /// The warnings of the targets a rule entered before the one whose error stopped it
    /// (GNU prints them first); see [`Database::take_warnings_before_error`].
    pub(super) warnings_before_error: Vec<String>,
}

impl Database {
    /// An empty database; `.SUFFIXES` starts with GNU's default list unless `-r`.
    pub fn new(no_builtin_rules: bool) -> Self {
        let mut db = Self::default();
        if !no_builtin_rules {
            db.suffixes = DEFAULT_SUFFIXES.iter().map(|s| (*s).to_owned()).collect();
            db.suffixes_builtin = true;
            db.builtin_files = true;
        }
        db
    }

    /// Whether GNU's built-in suffix files were entered (no `-r` on the command line).
    pub fn has_builtin_files(&self) -> bool {
        self.builtin_files
    }

    /// The file called `name`, if the makefiles mention it.
    pub fn file(&self, name: &str) -> Option<&File> {
        self.position(name).map(|i| &self.files[i])
    }

    /// All files in the order they were first mentioned.
    pub fn files(&self) -> &[File] {
        &self.files
    }

    /// Pattern rules in search order (user rules, converted suffix rules, built-ins).
    pub fn pattern_rules(&self) -> &[PatternRule] {
        &self.patterns
    }

    /// Pattern-specific variables: (target pattern, assignment), in reading order.
    pub fn pattern_vars(&self) -> &[(VarPattern, Rc<TargetVar>)] {
        &self.pattern_vars
    }

    /// Target names of grouped-target group `id`.
    pub fn group(&self, id: usize) -> &[String] {
        self.groups.get(id).map_or(&[], Vec::as_slice)
    }

    /// The current `.SUFFIXES` list.
    pub fn suffixes(&self) -> &[String] {
        &self.suffixes
    }

    /// `vpath` directives.
    pub fn vpaths(&self) -> &Vpaths {
        &self.vpaths
    }

    /// `vpath` directives, for the evaluator to add or clear.
    pub fn vpaths_mut(&mut self) -> &mut Vpaths {
        &mut self.vpaths
    }

    /// Makefile-wide flags from special targets.
    pub fn globals(&self) -> &Globals {
        &self.globals
    }

    /// The first target of the first ordinary rule (GNU's default goal).
    pub fn default_goal(&self) -> Option<&str> {
        self.default_goal.as_deref()
    }

    /// Where the file called `name` is in [`Self::files`].
    fn position(&self, name: &str) -> Option<usize> {
        self.index.get(&self.files, |f| &f.name, name)
    }

    /// The file entry for `name`, created when missing.
    pub fn entry(&mut self, name: &str) -> &mut File {
        let i = if let Some(i) = self.position(name) {
            i
        } else {
            self.files.push(File {
                name: name.into(),
                ..File::default()
            });
            let i = self.files.len() - 1;
            self.index.insert(&self.files, |f| &f.name, i);
            i
        };
        &mut self.files[i]
    }

    /// A target-specific line named `target` (see [`File::var_set`]).
    pub fn note_var_set(&mut self, target: &str) {
        self.entry(&var_target(target).0).var_set = true;
    }

    /// The warnings printed before the error `add_rule` just returned.
    pub fn take_warnings_before_error(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings_before_error)
    }

    /// `targets: VAR op value`. Targets containing `%` make pattern-specific variables.
    pub fn add_target_var(&mut self, targets: &[String], var: &TargetVar) {
        // After an `override` assignment, a plain one to the same variable for the same
        // target is ignored (GNU's variable set keeps the higher origin). Its
        // `export`/`unexport` still marks the variable. A pattern keeps every line: GNU
        // applies them to one set per file when a matching file is first considered.
        // One record shared by every target of the line (copied only when one is marked).
        let shared = Rc::new(var.clone());
        let hidden = |v: &TargetVar| v.name == var.name && v.is_override() && !var.is_override();
        let mark = |v: &mut Rc<TargetVar>| {
            if var.export.is_some() {
                Rc::make_mut(v).export = var.export;
            }
        };
        for t in targets {
            if let Some(p) = VarPattern::parse(t) {
                self.pattern_vars.push((p, Rc::clone(&shared)));
                continue;
            }
            let file = self.entry(&var_target_name(t));
            match file.vars.iter_mut().rev().find(|v| hidden(v)) {
                Some(v) => mark(v),
                None => crate::make::tight::push(&mut file.vars, Rc::clone(&shared)),
            }
        }
    }

    /// Sets the export and private flags of the last `name` assignment recorded for `target`
    /// (the target-specific `?=` quirk: see `make::eval`'s `conditional_found_existing`).
    pub fn set_target_var_flags(&mut self, target: &str, name: &str, export: bool, private: bool) {
        let last = self.position(&var_target(target).0).and_then(|i| {
            self.files[i]
                .vars
                .iter_mut()
                .rev()
                .find(|v| &*v.name == name)
        });
        if let Some(v) = last {
            let v = Rc::make_mut(v);
            v.export = export.then_some(true);
            v.private = private;
        }
    }

    /// Enters one rule line (with its recipe). Returns warning lines to print on stderr.
    pub fn add_rule(&mut self, mut input: RuleInput) -> Result<Vec<String>, RuleError> {
        let mut warnings = Vec::new();
        // Repeated targets stay in the list: GNU notices them in its per-target loop, after
        // the "doesn't match" and recipe-override messages of the targets before them.
        let seen = std::mem::take(&mut input.targets);
        // Whether each target is a pattern, and its name, as GNU's find_percent reads it:
        // quoting backslashes before a `%` are halved (`a\%` is the file `a%`, `a\\%` the
        // pattern `a\` + `%`).
        let named: Vec<(String, bool)> = seen.iter().map(|t| var_target(t)).collect();
        let is_pattern: Vec<bool> = named.iter().map(|n| n.1).collect();
        input.targets = named.into_iter().map(|n| n.0).collect();
        if let Some(text) = input.second_expansion.take() {
            if text.contains('$') {
                input.second_expansion = Some(text);
            } else {
                // Nothing to expand a second time: GNU treats it as plain prerequisites.
                let (normal, oo) = text.split_once('|').unwrap_or((&text, ""));
                input.prereqs = normal.split_whitespace().map(str::to_owned).collect();
                input.order_only = oo.split_whitespace().map(str::to_owned).collect();
            }
        }
        if input.static_pattern.as_deref() == Some("") {
            return Err(RuleError::MissingTargetPattern { loc: input.loc });
        }
        let grouped = input.kind == RuleKind::Grouped || input.grouped_double;
        if grouped && input.recipe.is_none() {
            return Err(RuleError::GroupedNoRecipe { loc: input.loc });
        }
        // A static target pattern stays as written: it is matched with GNU's find_percent
        // reading (`a\%%` is `a%` + `%`), which a plain string with `%` cannot carry.
        if input
            .static_pattern
            .as_deref()
            .is_some_and(|p| !var_target(p).1)
        {
            return Err(RuleError::NoPercent { loc: input.loc });
        }
        let mixed = mixed_warnings(&input, &is_pattern)?;
        let recipe = input.recipe.clone().map(Rc::new);
        if let Some(pat) = &input.static_pattern {
            // GNU says it at each pattern target's turn, among the "doesn't match" lines.
            let deprecated: Vec<bool> =
                is_pattern.iter().map(|p| *p && !mixed.is_empty()).collect();
            return self.add_static(&input, pat, recipe.as_ref(), (warnings, &deprecated));
        }
        let deprecated: Vec<bool> = is_pattern.iter().map(|p| *p && !mixed.is_empty()).collect();
        // The first target decides (GNU's record_files): a pattern rule's targets are all
        // patterns (else it stopped above); after a plain first target, `%.c` is a file.
        let all: Vec<&String> = input.targets.iter().collect();
        let (patterns, plain) = if is_pattern.first() == Some(&true) {
            (all, Vec::new())
        } else {
            (Vec::new(), all)
        };
        if !patterns.is_empty() {
            // A pattern named twice is silent: GNU's `create_pattern_rule` never looks.
            let mut unique: Vec<&String> = Vec::new();
            for t in patterns {
                if !unique.contains(&t) {
                    unique.push(t);
                }
            }
            self.add_pattern_rule(&input, unique, recipe.clone());
        }
        // Each plain target, and whether it came earlier in the same rule.
        let plain: Vec<(&String, bool)> = plain
            .iter()
            .enumerate()
            .map(|(i, t)| (*t, plain[..i].contains(t)))
            .collect();
        let grouped = input.kind == RuleKind::Grouped || input.grouped_double;
        let double = input.kind == RuleKind::DoubleColon;
        let names: Vec<String> = plain.iter().map(|t| t.0.clone()).collect();
        let (group, overrides) = self.grouping(grouped, double, &names, recipe.as_deref());
        let deferred = input.second_expansion.as_ref().map(|text| Deferred {
            text: text.clone(),
            stem: None,
            loc: input.loc.clone(),
            position: 0,
        });
        let prereqs = prereq_list(&input.prereqs, &input.order_only);
        for (i, &(target, twice)) in plain.iter().enumerate() {
            if deprecated.get(i) == Some(&true) {
                warnings.push(format!(
                    "{}: *** mixed implicit and normal rules: deprecated syntax",
                    input.loc
                ));
            }
            // GNU's record_files enters a repeated target again: a `::` one gets another
            // rule (its recipe runs again, unless the group's first record makes it), a
            // `:` one its prerequisites again (`$+` lists them twice), with a warning only
            // when the rule has a recipe.
            if twice && recipe.is_some() && !double {
                warnings.push(given_twice(&input.loc, target));
            }
            let single_again = twice && !double;
            let rule = Rule {
                prereqs: prereqs.clone(),
                deferred: deferred.iter().cloned().collect(),
                recipe: if single_again { None } else { recipe.clone() },
                stem: None,
                group_id: group,
                made_by_group: twice && double && group.is_some(),
                loc: Some(input.loc.clone()),
            };
            if let Err(e) = self.enter(target, input.kind, rule, &input.loc, &mut warnings) {
                self.warnings_before_error = warnings;
                return Err(e);
            }
        }
        warnings.extend(overrides);
        Ok(warnings)
    }

    fn add_static(
        &mut self,
        input: &RuleInput,
        pat: &str,
        recipe: Option<&Rc<Recipe>>,
        (mut warnings, deprecated): (Vec<String>, &[bool]),
    ) -> Result<Vec<String>, RuleError> {
        let grouped = input.kind == RuleKind::Grouped || input.grouped_double;
        let double = input.kind == RuleKind::DoubleColon;
        let (group, overrides) =
            self.grouping(grouped, double, &input.targets, recipe.map(|r| &**r));
        for (i, target) in input.targets.iter().enumerate() {
            if deprecated.get(i) == Some(&true) {
                warnings.push(format!(
                    "{}: *** mixed implicit and normal rules: deprecated syntax",
                    input.loc
                ));
            }
            let stem = static_stem(pat, target);
            let matched = static_matches(pat, target);
            if !matched {
                warnings.push(format!(
                    "{}: target '{target}' doesn't match the target pattern",
                    input.loc
                ));
            }
            // A repeated target is entered again, as in `add_rule` (GNU's record_files).
            let twice = input.targets[..i].contains(target);
            if twice && recipe.is_some() && !double {
                warnings.push(given_twice(&input.loc, target));
            }
            let single_again = twice && !double;
            // A `%` alone with an empty stem names nothing (GNU drops the empty word).
            let (prereqs, deferred) = if matched {
                let normal: Vec<String> = input
                    .prereqs
                    .iter()
                    .map(|p| substitute_static(p, &stem))
                    .filter(|p| !p.is_empty())
                    .collect();
                let oo: Vec<String> = input
                    .order_only
                    .iter()
                    .map(|p| substitute_static(p, &stem))
                    .filter(|p| !p.is_empty())
                    .collect();
                let deferred = input.second_expansion.as_ref().map(|text| Deferred {
                    text: text.clone(),
                    stem: Some(stem.clone()),
                    loc: input.loc.clone(),
                    position: 0,
                });
                (prereq_list(&normal, &oo), deferred)
            } else {
                (Vec::new(), None)
            };
            let rule = Rule {
                prereqs,
                deferred: deferred.into_iter().collect(),
                recipe: if single_again { None } else { recipe.cloned() },
                stem: Some(stem.into()),
                group_id: group,
                made_by_group: twice && double && group.is_some(),
                loc: Some(input.loc.clone()),
            };
            if let Err(e) = self.enter(target, input.kind, rule, &input.loc, &mut warnings) {
                self.warnings_before_error = warnings;
                return Err(e);
            }
        }
        warnings.extend(overrides);
        Ok(warnings)
    }

    /// The group a grouped rule's targets join, and the membership warnings to print after
    /// they are entered (see `group.rs`).
    fn grouping(
        &mut self,
        grouped: bool,
        double: bool,
        targets: &[String],
        recipe: Option<&Recipe>,
    ) -> (Option<u32>, Vec<String>) {
        match (grouped, recipe) {
            (true, Some(r)) => {
                let overrides = self.group_overrides(targets, double, r);
                (Some(self.open_group(targets)), overrides)
            }
            _ => (None, Vec::new()),
        }
    }

    fn add_pattern_rule(
        &mut self,
        input: &RuleInput,
        targets: Vec<&String>,
        recipe: Option<Rc<Recipe>>,
    ) {
        let rule = PatternRule {
            targets: targets.into_iter().cloned().collect(),
            prereqs: prereq_list(&input.prereqs, &input.order_only),
            deferred: input.second_expansion.as_ref().map(|text| Deferred {
                text: text.clone(),
                stem: None,
                loc: input.loc.clone(),
                position: 0,
            }),
            recipe,
            terminal: input.kind == RuleKind::DoubleColon,
            loc: input.loc.clone(),
        };
        self.install_pattern(rule, true);
    }

    /// Adds a pattern rule; a rule with the same targets and prerequisites is replaced
    /// (`override`) or kept. A user rule without recipe cancels the matching rule (manual
    /// 10.5.6, "Canceling Implicit Rules").
    pub(super) fn install_pattern(&mut self, rule: PatternRule, override_old: bool) {
        // (Second-expansion texts are the prerequisites as written.)
        let text = |r: &PatternRule| r.deferred.as_ref().map(|d| d.text.clone());
        let same = |r: &PatternRule| {
            r.targets == rule.targets && r.prereqs == rule.prereqs && text(r) == text(&rule)
        };
        if override_old && rule.recipe.is_none() && !rule.prereqs.is_empty() {
            // Remember the cancellation so built-in rules added later stay cancelled.
            self.cancelled
                .push((rule.targets.clone(), rule.prereqs.clone()));
        }
        if !override_old
            && self
                .cancelled
                .iter()
                .any(|(t, p)| *t == rule.targets && *p == rule.prereqs)
        {
            return;
        }
        if let Some(i) = self.patterns.iter().position(same) {
            if !override_old {
                return;
            }
            self.patterns.remove(i);
        }
        // Rules without a recipe (the makefile's cancelling rules, GNU's suffix
        // "disqualifier" rules `%.c:`) stay in the list: implicit search skips them but
        // counts their match as specific, and `-p` prints them.
        if rule.recipe.is_some() || override_old || rule.prereqs.is_empty() {
            self.patterns.push(rule);
        }
    }

    fn enter(
        &mut self,
        target: &str,
        kind: RuleKind,
        mut rule: Rule,
        loc: &Location,
        warnings: &mut Vec<String>,
    ) -> Result<(), RuleError> {
        if let Some(special) = Special::from_name(target) {
            self.apply_special(special, &rule);
        } else if self.default_goal.is_none() && (!target.starts_with('.') || target.contains('/'))
        {
            self.default_goal = Some(target.to_owned());
        }
        for p in &mut rule.prereqs {
            // GNU enters prerequisites as files too: implicit search treats a mentioned
            // file as one that "ought to exist" (manual 10.8). The prerequisite keeps the
            // file's name (one copy of each name, however many rules name it).
            p.name = Rc::clone(&self.entry(&p.name).name);
        }
        let double = kind == RuleKind::DoubleColon;
        let file = self.entry(target);
        file.is_target = true;
        match (file.colon, double) {
            (super::Colon::Single, true) | (super::Colon::Double, false) => {
                return Err(RuleError::MixedColons {
                    name: target.to_owned(),
                    loc: loc.clone(),
                });
            }
            (_, true) => {
                file.colon = Colon::Double;
                crate::make::tight::push(&mut file.rules, rule);
            }
            (_, false) => {
                file.colon = Colon::Single;
                merge_single(file, rule, warnings);
            }
        }
        Ok(())
    }
}

/// Both lists as written: a name in both is a normal prerequisite only (GNU manual 4.3),
/// which the engine decides (`-p` still shows it in both, as GNU does).
fn prereq_list(normal: &[String], order_only: &[String]) -> Vec<Prereq> {
    let mut out: Vec<Prereq> = normal.iter().map(Prereq::normal).collect();
    out.extend(order_only.iter().map(Prereq::order_only));
    out
}

/// GNU's checks for pattern and plain targets in one rule, decided by the first target: a
/// pattern first makes any plain target (or a static pattern) fatal; a plain first gets
/// the non-fatal `deprecated syntax` message once for each pattern target after it.
fn mixed_warnings(input: &RuleInput, is_pattern: &[bool]) -> Result<Vec<String>, RuleError> {
    let loc = || input.loc.clone();
    match is_pattern.first() {
        Some(true) if input.static_pattern.is_some() => {
            Err(RuleError::MixedImplicitStatic { loc: loc() })
        }
        Some(true) if is_pattern.contains(&false) => {
            Err(RuleError::MixedImplicitNormal { loc: loc() })
        }
        Some(true) | None => Ok(Vec::new()),
        Some(false) => Ok(is_pattern
            .iter()
            .filter(|p| **p)
            .map(|_| {
                format!(
                    "{}: *** mixed implicit and normal rules: deprecated syntax",
                    input.loc
                )
            })
            .collect()),
    }
}

/// GNU's warning for a target named twice in one rule line.
fn given_twice(loc: &Location, target: &str) -> String {
    format!("{loc}: target '{target}' given more than once in the same rule")
}
