//! Deciding what to make: file times and implicit rule search. The graph walk itself
//! (which uses these) lives in `make::graph`; running recipes in `make::exec`.

pub mod archive;
pub mod implicit;
pub mod second;
pub mod skew;
pub mod stamp;

pub use implicit::{search, search_indexed, FileQuery, Match, RuleIndex};
pub use stamp::Stamp;
