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
}

impl<'a> Scope<'a> {
    /// The empty chain: only global variables are visible.
    pub fn global() -> Self {
        Self {
            tables: Vec::new(),
            target: false,
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
        }
    }

    /// The first local definition of `name`, with the index of its table.
    pub fn find(&self, name: &str) -> Option<(usize, &'a Variable)> {
        self.tables
            .iter()
            .enumerate()
            .find_map(|(i, t)| t.get(name).map(|v| (i, v)))
    }

    /// The chain below table `index` (used to resolve a target-specific `+=`).
    #[must_use]
    pub fn after(&self, index: usize) -> Self {
        Self {
            tables: self.tables.get(index + 1..).unwrap_or(&[]).to_vec(),
            target: self.target,
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
        }
    }
}
