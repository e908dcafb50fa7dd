//! A file's set of pattern-specific variables, as GNU make 4.3 builds it when the file is
//! first considered (`initialize_file_variables`): every matching pattern line, in GNU's
//! order, defined into one new set whose lookups see only that set and the globals
//! (`do_variable_definition` with `target_var`): `?=` looks there, `+=` appends only to the
//! set's own value, `!=` runs its command then, and a plain line cannot replace a higher
//! origin but still clears the set's `+=` mark. Built once per file and kept.

use std::rc::Rc;

use super::Evaluator;
use crate::make::messages::{Location, MakeError};
use crate::make::rule::{AssignOp, TargetVar};
use crate::make::var::{append, Export, Flavor, Origin, Scope, VarTable, Variable};

impl Evaluator {
    /// The pattern-specific set of `file` built from `lines` (GNU's order), kept from its
    /// first use on.
    pub(super) fn pattern_set(
        &mut self,
        file: &Rc<str>,
        lines: &[Rc<TargetVar>],
    ) -> Result<Rc<VarTable>, MakeError> {
        if let Some(set) = self.pattern_sets.get(file) {
            return Ok(Rc::clone(set));
        }
        let mut set = VarTable::new();
        for line in lines {
            self.apply_pattern_line(&mut set, line)?;
        }
        let set = Rc::new(set);
        self.pattern_sets.insert(Rc::clone(file), Rc::clone(&set));
        Ok(set)
    }

    /// One line into `set`, then the line's `export` and `private` onto the variable it
    /// defined or found (which may be a global one, for a `?=`).
    fn apply_pattern_line(
        &mut self,
        set: &mut VarTable,
        line: &TargetVar,
    ) -> Result<(), MakeError> {
        let name = &*line.name;
        let (value, flavor, append) = match line.op {
            AssignOp::Simple => (line.value.to_string(), Flavor::Simple, None),
            AssignOp::Recursive => (line.value.to_string(), Flavor::Recursive, Some(false)),
            AssignOp::Shell => {
                let value = self.shell_value(&line.value, &Scope::global_with(set))?;
                (value, Flavor::Recursive, Some(false))
            }
            AssignOp::Conditional => {
                if set.get(name).is_some() {
                    mark(set.get_mut(name), line, false);
                    return Ok(());
                }
                if self.globals.get(name).is_some() {
                    mark(self.globals.get_mut(name), line, true);
                    return Ok(());
                }
                (line.value.to_string(), Flavor::Recursive, Some(false))
            }
            AssignOp::Append => match set.get(name) {
                None => (line.value.to_string(), Flavor::Recursive, Some(true)),
                Some(old) => {
                    let (mut joined, old_flavor, old_append) =
                        (old.value.clone(), old.flavor, old.append);
                    let add = append::addition(old_flavor, &line.value, |t| {
                        self.expand(t, &Scope::global_with(set))
                    })?;
                    let Some(add) = add else {
                        mark(set.get_mut(name), line, false);
                        return Ok(());
                    };
                    append::append(&mut joined, &add);
                    (joined, old_flavor, Some(old_append))
                }
            },
        };
        if set.may_define(name, line.origin) {
            let mut var = Variable::new(value, flavor, line.origin);
            var.location = (line.loc.line > 0).then(|| Location {
                file: line.loc.file.clone().into(),
                line: line.loc.line as usize,
            });
            var.append = set.get(name).is_some_and(|v| v.append);
            set.set(name, var);
        }
        // Every operator but `:=` sets the `+=` mark, whether or not the value was taken.
        if let (Some(append), Some(v)) = (append, set.get_mut(name)) {
            v.append = append;
        }
        mark(set.get_mut(name), line, false);
        Ok(())
    }
}

/// GNU sets the line's flags on the variable it defined or found: `export` exports it,
/// anything else leaves it to the defaults (an environment variable found among the
/// globals is then no longer passed on); `private` hides it from prerequisites.
fn mark(var: Option<&mut Variable>, line: &TargetVar, global: bool) {
    let Some(v) = var else { return };
    let from_env = matches!(v.origin, Origin::Environment | Origin::EnvironmentOverride);
    v.export = match line.export {
        Some(true) => Export::Yes,
        Some(false) => Export::No,
        None if global && from_env => Export::No,
        None => Export::Default,
    };
    v.private = line.private;
}
