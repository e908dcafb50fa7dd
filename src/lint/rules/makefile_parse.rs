//! `lint::makefile-parse` (error): GNU make would stop reading the Makefile.
//!
//! **What it checks.** The Makefile is read with xmake's implementation of the GNU make 4.3
//! language (nothing is run: `$(shell)` is disabled while linting). A fatal reading error
//! (`missing separator`, `missing 'endif'`, an `include`d file that is missing and that no
//! rule makes, `$(error …)` at top level) is reported with GNU make's exact text at its line.
//!
//! **Why.** Every `make <target>` would fail with that message before doing anything.
//!
//! **Example.** A recipe line indented with spaces instead of a tab:
//! `Makefile:14: *** missing separator.  Stop.`
//!
//! **Fix.** Correct the line GNU make names; recipe lines start with a tab.

use super::{about, located};
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::{line_span, Ctx};
use crate::lint::finding::Finding;
use crate::lint::makefile::missing_include_error;
use crate::lint::registry::Rule;
use crate::make::messages::MakeError;

pub const RULE: Rule = Rule {
    code: "lint::makefile-parse",
    severity: Severity::Error,
    summary: "GNU make would stop reading the Makefile",
    check,
};

fn check(ctx: &Ctx) -> Vec<Finding> {
    let Some(makefile) = &ctx.makefile else {
        return Vec::new();
    };
    let mut out: Vec<Finding> = makefile
        .missing_includes
        .iter()
        .map(|(name, at)| finding(ctx, &makefile.name, &missing_include_error(name, at)))
        .collect();
    if let Some(error) = &makefile.error {
        out.push(finding(ctx, &makefile.name, error));
    }
    out
}

fn finding(ctx: &Ctx, makefile: &str, error: &MakeError) -> Finding {
    let diag = Diagnostic::error(RULE.code, error.render("make"))
        .with_help("correct the line GNU make names (recipe lines start with a tab)");
    let Some(at) = &error.location else {
        return about(diag, makefile);
    };
    match ctx.source(&at.file) {
        Some(source) => {
            let span = line_span(&source, at.line);
            located(diag.at(&source, span, error.fatal.to_string()))
        }
        None => about(diag, at.file.clone()),
    }
}
