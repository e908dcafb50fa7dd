//! `lint::makefile-warning` (warning): GNU make prints a warning while reading the Makefile.
//!
//! **What it checks.** Everything reading the Makefile prints on stderr, GNU make's exact
//! text, at its line: `warning: overriding recipe for target 'deploy'` (with its companion
//! `ignoring old recipe`), `extraneous text after 'else' directive`, and the makefile's own
//! `$(warning …)` messages.
//!
//! **Why.** A target defined twice usually means a site customization was appended to the
//! Makefile and a later release added the same target: only the last recipe runs, silently.
//!
//! **Example.** a site appended its own `deploy:` rule to the Makefile:
//! `Makefile:61: warning: overriding recipe for target 'deploy'`.
//!
//! **Fix.** Keep one definition of each target; merge site changes into it.

use std::sync::LazyLock;

use regex::Regex;

use super::{about, located};
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::{line_span, Ctx};
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::makefile-warning",
    severity: Severity::Warning,
    summary: "GNU make prints a warning while reading the Makefile",
    check,
};

/// `FILE:LINE: text`, as GNU make prefixes warnings with a location.
static PLACED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([^:]+):([0-9]+): (.*)$").expect("valid regex"));

/// A fix for the warnings GNU make itself prints; `$(warning)` texts are the Makefile's own.
fn help(line: &str) -> Option<&'static str> {
    if line.contains("recipe for target") {
        Some("keep one definition of each target; merge site changes into it")
    } else if line.contains("extraneous text after") {
        Some("remove the text after the directive, or make it a comment")
    } else {
        None
    }
}

fn check(ctx: &Ctx) -> Vec<Finding> {
    let Some(makefile) = &ctx.makefile else {
        return Vec::new();
    };
    makefile
        .warnings
        .iter()
        .map(|line| {
            let mut diag = Diagnostic::warning(RULE.code, line.clone());
            if let Some(help) = help(line) {
                diag = diag.with_help(help);
            }
            let place = PLACED.captures(line).and_then(|c| {
                let file = c.get(1)?.as_str();
                let n: usize = c.get(2)?.as_str().parse().ok()?;
                let source = ctx.source(file)?;
                (n >= 1).then(|| (source, n, c.get(3).map_or("", |m| m.as_str()).to_owned()))
            });
            match place {
                Some((source, n, text)) => located(diag.at(&source, line_span(&source, n), text)),
                None => about(diag, makefile.name.clone()),
            }
        })
        .collect()
}
