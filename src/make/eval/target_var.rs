//! Target- and pattern-specific variables (`targets: [override|export|private] VAR op value`):
//! kept in the evaluator's own tables and recorded in the engine's database.

use std::rc::Rc;

use super::assign::{parse_definition, Op};
use super::Evaluator;
use crate::make::messages::{Fatal, Location, MakeError};
use crate::make::rule::AssignOp;
use crate::make::var::{Export, Flavor, Origin, VarTable};

impl Evaluator {
    /// `targets: VAR op value`: target- or pattern-specific variables.
    pub(crate) fn target_variable(
        &mut self,
        targets: &[String],
        def_text: &str,
        mods: super::assign::Modifiers,
    ) -> Result<(), MakeError> {
        let Some(def) = parse_definition(def_text) else {
            return Err(self.error(Fatal::MissingSeparator));
        };
        if !def.name.contains('$') {
            let name = self.expand_name(&def.name)?;
            return self.target_variable_as(targets, &def, name, mods);
        }
        // GNU expands the name in each target's context (its variables so far), so one
        // line may define differently named variables for different targets.
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for target in targets {
            let table = self.target_rc(target);
            let name = self.expand(&def.name, &crate::make::var::Scope::global_with(&table));
            let name = name?.trim_matches(crate::make::func::is_space).to_owned();
            if name.is_empty() {
                return Err(self.error(Fatal::EmptyVariableName));
            }
            match groups.iter_mut().find(|(n, _)| *n == name) {
                Some(g) => g.1.push(target.clone()),
                None => groups.push((name, vec![target.clone()])),
            }
        }
        for (name, group) in groups {
            self.target_variable_as(&group, &def, name, mods)?;
        }
        Ok(())
    }

