//! `lint::dockerfile-no-from` (error): a Dockerfile has no FROM instruction.
//!
//! **What it checks.** Every `images/*/docker_build_path/Dockerfile` has a `FROM` line
//! (any case, after optional indentation; comments and parser directives do not count).
//!
//! **Why.** `build-image` imports the base snapshot and builds each image on top of it;
//! a Dockerfile without `FROM` fails with `no build stage in current context`.
//!
//! **Example.** `images/img2/docker_build_path/Dockerfile` holds only `RUN yum -y install gcc`.
//!
//! **Fix.** Start the Dockerfile with the image it builds on, e.g. `FROM xspot-base:latest`.

use super::located;
use crate::diag::{Diagnostic, Severity};
use crate::lint::context::{line_span, Ctx};
use crate::lint::finding::Finding;
use crate::lint::registry::Rule;

pub const RULE: Rule = Rule {
    code: "lint::dockerfile-no-from",
    severity: Severity::Error,
    summary: "a Dockerfile has no FROM instruction",
    check,
};

/// Whether a Dockerfile's text has a `FROM` instruction.
pub fn has_from(text: &str) -> bool {
    text.lines().any(|line| {
        let mut words = line.split_whitespace();
        words.next().is_some_and(|w| w.eq_ignore_ascii_case("FROM")) && words.next().is_some()
    })
}

fn check(ctx: &Ctx) -> Vec<Finding> {
    super::files_ending(&ctx.dir.join("images"), "/docker_build_path/Dockerfile")
        .into_iter()
        .filter_map(|rel| {
            let rel = format!("images/{rel}");
            let source = ctx.source(&rel)?;
            if has_from(source.text()) {
                return None;
            }
            Some(located(
                Diagnostic::error(RULE.code, format!("`{rel}` has no FROM instruction"))
                    .at(&source, line_span(&source, 1), "no FROM before this")
                    .with_help("start it with the image it builds on, e.g. FROM xspot-base:latest"),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::has_from;

    #[test]
    fn finds_from() {
        assert!(has_from("# c\nARG X=1\nfrom   base:1\nRUN x\n"));
        assert!(!has_from("# FROM base\nRUN x\n"));
        assert!(!has_from("FROM\n"));
        assert!(!has_from(""));
    }
}
