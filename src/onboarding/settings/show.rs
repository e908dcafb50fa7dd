//! `--show-config`: env.cfg's variables as bash holds them. JSON is one object, name → string
//! (or list of strings for arrays); text is a listing with the `file:line` that set each one.
//! A variable whose name says secret, token, password or key shows `<redacted>`, and any
//! other value has the registered secrets scrubbed from it (see [`crate::diag::redact`]).

use std::fmt::Write as _;

use serde_json::{Map, Value as Json};

use crate::diag::redact::{self, MARKER};
use crate::envcfg::{Binding, EnvCfg, Value};

/// The value as outputs may show it.
fn shown_value(b: &Binding) -> Value {
    let clean = |s: &String| redact::scrub(s).into_owned();
    match &b.value {
        _ if redact::is_secret_name(&b.name) => Value::Scalar(MARKER.to_owned()),
        Value::Scalar(s) => Value::Scalar(clean(s)),
        Value::Array(items) => Value::Array(items.iter().map(clean).collect()),
    }
}

/// `{"REMOTE_DIR": "/nfs", "IMAGE_NAME_LIST": ["docker-base"]}` in assignment order.
pub fn json(env: &EnvCfg) -> String {
    let mut map = Map::new();
    for b in env.iter() {
        let value = match shown_value(b) {
            Value::Scalar(s) => Json::String(s),
            Value::Array(items) => Json::Array(items.into_iter().map(Json::String).collect()),
        };
        map.insert(b.name.clone(), value);
    }
    serde_json::to_string_pretty(&Json::Object(map)).unwrap_or_default() + "\n"
}

/// `NAME=value  # conf/env.cfg:LINE`, values quoted as bash would need them.
pub fn listing(env: &EnvCfg, errors: usize) -> String {
    let rows: Vec<(String, String)> = env
        .iter()
        .map(|b| {
            let assignment = match &shown_value(b) {
                _ if redact::is_secret_name(&b.name) => format!("{}={MARKER}", b.name),
                Value::Scalar(s) => format!("{}={}", b.name, quote(s)),
                Value::Array(items) => {
                    let items: Vec<String> = items.iter().map(|i| quote(i)).collect();
                    format!("{}=({})", b.name, items.join(" "))
                }
            };
            let line = env.source().line_col(b.name_span.start).line;
            let origin = format!("{}:{line}", env.source().name());
            (redact::clean(&assignment).into_owned(), origin)
        })
        .collect();
    let width = rows
        .iter()
        .map(|(a, _)| a.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (assignment, origin) in rows {
        let pad = width - assignment.chars().count();
        let _ = writeln!(out, "{assignment}{}  # {origin}", " ".repeat(pad));
    }
    if errors > 0 {
        let _ = writeln!(
            out,
            "# note: check-config reports {} in {}; run `xmake check-config`",
            crate::diag::wording::plural(errors, "error", "errors"),
            env.source().name()
        );
    }
    out
}

/// The value as a bash word: bare when safe, else single-quoted (`$'…'` for control chars).
pub fn quote(value: &str) -> String {
    let safe = !value.is_empty()
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./:@%+,=-".contains(c));
    if safe {
        return value.to_owned();
    }
    if value.chars().any(char::is_control) {
        let escaped: String = value
            .chars()
            .map(|c| match c {
                '\n' => "\\n".to_owned(),
                '\r' => "\\r".to_owned(),
                '\t' => "\\t".to_owned(),
                '\'' => "\\'".to_owned(),
                '\\' => "\\\\".to_owned(),
                c if c.is_control() => format!("\\x{:02x}", u32::from(c)),
                c => c.to_string(),
            })
            .collect();
        return format!("$'{escaped}'");
    }
    format!("'{}'", value.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quotes_like_bash_needs() {
        assert_eq!(quote("/nfs/x"), "/nfs/x");
        assert_eq!(quote("a b"), "'a b'");
        assert_eq!(quote("it's"), r"'it'\''s'");
        assert_eq!(quote("1\r"), "$'1\\r'");
        assert_eq!(quote(""), "''");
    }
}
