//! One table of variables (the global set, one target's, or `$(call)`'s numbered arguments).

use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::origin::{Export, Flavor, Origin};

/// One variable: its unexpanded (recursive) or expanded (simple) value and attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variable {
    pub value: String,
    pub flavor: Flavor,
    pub origin: Origin,
    pub export: Export,
    /// `private`: not inherited by prerequisites (target-specific variables).
    pub private: bool,
    /// Target-specific `+=`: appended to the value inherited from outer scopes when looked up.
    pub append: bool,
    /// Where it was defined (GNU reports a self-reference there).
    pub location: Option<crate::make::messages::Location>,
}

impl Variable {
    pub fn new(value: impl Into<String>, flavor: Flavor, origin: Origin) -> Self {
        Self {
            value: value.into(),
            flavor,
            origin,
            export: Export::Default,
            private: false,
            append: false,
            location: None,
        }
    }

    pub fn recursive(value: impl Into<String>, origin: Origin) -> Self {
        Self::new(value, Flavor::Recursive, origin)
    }

    pub fn simple(value: impl Into<String>, origin: Origin) -> Self {
        Self::new(value, Flavor::Simple, origin)
    }
}

/// Tables up to this many variables are a vector searched in order: a target's own table
/// holds one to a few variables, and a hash map of two entries weighs twice a vector of two.
/// Their names are shared ([`super::names`]).
const SMALL: usize = 8;

/// A set of variables by name.
#[derive(Clone, Debug, PartialEq)]
pub struct VarTable {
    vars: Slots,
}

/// A small table's vector (no spare slots while it is small) or a large table's map.
#[derive(Clone, Debug, PartialEq)]
enum Slots {
    Few(Vec<(Rc<str>, Variable)>),
    Many(FxHashMap<String, Variable>),
}

impl Default for VarTable {
    fn default() -> Self {
        Self {
            vars: Slots::Few(Vec::new()),
        }
    }
}

impl VarTable {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, name: &str) -> Option<&Variable> {
        match &self.vars {
            Slots::Few(v) => v.iter().find(|(k, _)| &**k == name).map(|(_, var)| var),
            Slots::Many(m) => m.get(name),
        }
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut Variable> {
        match &mut self.vars {
            Slots::Few(v) => v.iter_mut().find(|(k, _)| &**k == name).map(|(_, var)| var),
            Slots::Many(m) => m.get_mut(name),
        }
    }

    /// Inserts unconditionally (callers check precedence with [`VarTable::may_define`]).
    /// The name is copied only when it is new (`$(foreach)` sets its variable per word).
    pub fn set<N: AsRef<str> + Into<String>>(&mut self, name: N, var: Variable) {
        if let Some(old) = self.get_mut(name.as_ref()) {
            *old = var;
            return;
        }
        let name: String = name.into();
        match &mut self.vars {
            Slots::Few(v) if v.len() < SMALL => {
                crate::make::tight::push(v, (super::names::shared(&name), var));
            }
            Slots::Few(v) => {
                let mut m: FxHashMap<String, Variable> = std::mem::take(v)
                    .into_iter()
                    .map(|(k, var)| (k.to_string(), var))
                    .collect();
                m.insert(name, var);
                self.vars = Slots::Many(m);
            }
            Slots::Many(m) => {
                m.insert(name, var);
            }
        }
    }

    /// Keeps only the variables `keep` accepts.
    pub fn retain(&mut self, mut keep: impl FnMut(&Variable) -> bool) {
        match &mut self.vars {
            Slots::Few(v) => v.retain(|(_, var)| keep(var)),
            Slots::Many(m) => m.retain(|_, var| keep(var)),
        }
    }

    /// Shorthand for a simple variable, used for automatic variables and `$(call)` arguments.
    pub fn set_simple(
        &mut self,
        name: impl AsRef<str> + Into<String>,
        value: impl Into<String>,
        origin: Origin,
    ) {
        self.set(name, Variable::simple(value, origin));
    }

    pub fn remove(&mut self, name: &str) -> Option<Variable> {
        match &mut self.vars {
            Slots::Few(v) => {
                let i = v.iter().position(|(k, _)| &**k == name)?;
                Some(v.remove(i).1)
            }
            Slots::Many(m) => m.remove(name),
        }
    }

    /// Whether a definition with `origin` may replace what is there now.
    pub fn may_define(&self, name: &str, origin: Origin) -> bool {
        self.get(name)
            .is_none_or(|old| origin.rank() >= old.origin.rank())
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.iter().map(|(k, _)| k)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Variable)> {
        let (few, many) = match &self.vars {
            Slots::Few(v) => (Some(v.iter().map(|(k, var)| (&**k, var))), None),
            Slots::Many(m) => (None, Some(m.iter().map(|(k, v)| (k.as_str(), v)))),
        };
        few.into_iter().flatten().chain(many.into_iter().flatten())
    }

    pub fn is_empty(&self) -> bool {
        match &self.vars {
            Slots::Few(v) => v.is_empty(),
            Slots::Many(m) => m.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_definition_cannot_replace_command_line() {
        let mut t = VarTable::new();
        t.set("X", Variable::recursive("cli", Origin::CommandLine));
        assert!(!t.may_define("X", Origin::File));
        assert!(t.may_define("X", Origin::Override));
        assert!(t.may_define("Y", Origin::File));
    }

    #[test]
    fn small_and_large_tables_find_replace_and_remove() {
        let mut t = VarTable::new();
        for i in 0..20 {
            t.set(
                format!("V{i}"),
                Variable::simple(i.to_string(), Origin::File),
            );
            t.set("V0", Variable::simple(format!("again{i}"), Origin::File));
            assert_eq!(t.iter().count(), if i == 0 { 1 } else { i + 1 });
        }
        assert_eq!(t.get("V0").unwrap().value, "again19");
        assert_eq!(t.get("V7").unwrap().value, "7");
        assert_eq!(t.remove("V7").unwrap().value, "7");
        assert!(t.get("V7").is_none());
        let mut small = VarTable::new();
        small.set("A", Variable::simple("1", Origin::File));
        small.set("B", Variable::simple("2", Origin::File));
        assert_eq!(small.remove("A").unwrap().value, "1");
        assert_eq!(small.names().collect::<Vec<_>>(), ["B"]);
        assert!(!small.is_empty());
    }
}
