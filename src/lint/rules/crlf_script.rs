//! `lint::crlf-script` (error): a shell script has Windows (CRLF) line ends.
//!
//! **What it checks.** No `*.sh` file in the tree has a line ending in `\r\n`. (CRLF in
//! `conf/env.cfg` is reported by the env.cfg checks.)
//!
//! **Why.** bash reads the `\r` as part of each line: commands fail with
//! `$'\r': command not found`, and values get a trailing carriage return. This happens when
//! a script is edited on Windows or copied through a share that converts line ends.
//!
//! **Example.** `scripts/controller/integrate-xspot/scripts/startup.sh` saved through a Windows
//! share, every line ending in `\r\n`.
//!
//! **Fix.** Convert the file: `sed -i 's/\r$//' FILE` (or `dos2unix FILE`).

use super::located;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::{line_span, Ctx};
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::crlf-script",
    severity: Severity::Error,
    summary: "a shell script has Windows (CRLF) line ends",
    check,
};

fn check(ctx: &Ctx) -> Vec<Finding> {
    super::files_ending(&ctx.dir, ".sh")
        .into_iter()
        .filter_map(|rel| {
            let source = ctx.source(rel.as_str())?;
            let text = source.text();
            let at = text.find("\r\n")?;
            let crlf_lines = text.matches("\r\n").count();
            let line = source.line_col(at).line;
            Some(located(
                Diagnostic::error(
                    RULE.code,
                    format!(
                        "`{rel}` has Windows (CRLF) line ends ({})",
                        crate::diag::wording::plural(crlf_lines, "line", "lines")
                    ),
                )
                .at(
                    &source,
                    line_span(&source, line),
                    "first line ending in \\r\\n",
                )
                .with_help(format!("convert it: sed -i 's/\\r$//' {rel}")),
            ))
        })
        .collect()
}
