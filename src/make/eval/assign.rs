//! Variable assignments: recognising them (read.c `parse_var_assignment` and
//! `parse_variable_definition`) and applying them with GNU make's flavour and origin rules
//! (variable.c `do_variable_definition`).

use super::Evaluator;
use crate::make::blank::is_blank;
use crate::make::messages::{Fatal, MakeError};
use crate::make::var::{append, Export, Flavor, Origin, Scope, VarTable, Variable};

/// The assignment operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `=`
    Recursive,
    /// `:=` and `::=`
    Simple,
    /// `+=`
    Append,
    /// `?=`
    Conditional,
    /// `!=`
    Shell,
}

/// Words before an assignment: `export override private define undefine`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub export: bool,
    pub unexport: bool,
    pub override_: bool,
    pub private: bool,
    pub define: bool,
    pub undefine: bool,
}

impl Modifiers {
    /// The origin the line's variable gets: `override`, else the makefile's.
    pub fn origin(&self) -> Origin {
        if self.override_ {
            Origin::Override
        } else {
            Origin::File
        }
    }
}

/// `name op value` found in a line; `name` is unexpanded, `value` starts at its first non-blank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    pub name: String,
    pub op: Op,
    pub value: String,
}

/// `parse_variable_definition`: whether `p` is `NAME OP VALUE`.
pub fn parse_definition(p: &str) -> Option<Definition> {
    let b = p.as_bytes();
    let mut i = 0;
    while i < b.len() && is_blank(b[i]) {
        i += 1;
    }
    let name_start = i;
    let mut end: Option<usize> = None;
    let mut wspace = false;
    let op;
    loop {
        let mut c = *b.get(i)?;
        i += 1;
        if c == b'#' {
            return None;
        }
        // After blanks only an operator may follow: the next character is taken as is
        // (a `$` there is no reference to skip), as GNU's parse_variable_definition does.
        if is_blank(c) {
            wspace = true;
            end = Some(i - 1);
            while i < b.len() && is_blank(b[i]) {
                i += 1;
            }
            c = *b.get(i)?;
            i += 1;
        } else if c == b'$' {
            let c2 = *b.get(i)?;
            i += 1;
            if c2 == b'(' || c2 == b'{' {
                let close = crate::make::expand::closer(c2);
                let mut count = 1;
                while i < b.len() {
                    if b[i] == close {
                        count -= 1;
                        if count == 0 {
                            i += 1;
                            break;
                        }
                    }
                    if b[i] == c2 {
                        count += 1;
                    }
                    i += 1;
                }
            }
            continue;
        }
        if c == b'=' {
            end.get_or_insert(i - 1);
            op = Op::Recursive;
            break;
        }
        if c == b':' {
            end.get_or_insert(i - 1);
            match (b.get(i), b.get(i + 1)) {
                (Some(b'='), _) => {
                    i += 1;
                    op = Op::Simple;
                    break;
                }
                (Some(b':'), Some(b'=')) => {
                    i += 2;
                    op = Op::Simple;
                    break;
                }
                _ => return None,
            }
        }
        if b.get(i) == Some(&b'=') {
            let found = match c {
                b'+' => Some(Op::Append),
                b'?' => Some(Op::Conditional),
                b'!' => Some(Op::Shell),
                _ => None,
            };
            if let Some(found) = found {
                end.get_or_insert(i - 1);
                i += 1;
                op = found;
                break;
            }
        }
        if wspace {
            return None;
        }
    }
    let end = end.unwrap_or(i);
    let mut v = i;
    while v < b.len() && is_blank(b[v]) {
        v += 1;
    }
    Some(Definition {
        name: p.get(name_start..end.max(name_start))?.to_owned(),
        op,
        value: p.get(v..)?.to_owned(),
    })
}

/// `parse_var_assignment`: modifiers, then either a definition or `define`/`undefine` and the
/// rest of the line. `None` when the line is not an assignment.
pub fn parse_assignment(line: &str, target_var: bool) -> Option<(Modifiers, String)> {
    let mut m = Modifiers::default();
    let mut p = line.trim_start_matches([' ', '\t']);
    if p.is_empty() {
        return None;
    }
    loop {
        if parse_definition(p).is_some() {
            return Some((m, p.to_owned()));
        }
        let wend = p.find([' ', '\t']).unwrap_or(p.len());
        let word = &p[..wend];
        let rest = p[wend..].trim_start_matches([' ', '\t']);
        match word {
            "export" => m.export = true,
            "override" => m.override_ = true,
            "private" => m.private = true,
            "define" if !target_var => {
                m.define = true;
                return Some((m, rest.to_owned()));
            }
            "undefine" if !target_var => {
                m.undefine = true;
                return Some((m, rest.to_owned()));
            }
            _ => return None,
        }
        if rest.is_empty() {
            return None;
        }
        p = rest;
    }
}

