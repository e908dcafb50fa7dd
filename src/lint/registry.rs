//! The registry of lint rules: each has a stable code (`lint::<name>`, never reused or
//! renamed, since CI configurations and baselines refer to it), a default severity, a
//! one-line summary and its check. The env.cfg / config.toml checks keep their own codes
//! (`envcfg::*`, `toml::*`); [`describe`] gives those a summary too, for the formats that
//! list rules (SARIF, `JUnit`).

use super::context::Ctx;
use super::finding::Finding;
use super::rules;
use crate::diag::Severity;

/// One lint rule.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable code, e.g. `lint::missing-file`.
    pub code: &'static str,
    pub severity: Severity,
    /// What the rule checks, in one line.
    pub summary: &'static str,
    pub check: fn(&Ctx) -> Vec<Finding>,
}

/// Every tree rule, in the order they run (output is sorted afterwards anyway).
pub const RULES: &[Rule] = &[
    rules::missing_file::RULE,
    rules::incomplete_layout::RULE,
    rules::version_format::RULE,
    rules::makefile_parse::RULE,
    rules::makefile_warning::RULE,
    rules::missing_target::RULE,
    rules::missing_dockerfile::RULE,
    rules::dockerfile_from::RULE,
    rules::not_executable::RULE,
    rules::crlf_script::RULE,
    rules::unused_silence::RULE,
];

/// Where the rule pages are published: `docs/` of the installed documentation. A build can
/// point it at the repository's pages instead (`XMAKE_DOCS_BASE_URI=https://…/docs/`).
pub const DOCS_BASE_URI: &str = match option_env!("XMAKE_DOCS_BASE_URI") {
    Some(base) => base,
    None => "file:///usr/share/doc/xmake/",
};

/// The rule with code `code`, if it is a tree rule.
pub fn rule(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// A one-line description of any code a lint run can report.
pub fn describe(code: &str) -> &'static str {
    if let Some(rule) = rule(code) {
        return rule.summary;
    }
    if code.starts_with("envcfg::") {
        "conf/env.cfg check (see docs/env-cfg.md)"
    } else if code.starts_with("toml::") {
        "config.toml check (see docs/config-toml.md)"
    } else {
        "xmake check"
    }
}

/// Where a code is documented, relative to the repository.
pub fn docs_path(code: &str) -> String {
    match code.split_once("::") {
        Some(("lint", name)) => format!("docs/lint/{name}.md"),
        Some(("envcfg", _)) => "docs/env-cfg.md".to_owned(),
        Some(("toml", _)) => "docs/config-toml.md".to_owned(),
        _ => "docs/lint.md".to_owned(),
    }
}

/// The absolute URI of a code's documentation (SARIF's `helpUri`).
pub fn help_uri(code: &str) -> String {
    let path = docs_path(code);
    format!("{DOCS_BASE_URI}{}", path.trim_start_matches("docs/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_namespaced() {
        for (i, r) in RULES.iter().enumerate() {
            assert!(r.code.starts_with("lint::"), "{}", r.code);
            assert!(RULES[..i].iter().all(|o| o.code != r.code), "{}", r.code);
        }
    }

    #[test]
    fn help_uris_are_absolute_and_name_the_page() {
        assert_eq!(
            help_uri("lint::missing-file"),
            format!("{DOCS_BASE_URI}lint/missing-file.md")
        );
        assert!(help_uri("envcfg::missing-key").ends_with("/env-cfg.md"));
        assert!(DOCS_BASE_URI.contains("://") && DOCS_BASE_URI.ends_with('/'));
    }
}
