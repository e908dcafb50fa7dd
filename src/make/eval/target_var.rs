//! Target- and pattern-specific variables (`targets: [override|export|private] VAR op value`):
//! kept in the evaluator's own tables and recorded in the engine's database.

use std::rc::Rc;

use super::assign::{parse_definition, Op};
use super::Evaluator;
use crate::make::messages::{Fatal, Location, MakeError};
use crate::make::rule::AssignOp;
use crate::make::var::{Export, Origin, VarTable};

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
            let name = name?.trim_matches(crate::make::blank::is_space).to_owned();
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

    /// [`Self::target_variable`] once the variable's name is known: patterns and files
    /// apart, as GNU's `record_target_var` treats each name of the line.
    fn target_variable_as(
        &mut self,
        targets: &[String],
        def: &super::assign::Definition,
        name: String,
        mods: super::assign::Modifiers,
    ) -> Result<(), MakeError> {
        let (patterns, files): (Vec<String>, Vec<String>) =
            targets.iter().cloned().partition(|t| {
                // A quoted `%` (`a\%b`) names a file.
                crate::make::rule::VarPattern::parse(t).is_some()
            });
        if !patterns.is_empty() {
            self.pattern_variable(&patterns, def, &name, mods)?;
        }
        if !files.is_empty() {
            self.file_variable(&files, def, name, mods)?;
        }
        Ok(())
    }

    /// `pattern: VAR op value`: one record per line, its value expanded only for `:=` (in
    /// the global context); `?=`, `+=` and `!=` are decided when the pattern applies to a
    /// file (`make::eval::pattern_set`). A variable from the command line (or `-e`'s
    /// environment) gives a plain line its value and origin, the operator stays.
    fn pattern_variable(
        &mut self,
        targets: &[String],
        def: &super::assign::Definition,
        name: &str,
        mods: super::assign::Modifiers,
    ) -> Result<(), MakeError> {
        let mut value = match def.op {
            Op::Simple => self.expand(&def.value, &crate::make::var::Scope::global())?,
            _ => def.value.clone(),
        };
        let mut origin = mods.origin();
        let mut shown_recursive = false;
        if origin != Origin::Override {
            if let Some(g) = self.globals.get(name) {
                if matches!(g.origin, Origin::CommandLine | Origin::EnvironmentOverride) {
                    value.clone_from(&g.value);
                    origin = g.origin;
                    shown_recursive = g.flavor == crate::make::var::Flavor::Recursive;
                }
            }
        }
        let record = crate::make::rule::TargetVar {
            name: name.into(),
            op: assign_op(def.op),
            value: value.into(),
            origin,
            shown_recursive,
            export: export_mod(mods),
            private: mods.private,
            loc: self.record_loc(),
        };
        self.db.add_target_var(targets, &record);
        Ok(())
    }

    /// `files: VAR op value`, defined now in each file's own table, one file after the
    /// other (GNU's `record_target_var`: `try_variable_definition` in the file's context,
    /// then the line's flags on the variable defined or found, then a command-line value).
    fn file_variable(
        &mut self,
        targets: &[String],
        def: &super::assign::Definition,
        name: String,
        mods: super::assign::Modifiers,
    ) -> Result<(), MakeError> {
        let origin = mods.origin();
        // The targets of one line mostly end with equal tables (`$(OBJS): FLAGS := ...` on
        // targets without variables of their own): consecutive equal ones share one copy.
        let mut last: Option<Rc<VarTable>> = None;
        // Targets that got their first table here (their key is shared below).
        let mut new_keys = Vec::new();
        // The value each target recorded (`None`: a `?=` that found the variable).
        let mut values: Vec<Option<String>> = Vec::with_capacity(targets.len());
        for target in targets {
            let mut table = self.take_target_table(target);
            let before = table.get(&name).map(|v| v.append);
            let defined =
                self.define_variable(&name, def.op, &def.value, origin, Some(&mut table))?;
            if def.op == Op::Conditional && defined.is_none() {
                // It found the variable (the file's own, else the global one).
                self.restore_target_table(target, table);
                self.db.note_var_set(target);
                self.conditional_found_existing(
                    std::slice::from_ref(target),
                    &name,
                    mods.export,
                    mods.private,
                );
                values.push(None);
                continue;
            }
            if defined.is_none() {
                // Refused (a higher origin): GNU still sets the `+=` mark as the line
                // computes it, so a plain line clears it.
                if let Some(v) = table.get_mut(&name) {
                    v.append = def.op == Op::Append && before == Some(true);
                }
            }
            self.command_line_copy(&mut table, &name);
            if let Some(v) = table.get_mut(&name) {
                v.export = if mods.export {
                    Export::Yes
                } else {
                    Export::Default
                };
                v.private = mods.private;
            }
            values.push(Some(match def.op {
                Op::Recursive | Op::Append | Op::Conditional => def.value.clone(),
                Op::Simple | Op::Shell => table
                    .get(&name)
                    .map(|v| v.value.clone())
                    .unwrap_or_default(),
            }));
            let shared = match last.take() {
                Some(prev) if *prev == table => prev,
                _ => Rc::new(table),
            };
            last = Some(Rc::clone(&shared));
            if self.put_target_rc(target, shared) {
                new_keys.push(target);
            }
        }
        // One record for each run of targets that recorded the same value.
        let mut i = 0;
        while i < targets.len() {
            let mut j = i + 1;
            while j < targets.len() && values[j] == values[i] {
                j += 1;
            }
            if let Some(value) = &values[i] {
                let record = crate::make::rule::TargetVar {
                    name: name.as_str().into(),
                    op: match def.op {
                        Op::Conditional => AssignOp::Recursive,
                        op => assign_op(op),
                    },
                    value: value.as_str().into(),
                    origin,
                    shown_recursive: false,
                    export: export_mod(mods),
                    private: mods.private,
                    loc: self.record_loc(),
                };
                self.db.add_target_var(&targets[i..j], &record);
            }
            i = j;
        }
        self.share_target_keys(&new_keys);
        Ok(())
    }

    /// read.c `record_target_var`: the variable a line defined (or found in the file's own
    /// set), unless `override`, takes a command-line (or `-e` environment) value.
    fn command_line_copy(&self, table: &mut VarTable, name: &str) {
        let own = table
            .get(name)
            .is_some_and(|v| v.origin != Origin::Override);
        let Some(g) = self.globals.get(name).filter(|_| own) else {
            return;
        };
        if !matches!(g.origin, Origin::CommandLine | Origin::EnvironmentOverride) {
            return;
        }
        let mut g = g.clone();
        // GNU copies value, origin and flavour: a `private` global stays private, this
        // copy is the line's own; it does not append.
        g.private = false;
        g.append = false;
        // GNU records it where the target-specific line is (`-p` shows it).
        g.location.clone_from(&self.location);
        table.set(name, g);
    }

    /// Where the line being read is, as the database records it.
    fn record_loc(&self) -> crate::make::rule::Location {
        super::flush::loc(self.location.as_ref().unwrap_or(&Location {
            file: "".into(),
            line: 0,
        }))
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
    /// sets the flags on the variable returned). A pattern's `?=` does this when it
    /// applies to a file (`pattern_set.rs`).
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
            let own = table.get_mut(name).map(|v| {
                v.export = export;
                v.private = private;
            });
            self.restore_target_table(target, table);
            if own.is_some() {
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

    /// The table of `target` as it is now (still in its slot: it may be shared); a
    /// pattern has none (its lines apply to files later).
    fn target_rc(&self, target: &str) -> Rc<VarTable> {
        let (target, pattern) = crate::make::rule::pattern::var_target(target);
        if pattern {
            return Rc::default();
        }
        self.target_vars
            .get(target.as_str())
            .cloned()
            .unwrap_or_default()
    }

    /// The table of `target`, taken out of its slot (copied only when a scope still shares
    /// it); [`Self::restore_target_table`] puts it back.
    fn take_target_table(&mut self, target: &str) -> VarTable {
        let key = crate::make::rule::pattern::var_target_name(target);
        self.target_vars
            .get_mut(&*key)
            .map(|t| Rc::unwrap_or_clone(std::mem::take(t)))
            .unwrap_or_default()
    }

    /// Puts back a table [`Self::take_target_table`] took (a target that had none gets
    /// one only when it is not empty).
    fn restore_target_table(&mut self, target: &str, table: VarTable) {
        let key = crate::make::rule::pattern::var_target_name(target);
        if table.iter().next().is_some() || self.target_vars.contains_key(&*key) {
            self.put_target_rc(target, Rc::new(table));
        }
    }

    /// Puts `table` in `target`'s slot; it may be shared with other targets. True
    /// when the target had no table before.
    fn put_target_rc(&mut self, target: &str, table: Rc<VarTable>) -> bool {
        let key = crate::make::rule::pattern::var_target_name(target);
        if let Some(slot) = self.target_vars.get_mut(&*key) {
            *slot = table;
            false
        } else {
            self.target_vars.insert(Rc::from(&*key), table);
            true
        }
    }
}

/// The database's operator for a parsed one.
fn assign_op(op: Op) -> AssignOp {
    match op {
        Op::Recursive => AssignOp::Recursive,
        Op::Simple => AssignOp::Simple,
        Op::Append => AssignOp::Append,
        Op::Conditional => AssignOp::Conditional,
        Op::Shell => AssignOp::Shell,
    }
}

/// `export` (`Some(true)`) or `unexport` (`Some(false)`) among the line's modifiers.
fn export_mod(mods: super::assign::Modifiers) -> Option<bool> {
    if mods.export {
        Some(true)
    } else if mods.unexport {
        Some(false)
    } else {
        None
    }
}