impl Evaluator {
    /// Applies `text` as an assignment with `origin` if it is one (command-line `VAR=value`
    /// and `--eval` use this); returns whether it was.
    pub(crate) fn assign_line(
        &mut self,
        text: &str,
        origin: Origin,
        private: bool,
    ) -> Result<bool, MakeError> {
        let Some(def) = parse_definition(text) else {
            return Ok(false);
        };
        let name = self.expand_name(&def.name)?;
        let var = self.define_variable(&name, def.op, &def.value, origin, None)?;
        if let (Some(v), true) = (var, private) {
            if let Some(g) = self.globals.get_mut(&v) {
                g.private = true;
            }
        }
        Ok(true)
    }

    /// Expands a variable name and trims it; an empty name is fatal.
    pub(crate) fn expand_name(&mut self, raw: &str) -> Result<String, MakeError> {
        let name = self.expand(raw, &Scope::global())?;
        let name = name.trim_matches(crate::make::blank::is_space).to_owned();
        if name.is_empty() {
            return Err(self.error(Fatal::EmptyVariableName));
        }
        Ok(name)
    }

    /// `do_variable_definition`: defines `name` in the global table, or in `target` when given
    /// (a target- or pattern-specific variable). Returns the name if something was defined.
    pub(crate) fn define_variable(
        &mut self,
        name: &str,
        op: Op,
        value: &str,
        origin: Origin,
        target: Option<&mut VarTable>,
    ) -> Result<Option<String>, MakeError> {
        if target.is_none() {
            self.protect_environment(name);
        }
        if target.is_none() && matches!(op, Op::Append | Op::Conditional) {
            if let Some(local) = self.ambient_variable(name) {
                return self.define_over_local(name, op, value, origin, local);
            }
        }
        if op == Op::Append {
            let flavor = match &target {
                Some(t) => t.get(name),
                None => self.globals.get(name),
            }
            .map(|v| v.flavor);
            if let Some(flavor) = flavor {
                return self.append_in_place(name, flavor, value, origin, target);
            }
        }
        let existing = match &target {
            Some(t) => t.get(name).cloned(),
            None => self.globals.get(name).cloned(),
        };
        let new = match op {
            Op::Recursive => Variable::recursive(value, origin),
            Op::Simple => {
                let scope = line_scope(target.as_deref());
                Variable::simple(self.expand(value, &scope)?, origin)
            }
            Op::Shell => {
                let scope = line_scope(target.as_deref());
                Variable::recursive(self.shell_value(value, &scope)?, origin)
            }
            Op::Conditional => {
                // From a target's table, a `private` global is a parent's: not seen.
                let visible = existing.is_some()
                    || (target.is_some() && self.globals.get(name).is_some_and(|g| !g.private));
                if visible {
                    return Ok(None);
                }
                Variable::recursive(value, origin)
            }
            Op::Append => {
                // Nothing to append to (an existing one went to `append_in_place`): a
                // recursive definition, marked for a target to add to the inherited value.
                let mut v = Variable::recursive(value, origin);
                v.append = target.is_some();
                v
            }
        };
        let table = match target {
            Some(t) => t,
            None => &mut self.globals,
        };
        if !table.may_define(name, origin) {
            return Ok(None);
        }
        let mut new = new;
        new.location.clone_from(&self.location);
        if let Some(old) = existing {
            if new.export == Export::Default {
                new.export = old.export;
            }
            // GNU redefines the same variable in place: once `private`, it stays so.
            new.private |= old.private;
        }
        table.set(name, new);
        Ok(Some(name.to_owned()))
    }

    /// The innermost variable of the `$(eval)`s under way (a `foreach` variable, a `call`
    /// argument, a target's variable) named `name`; `+=` parts of a target's are left out.
    fn ambient_variable(&self, name: &str) -> Option<Variable> {
        let mut tables = self.ambient.iter().rev().flatten();
        let v = tables.find_map(|t| t.get(name))?;
        (!v.append).then(|| v.clone())
    }

