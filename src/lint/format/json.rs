//! `--format json`: the shared JSON document (`diag::render::render_json`), with `file`
//! filled in for findings about a file without a span (e.g. a missing file), and `ok`.

use serde_json::{json, Value};

use crate::diag::render::render_json;
use crate::lint::finding::Lint;

pub fn render(lint: &Lint) -> String {
    let mut doc: Value = serde_json::from_str(&render_json(&lint.report())).unwrap_or(json!({}));
    if let Some(items) = doc.get_mut("diagnostics").and_then(Value::as_array_mut) {
        for (item, finding) in items.iter_mut().zip(&lint.findings) {
            if item.get("file").is_some_and(Value::is_null) {
                if let Some(path) = &finding.path {
                    item["file"] = json!(path);
                }
            }
        }
    }
    if let Some(map) = doc.as_object_mut() {
        map.insert("ok".into(), json!(!lint.has_errors()));
    }
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}
