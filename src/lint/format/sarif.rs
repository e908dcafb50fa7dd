//! `--format sarif`: SARIF 2.1.0 (what GitHub code scanning and Azure DevOps read): one run
//! of the `xmake` driver listing every rule (registered tree rules, then settings codes that
//! have findings, each with `helpUri` to its page), and one result per finding with its rule index, level, message and,
//! when it has a file, a physical location relative to `%SRCROOT%` (the tree).

use std::fmt::Write as _;

use serde_json::{json, Value};

use super::{listed_codes, message_with_help};
use crate::diag::Severity;
use crate::lint::finding::{Finding, Lint};
use crate::lint::registry;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(lint: &Lint) -> String {
    let codes = listed_codes(lint);
    let rules: Vec<Value> = codes.iter().map(|code| rule(code)).collect();
    let results: Vec<Value> = lint
        .findings
        .iter()
        .map(|f| result(f, codes.iter().position(|c| *c == f.diag.code)))
        .collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "xmake",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "the onboarding tree"}}},
            "results": results,
        }],
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn rule(code: &str) -> Value {
    let mut rule = json!({
        "id": code,
        "name": code.rsplit("::").next().unwrap_or(code),
        "shortDescription": {"text": registry::describe(code)},
        "help": {"text": format!("see {}", registry::docs_path(code))},
        "helpUri": registry::help_uri(code),
    });
    if let Some(r) = registry::rule(code) {
        rule["defaultConfiguration"] = json!({"level": level(r.severity)});
    }
    rule
}

fn result(f: &Finding, rule_index: Option<usize>) -> Value {
    let mut result = json!({
        "ruleId": f.diag.code,
        "level": level(f.diag.severity),
        "message": {"text": message_with_help(f)},
    });
    if let Some(i) = rule_index {
        result["ruleIndex"] = json!(i);
    }
    if let Some(file) = f.file() {
        let mut location = json!({
            "physicalLocation": {
                "artifactLocation": {"uri": uri(file), "uriBaseId": "%SRCROOT%"},
            }
        });
        if let (Some((line, col)), Some((end_line, end_col))) = (f.line_col(), f.end_line_col()) {
            location["physicalLocation"]["region"] = json!({
                "startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
            });
        }
        result["locations"] = json!([location]);
    }
    result
}

/// A relative path as a URI reference: unreserved characters and `/` kept, the rest
/// percent-encoded (RFC 3986).
pub fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("conf/env.cfg"), "conf/env.cfg");
        assert_eq!(uri("a b/ü:x"), "a%20b/%C3%BC%3Ax");
    }
}
