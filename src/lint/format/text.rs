//! `--format text`: the shared diagnostic renderer (miette on a terminal, the plain
//! `file:line:col: severity[code]: message` form otherwise), then a summary line naming the
//! files the problems are in.

use crate::diag::render::{render_text, summary_in_files};
use crate::lint::finding::Lint;

pub fn render(lint: &Lint, fancy: bool) -> String {
    let report = lint.report();
    let mut out = render_text(&report, fancy);
    out.push_str("lint: ");
    out.push_str(&summary_in_files(
        lint.findings.iter().map(|f| (&f.diag, f.file())),
    ));
    out.push('\n');
    out
}
