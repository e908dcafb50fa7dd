//! `conf/env.cfg` read exactly as bash would read it, without ever executing it.
//!
//! Stages, one file each, passing plain data: [`lexer`] (text → tokens, reporting code such as
//! `$(…)`), [`parser`] (tokens → assignment statements, reporting commands), [`expand`]
//! (bash's expansions over words) and [`value`] (the resulting variables, each with the span
//! that set it). [`read`] runs them all; bash itself is the oracle in the tests.

pub mod expand;
pub mod glob;
pub mod lexer;
pub mod nul;
pub mod parser;
pub mod runaway;
pub mod value;
pub mod word;

use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::source::Source;

pub use value::{Binding, EnvCfg, Value};

/// Reads env.cfg: every variable bash would set by sourcing it in an empty environment, and a
/// diagnostic for each construct that is code or that bash reads differently than it looks.
pub fn read(source: &Arc<Source>) -> (EnvCfg, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let source = &nul::as_bash_reads(source, &mut diags);
    check_file_shape(source, &mut diags);
    let tokens = lexer::tokenize(source, &mut diags);
    let statements = parser::parse(source, tokens, &mut diags);
    let env = value::evaluate(source, &statements, &mut diags);
    (env, diags)
}

/// Line ends and a byte-order mark: bash keeps a CR in the value and runs a BOM-prefixed
/// first line as a command, so both change what the file means.
fn check_file_shape(source: &Arc<Source>, diags: &mut Vec<Diagnostic>) {
    let text = source.text();
    if let Some(at) = text.find("\r\n") {
        diags.push(
            Diagnostic::error("envcfg::crlf", "this file has Windows (CRLF) line ends")
                .at(source, crate::source::Span::new(at, at + 1), "carriage return kept in the value")
                .with_help("convert the file to Unix line ends (e.g. `dos2unix conf/env.cfg`): bash keeps the CR in every value"),
        );
    }
}
