//! The chain of tables a lookup walks: innermost first (automatic variables, then a target's own
//! variables, then those it inherits), ending at the evaluator's global table.

use super::table::{VarTable, Variable};

/// Borrowed tables searched before the global table, innermost first.
///
/// Build one per recipe: `Scope::new().with(&automatic).with(&target_vars)`.
#[derive(Clone, Debug, Default)]
pub struct Scope<'a> {
    tables: Vec<&'a VarTable>,
    /// Expanding for a target (a recipe): global `private` variables are invisible.
    target: bool,
    /// Tables from this index on are a parent's (inherited): their `private` variables are
    /// invisible to lookups (GNU's `is_parent`) but still reach a recipe's environment.
    parent_from: usize,
}

impl<'a> Scope<'a> {
    /// The empty chain: only global variables are visible.
    pub fn global() -> Self {
        Self {
            tables: Vec::new(),
            target: false,
            parent_from: usize::MAX,
        }
    }

    pub fn new() -> Self {
        Self::global()
    }

    /// Adds a table searched after the ones already in the chain.
    #[must_use]
    pub fn with(mut self, table: &'a VarTable) -> Self {
        self.tables.push(table);
        self
    }

    /// A chain with `table` searched before all of `self`'s tables.
    #[must_use]
    pub fn inner(&self, table: &'a VarTable) -> Self {
        let mut tables = Vec::with_capacity(self.tables.len() + 1);
        tables.push(table);
        tables.extend(self.tables.iter().copied());
        Self {
            tables,
            target: self.target,
            parent_from: self.parent_from.saturating_add(1),
        }
    }

    /// The first local definition of `name` visible here, with the index of its table.
    pub fn find(&self, name: &str) -> Option<(usize, &'a Variable)> {
        self.tables
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.get(name).map(|v| (i, v)))
            .find(|(i, v)| *i < self.parent_from || !v.private)
    }

    /// Marks the tables from `index` on as a parent's (see [`Scope::find`]).
    #[must_use]
    pub fn parents_from(mut self, index: usize) -> Self {
        self.parent_from = index;
        self
    }

    /// Copies of the tables with what lookups would not see removed (a parent's `private`
    /// variables).
    pub fn visible_tables(&self) -> Vec<VarTable> {
        let mut out: Vec<VarTable> = self.tables.iter().map(|t| (*t).clone()).collect();
        for t in out.iter_mut().skip(self.parent_from) {
            t.retain(|v| !v.private);
        }
        out
    }

    /// The chain below table `index` (used to resolve a target-specific `+=`).
    #[must_use]
    pub fn after(&self, index: usize) -> Self {
        Self {
            tables: self.tables.get(index + 1..).unwrap_or(&[]).to_vec(),
            target: self.target,
            parent_from: self.parent_from.saturating_sub(index + 1),
        }
    }

    /// Marks the chain as a target's context (recipes).
    #[must_use]
    pub fn for_target(mut self) -> Self {
        self.target = true;
        self
    }

    pub fn is_target(&self) -> bool {
        self.target
    }

    pub fn tables(&self) -> &[&'a VarTable] {
        &self.tables
    }
}

impl<'a> Scope<'a> {
    /// A chain of just `table` before the globals.
    pub fn global_with(table: &'a VarTable) -> Self {
        Self {
            tables: vec![table],
            target: false,
            parent_from: usize::MAX,
        }
    }
}
