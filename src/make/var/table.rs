//! One table of variables (the global set, one target's, or `$(call)`'s numbered arguments).

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

/// A set of variables by name, remembering definition order for `.VARIABLES`.
#[derive(Clone, Debug, Default)]
pub struct VarTable {
    vars: FxHashMap<String, Variable>,
}

impl VarTable {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, name: &str) -> Option<&Variable> {
        self.vars.get(name)
    }

    pub fn get_mut(&mut self, name: &str) -> Option<&mut Variable> {
        self.vars.get_mut(name)
    }

    /// Inserts unconditionally (callers check precedence with [`VarTable::may_define`]).
    pub fn set(&mut self, name: impl Into<String>, var: Variable) {
        self.vars.insert(name.into(), var);
    }

    /// Shorthand for a simple variable, used for automatic variables and `$(call)` arguments.
    pub fn set_simple(
        &mut self,
        name: impl Into<String>,
        value: impl Into<String>,
        origin: Origin,
    ) {
        self.set(name, Variable::simple(value, origin));
    }

    pub fn remove(&mut self, name: &str) -> Option<Variable> {
        self.vars.remove(name)
    }

    /// Whether a definition with `origin` may replace what is there now.
    pub fn may_define(&self, name: &str, origin: Origin) -> bool {
        self.vars
            .get(name)
            .is_none_or(|old| origin.rank() >= old.origin.rank())
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.vars.keys().map(String::as_str)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Variable)> {
        self.vars.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn is_empty(&self) -> bool {
        self.vars.is_empty()
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
}