    /// `?=` and `+=` in an `$(eval)` while a local variable of that name is visible: GNU's
    /// `lookup_variable` finds the local one, so `?=` does nothing and `+=` appends to the
    /// local value, in the local's flavour, and the result goes to the global table.
    fn define_over_local(
        &mut self,
        name: &str,
        op: Op,
        value: &str,
        origin: Origin,
        local: Variable,
    ) -> Result<Option<String>, MakeError> {
        if op == Op::Conditional {
            return Ok(None);
        }
        // As for a global: the addition is expanded before the origin is checked, and
        // appending nothing defines nothing.
        let add = append::addition(local.flavor, value, |t| self.expand(t, &Scope::global()))?;
        let Some(add) = add.filter(|_| self.globals.may_define(name, origin)) else {
            return Ok(None);
        };
        let mut joined = local.value;
        append::append(&mut joined, &add);
        let mut new = Variable::new(joined, local.flavor, origin);
        new.location.clone_from(&self.location);
        if let Some(old) = self.globals.get(name) {
            new.export = old.export;
            new.private = old.private;
        }
        self.globals.set(name, new);
        Ok(Some(name.to_owned()))
    }

    /// The value `VAR != text` gives: `text` expanded in `scope` and run by the shell, its
    /// output with the last newline dropped; `.SHELLSTATUS` set.
    pub(crate) fn shell_value(&mut self, text: &str, scope: &Scope) -> Result<String, MakeError> {
        let cmd = self.expand(text, scope)?;
        let out = match self.run_shell(&cmd, scope)? {
            Some((out, status)) => {
                self.globals
                    .set_simple(".SHELLSTATUS", status.to_string(), Origin::Override);
                out
            }
            None => Vec::new(),
        };
        Ok(crate::make::func::io::shell_output(&out, false))
    }

    /// `+=` to a variable that exists: appends to its value where it is (no copy of the
    /// whole value, which made long `OBJS += ...` sequences quadratic). Like GNU, the value
    /// appended to is the one after expanding the new text (which may have changed it).
    fn append_in_place(
        &mut self,
        name: &str,
        flavor: Flavor,
        value: &str,
        origin: Origin,
        target: Option<&mut VarTable>,
    ) -> Result<Option<String>, MakeError> {
        // A target's simple variable expands the addition with the target's variables
        // visible (GNU's `record_target_var` context).
        let add = append::addition(flavor, value, |t| {
            self.expand(t, &line_scope(target.as_deref()))
        })?;
        let location = self.location.clone();
        let table = match target {
            Some(t) => t,
            None => &mut self.globals,
        };
        if !table.may_define(name, origin) {
            return Ok(None);
        }
        match (table.get_mut(name), add) {
            (Some(v), Some(add)) => {
                append::append(&mut v.value, &add);
                v.location = location;
                v.origin = origin;
                v.flavor = flavor;
            }
            // GNU: appending nothing changes nothing, not even the origin (`override X +=`).
            (Some(_), None) => {}
            (None, add) => {
                let mut v = Variable::new(add.unwrap_or_default(), flavor, origin);
                v.location = location;
                table.set(name, v);
            }
        }
        Ok(Some(name.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_operators() {
        let d = parse_definition("X ?= a b ").unwrap();
        assert_eq!(
            (d.name.as_str(), d.op, d.value.as_str()),
            ("X", Op::Conditional, "a b ")
        );
        assert_eq!(parse_definition("a: b"), None);
        assert_eq!(parse_definition("foo bar = x"), None);
        assert_eq!(parse_definition("$(a:b=c) := 1").unwrap().name, "$(a:b=c)");
        assert_eq!(parse_definition("X::=1").unwrap().op, Op::Simple);
    }

    #[test]
    fn modifiers_then_definition() {
        let (m, rest) = parse_assignment("export override X = 1", false).unwrap();
        assert!(m.export && m.override_);
        assert_eq!(rest, "X = 1");
        assert!(parse_assignment("export X", false).is_none());
        assert!(parse_assignment("define X", false).unwrap().0.define);
    }
}

/// Where a line's text is expanded: the globals, or for a target-specific line the
/// target's own table before them, from which a `private` global is a parent's, unseen
/// (GNU expands in the file's variable set list).
fn line_scope(target: Option<&VarTable>) -> Scope<'_> {
    target.map_or_else(Scope::global, |t| Scope::global_with(t).for_target())
}