    /// [`Self::target_variable`] once the variable's name is known.
    fn target_variable_as(
        &mut self,
        targets: &[String],
        def: &super::assign::Definition,
        name: String,
        mods: super::assign::Modifiers,
    ) -> Result<(), MakeError> {
        let origin = if mods.override_ {
            Origin::Override
        } else {
            Origin::File
        };
        // `?=` is decided now, against what is defined when the line is read (GNU's
        // `do_variable_definition` in the target's context); the engine gets a plain `=`.
        let mut conditional_took = false;
        // The targets of one line mostly end with equal tables (`$(OBJS): FLAGS := ...` on
        // targets without variables of their own): consecutive equal ones share one copy.
        let mut last: Option<Rc<VarTable>> = None;
        // Targets that got their first table here (their key is shared below).
        let mut new_keys = Vec::new();
        // `+=` to a target's own simple variable expands the addition now (GNU); the engine
        // gets that expansion, taken from the first target.
        let mut simple_addition: Option<String> = None;
        let mut simple_before: Option<String> = None;
        for target in targets {
            let mut table = self.take_target_table(target);
            let before = simple_value(&table, &name, def.op);
            let defined =
                self.define_variable(&name, def.op, &def.value, origin, Some(&mut table))?;
            if let (Some(old), None) = (before, &simple_addition) {
                let new = table.get(&name).map_or("", |v| v.value.as_str());
                simple_addition = Some(addition(&old, new).to_owned());
                simple_before = Some(old);
            }
            conditional_took |= defined.is_some();
            if origin != Origin::Override {
                if let Some(g) = self.globals.get(&name) {
                    if matches!(g.origin, Origin::CommandLine | Origin::EnvironmentOverride) {
                        let mut g = g.clone();
                        // read.c `record_target_var` copies value and origin only: a
                        // `private` global stays private, this copy is the line's own.
                        g.private = false;
                        // GNU records it where the target-specific line is (`-p` shows it).
                        g.location.clone_from(&self.location);
                        table.set(name.clone(), g);
                    }
                }
            }
            // GNU's `record_target_var` sets both flags from each line's own modifiers.
            if let Some(v) = table.get_mut(&name) {
                v.export = if mods.export {
                    Export::Yes
                } else {
                    Export::Default
                };
                v.private = mods.private;
            }
            let shared = match last.take() {
                Some(prev) if *prev == table => prev,
                _ => Rc::new(table),
            };
            last = Some(Rc::clone(&shared));
            if self.put_target_rc(target, shared) {
                new_keys.push(target);
            }
        }
        let patterns = targets.iter().all(|t| t.contains('%'));
        // A pattern's `+=` to its own simple variable is expanded when the pattern applies
        // to a file (GNU's `initialize_file_variables`): the engine gets the whole value,
        // the old part quoted, to expand then.
        let pattern_append = match (&simple_before, patterns) {
            (Some(old), true) => Some(crate::make::expand::join_nonempty(
                &old.replace('$', "$$"),
                &def.value,
            )),
            _ => None,
        };
        let value = match def.op {
            Op::Append if pattern_append.is_some() => pattern_append.clone().unwrap_or_default(),
            Op::Append if simple_addition.is_some() => simple_addition.unwrap_or_default(),
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
        if def.op == Op::Conditional && !conditional_took {
            self.conditional_found_existing(targets, &name, mods.export, mods.private);
            // GNU keeps a pattern's line all the same (`-p` lists it); it defines nothing
            // where the variable is visible when it applies.
            if !patterns {
                return Ok(());
            }
        }
        let record = crate::make::rule::TargetVar {
            name: name.into(),
            op: match def.op {
                Op::Recursive => AssignOp::Recursive,
                Op::Simple => AssignOp::Simple,
                Op::Append if pattern_append.is_some() => AssignOp::Recursive,
                Op::Append => AssignOp::Append,
                // A pattern's `?=` is decided again when its variables apply to a file
                // (GNU: an earlier matching pattern's value then wins).
                Op::Conditional if patterns => AssignOp::Conditional,
                Op::Conditional => AssignOp::Recursive,
                Op::Shell => AssignOp::Shell,
            },
            value: value.into(),
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
                file: "".into(),
                line: 0,
            })),
        };
        self.db.add_target_var(targets, &record);
        self.share_target_keys(&new_keys);
        Ok(())
    }

    /// The table of each target in `targets` is keyed by the database's name for the file
    /// (one copy of the name, not two).
    fn share_target_keys(&mut self, targets: &[&String]) {
        for t in targets {
            let Some(shared) = self.db.file(t).map(|f| Rc::clone(&f.name)) else {
                continue;
            };
            if let Some((_, table)) = self.target_vars.remove_entry(t.as_str()) {
                self.target_vars.insert(shared, table);
            }
        }
    }

    /// GNU quirk, kept for compatibility: a target-specific `?=` for a variable that is
    /// already visible defines nothing, but the variable it found (the target's own, else
    /// the global one) takes the line's modifiers: without `export` it is no longer
    /// exported, with `private` it is hidden from every target (GNU's `record_target_var`
    /// sets the flags on the variable returned). GNU does this for a pattern when a
    /// matching file is first considered; xmake at once.
    fn conditional_found_existing(
        &mut self,
        targets: &[String],
        name: &str,
        export: bool,
        private: bool,
    ) {
        let export = if export { Export::Yes } else { Export::Default };
        for target in targets {
            let mut table = self.take_target_table(target);
            if let Some(v) = table.get_mut(name) {
                v.export = export;
                v.private = private;
                self.put_target_table(target, table);
                self.db
                    .set_target_var_flags(target, name, export == Export::Yes, private);
            } else if let Some(v) = self.globals.get_mut(name) {
                v.private = private;
                // GNU exports an environment variable through its own export flag, which
                // this resets: the variable is no longer passed on.
                let from_env =
                    matches!(v.origin, Origin::Environment | Origin::EnvironmentOverride);
                v.export = if from_env && export == Export::Default {
                    Export::No
                } else {
                    export
                };
            }
        }
    }

    /// The table of `target` as it is now (still in its slot: it may be shared).
    fn target_rc(&self, target: &str) -> Rc<VarTable> {
        let (target, pattern) = crate::make::rule::pattern::var_target(target);
        let target = target.as_str();
        let found = if pattern {
            self.pattern_vars
                .iter()
                .find(|(p, _)| p == target)
                .map(|(_, t)| t)
        } else {
            self.target_vars.get(target)
        };
        found.cloned().unwrap_or_default()
    }

    /// The table of `target`, taken out of its slot (copied only when a scope still shares
    /// it); [`Self::put_target_table`] puts it back.
    fn take_target_table(&mut self, target: &str) -> VarTable {
        let (target, pattern) = crate::make::rule::pattern::var_target(target);
        let target = target.as_str();
        if pattern {
            if let Some((_, t)) = self.pattern_vars.iter_mut().find(|(p, _)| p == target) {
                return Rc::unwrap_or_clone(std::mem::take(t));
            }
            return VarTable::new();
        }
        self.target_vars
            .get_mut(target)
            .map(|t| Rc::unwrap_or_clone(std::mem::take(t)))
            .unwrap_or_default()
    }

    fn put_target_table(&mut self, target: &str, table: VarTable) {
        self.put_target_rc(target, Rc::new(table));
    }

    /// [`Self::put_target_table`] of a table that may be shared with other targets. True
    /// when the target had no table before.
    fn put_target_rc(&mut self, target: &str, table: Rc<VarTable>) -> bool {
        let (target, pattern) = crate::make::rule::pattern::var_target(target);
        let target = target.as_str();
        if pattern {
            if let Some(slot) = self.pattern_vars.iter_mut().find(|(p, _)| p == target) {
                slot.1 = table;
            } else {
                self.pattern_vars.push((target.to_owned(), table));
            }
            false
        } else {
            if let Some(slot) = self.target_vars.get_mut(target) {
                *slot = table;
                false
            } else {
                self.target_vars.insert(target.into(), table);
                true
            }
        }
    }
}

/// For `+=`, the value of `table`'s own simple variable `name` (not itself a `+=`).
fn simple_value(table: &VarTable, name: &str, op: Op) -> Option<String> {
    let v = table.get(name).filter(|_| op == Op::Append)?;
    (v.flavor == Flavor::Simple && !v.append).then(|| v.value.clone())
}

/// What `+=` added to `old` to make `new` (joined with one space when both had text).
fn addition<'a>(old: &str, new: &'a str) -> &'a str {
    if old.is_empty() || new.len() <= old.len() {
        new.get(old.len()..).unwrap_or("")
    } else {
        new.get(old.len() + 1..).unwrap_or("")
    }
}
