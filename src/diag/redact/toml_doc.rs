//! The parse rule for TOML: when the text parses, the span of every value whose key path
//! (tables, dotted keys, inline tables, arrays of tables) has a secret part, with each such
//! value registered for scrubbing as TOML decoded it (escapes and all).

use std::ops::Range;

use toml_edit::{ImDocument, Item, Value};

use super::{is_secret_name, register};

/// Spans of secret values in `text`; empty when it does not parse.
pub fn ranges(text: &str) -> Vec<Range<usize>> {
    let Ok(doc) = ImDocument::parse(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (key, item) in doc.as_table() {
        item_ranges(item, is_secret_name(key), &mut out);
    }
    out
}

fn item_ranges(item: &Item, secret: bool, out: &mut Vec<Range<usize>>) {
    match item {
        Item::None => {}
        Item::Value(v) => value_ranges(v, secret, out),
        Item::Table(t) => {
            for (k, i) in t {
                item_ranges(i, secret || is_secret_name(k), out);
            }
        }
        Item::ArrayOfTables(a) => {
            for t in a {
                for (k, i) in t {
                    item_ranges(i, secret || is_secret_name(k), out);
                }
            }
        }
    }
}

fn value_ranges(value: &Value, secret: bool, out: &mut Vec<Range<usize>>) {
    if secret {
        if let Some(span) = value.span() {
            out.push(span);
        }
        register_value(value);
        return;
    }
    match value {
        Value::Array(a) => a.iter().for_each(|v| value_ranges(v, false, out)),
        Value::InlineTable(t) => {
            for (k, v) in t {
                value_ranges(v, is_secret_name(k), out);
            }
        }
        _ => {}
    }
}

fn register_value(value: &Value) {
    match value {
        Value::String(s) => register(s.value()),
        Value::Array(a) => a.iter().for_each(register_value),
        Value::InlineTable(t) => t.iter().for_each(|(_, v)| register_value(v)),
        other => register(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_under_secret_paths() {
        let text = "a = 1\n[license]\n\"k\\u0065y\" = \"XSPOT\\u0053ECRET\"\n[x]\nt = { token = [\"T1\"] }\n";
        let r = ranges(text);
        let spans: Vec<&str> = r.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(spans, ["\"XSPOT\\u0053ECRET\"", "[\"T1\"]"]);
        assert_eq!(super::super::scrub("XSPOTSECRET"), "<redacted>");
    }
}
