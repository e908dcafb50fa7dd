//! `--format text`: the shared diagnostic renderer (miette on a terminal, the plain
//! `file:line:col: severity[code]: message` form otherwise), then a summary line.

use crate::diag::render::{render_text, summary};
use crate::lint::finding::Lint;

pub fn render(lint: &Lint, fancy: bool) -> String {
    let report = lint.report();
    let mut out = render_text(&report, fancy);
    out.push_str("lint: ");
    out.push_str(&summary(&report));
    out.push('\n');
    out
}
