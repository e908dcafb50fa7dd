//! Variables: origin and flavour, one table, `+=` onto a value, and the scope chain a
//! lookup walks.
//! The global table lives in [`crate::make::eval::Evaluator`]; see its docs for the API.

pub mod append;
pub mod defaults;
mod names;
pub mod origin;
pub mod scope;
pub mod table;

pub use origin::{Export, Flavor, Origin};
pub use scope::Scope;
pub use table::{VarTable, Variable};
