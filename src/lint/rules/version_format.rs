//! `lint::version-format` (error): `version` is not one line holding a release name.
//!
//! **What it checks.** `version` holds exactly one non-empty line, a release such as `2.4.1`
//! (digits and dots, at least `major.minor`, optionally a leading `v` and a suffix like
//! `-rc1` or `+build7`).
//!
//! **Why.** xmake and the scripts name `${IMAGE_DEPLOY_DIR}/<release>/` after it, and admins
//! commit the tree with `git commit -m "$(cat version)"`; a second line or a stray word ends
//! up in directory names.
//!
//! **Example.** `2.4.1\nbeta\n` (two lines), `latest` (not a release).
//!
//! **Fix.** Write the release alone on the first line, e.g. `2.4.1`.

use std::sync::LazyLock;

use regex::Regex;

use super::located;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::{line_span, Ctx};
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::version-format",
    severity: Severity::Error,
    summary: "`version` is not one line holding a release name",
    check,
};

static RELEASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^v?[0-9]+(\.[0-9]+)+([-+~_.][0-9A-Za-z]+)*$").expect("valid regex")
});

/// Whether `text` looks like a release name.
pub fn is_release(text: &str) -> bool {
    RELEASE.is_match(text)
}

fn check(ctx: &Ctx) -> Vec<Finding> {
    let Some(source) = ctx.source("version") else {
        return Vec::new();
    };
    let text = source.text();
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let mut out = Vec::new();
    let Some(&(first_line, first)) = lines.first() else {
        out.push(located(
            Diagnostic::error(RULE.code, "`version` is empty")
                .at(&source, line_span(&source, 1), "no release here")
                .with_help("write the release on the first line, e.g. 2.4.1"),
        ));
        return out;
    };
    if !is_release(first) {
        out.push(located(
            Diagnostic::error(
                RULE.code,
                format!("`version` holds `{first}`, which is not a release name"),
            )
            .at(&source, line_span(&source, first_line), "not like 2.4.1")
            .with_help("write the release as digits and dots, e.g. 2.4.1"),
        ));
    }
    if let Some(&(extra, _)) = lines.get(1) {
        out.push(located(
            Diagnostic::error(
                RULE.code,
                format!("`version` has {} non-empty lines, not one", lines.len()),
            )
            .at(&source, line_span(&source, extra), "extra line")
            .with_help("keep only the release, on one line"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::is_release;

    #[test]
    fn release_names() {
        for ok in ["2.4.1", "2.4", "v3.0.0", "2.4.1-rc1", "2.4.1+build.7"] {
            assert!(is_release(ok), "{ok}");
        }
        for bad in ["latest", "2", "2.4.1 beta", "", "2..4", ".2.4"] {
            assert!(!is_release(bad), "{bad}");
        }
    }
}
