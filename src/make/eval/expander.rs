//! The engine's [`Expander`] contract implemented over the evaluator: the engine's scope
//! (automatic variables and target-specific records, outermost first) becomes a chain of
//! [`VarTable`]s searched before the globals.

use rustc_hash::FxHashMap;

use std::rc::Rc;

use super::Evaluator;
use crate::make::exec::{AutoVars, ExpandError, Expander, Scope as EngineScope};
use crate::make::messages::{Location, MakeError};
use crate::make::var::{Origin, Scope, VarTable};

/// The automatic variables as a table.
pub fn auto_table(auto: &AutoVars) -> VarTable {
    let mut t = VarTable::new();
    for c in ['@', '%', '<', '?', '^', '+', '|', '*'] {
        if let Some(v) = auto.get(c) {
            t.set_simple(c.to_string(), v, Origin::Automatic);
        }
    }
    t
}

impl Evaluator {
    /// The tables for an engine scope, innermost first (automatic variables first), and
    /// the index of the first table inherited from a parent. A file's pattern-specific set
    /// and its own table are shared with the evaluator's, not copied.
    pub fn scope_tables(&mut self, scope: &EngineScope<'_>) -> Result<ScopeTables, MakeError> {
        let mut frames: Vec<Rc<VarTable>> = Vec::new();
        let mut own = 0;
        for f in &scope.frames {
            own += usize::from(!f.inherited);
            if let Some(file) = &f.pattern_file {
                frames.push(self.pattern_set(file, &f.vars)?);
                continue;
            }
            // A file with lines of its own has the set they built (`target_var.rs` records
            // the lines and the set together).
            let own_set = f.file.as_ref().and_then(|n| self.target_vars.get(n));
            frames.push(own_set.cloned().unwrap_or_default());
        }
        frames.reverse();
        if let Some(auto) = scope.auto {
            frames.insert(0, Rc::new(auto_table(auto)));
            own += 1;
        }
        Ok((frames, own))
    }

    /// The tables of `scope`: those kept since [`Expander::begin_scope`] while no `$(eval)`
    /// ran since they were built, else built now (and kept, inside a begun scope).
    fn tables_for(&mut self, scope: &EngineScope<'_>) -> Result<Rc<ScopeTables>, ExpandError> {
        if let Some(Some((evals, tables))) = &self.kept_scope {
            if *evals == self.evals {
                return Ok(Rc::clone(tables));
            }
        }
        let tables = self
            .scope_tables(scope)
            .map_err(|e| self.engine_error(&e))?;
        let tables = Rc::new(tables);
        if let Some(kept) = &mut self.kept_scope {
            *kept = Some((self.evals, Rc::clone(&tables)));
        }
        Ok(tables)
    }

    fn engine_error(&self, e: &crate::make::messages::MakeError) -> ExpandError {
        ExpandError {
            message: e.render(&self.options.program),
        }
    }
}

/// A scope's tables, innermost first, and the index of the first one a parent's.
pub type ScopeTables = (Vec<Rc<VarTable>>, usize);

fn chain(tables: &ScopeTables) -> Scope<'_> {
    tables
        .0
        .iter()
        .fold(Scope::new(), |s, t| s.with(t))
        .for_target()
        .parents_from(tables.1)
}

impl Evaluator {
    /// Where a recipe line being expanded was written: the contract gives only its text, so
    /// find it among the rules read (the target's own rules first). GNU make reports
    /// `$(error)` in a recipe at that line.
    fn locate_recipe_line(&mut self, text: &str, scope: &EngineScope<'_>) -> Option<Location> {
        if self.recipe_index.0 != self.rules.len() {
            let mut index: FxHashMap<String, Vec<(usize, Location)>> = FxHashMap::default();
            for (i, r) in self.rules.iter().enumerate() {
                for l in &r.recipe {
                    index
                        .entry(l.text.clone())
                        .or_default()
                        .push((i, l.location.clone()));
                }
            }
            self.recipe_index = (self.rules.len(), index);
        }
        let found = self.recipe_index.1.get(text)?;
        let target = scope.auto.map(|a| a.target.as_str());
        let own = found
            .iter()
            .find(|(i, _)| target.is_some_and(|t| self.rules[*i].targets.iter().any(|x| x == t)));
        let (rule, at) = own.or_else(|| found.first())?;
        let first = self.rules[*rule]
            .recipe
            .first()
            .map_or(at.line, |l| l.location.line);
        self.recipe_line_offset = at.line.saturating_sub(first);
        Some(at.clone())
    }
}

impl Expander for Evaluator {
    fn expand(&mut self, text: &str, scope: &EngineScope<'_>) -> Result<String, ExpandError> {
        if scope.auto.is_some() {
            if let Some(at) = self.locate_recipe_line(text, scope) {
                self.location = Some(at);
            }
        }
        let tables = self.tables_for(scope)?;
        let was = std::mem::replace(&mut self.in_recipe, scope.auto.is_some());
        let r = Evaluator::expand(self, text, &chain(&tables));
        self.in_recipe = was;
        r.map_err(|e| self.engine_error(&e))
    }

    fn forget_location(&mut self) {
        self.location = None;
    }

    fn value(
        &mut self,
        name: &str,
        scope: &EngineScope<'_>,
    ) -> Result<Option<String>, ExpandError> {
        let tables = self.tables_for(scope)?;
        let s = chain(&tables);
        if self.lookup(name, &s).is_none() {
            return Ok(None);
        }
        self.expand_var(name, &s)
            .map(Some)
            .map_err(|e| self.engine_error(&e))
    }

    fn environment(
        &mut self,
        scope: &EngineScope<'_>,
    ) -> Result<Vec<(String, String)>, ExpandError> {
        let tables = self.tables_for(scope)?;
        let shell = self.original_shell.clone();
        self.recipe_env(&chain(&tables), shell.as_deref())
            .map_err(|e| self.engine_error(&e))
    }

    fn set_jobserver_auth(&mut self, auth: &str) {
        Evaluator::set_jobserver_auth(self, auth);
    }

    fn begin_scope(&mut self, _scope: &EngineScope<'_>) {
        self.kept_scope = Some(None);
    }

    fn end_scope(&mut self) {
        self.kept_scope = None;
    }
}
