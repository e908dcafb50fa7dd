//! The tree's lint configuration, `.xmake.toml` at the top of the tree: its `[lint]` table
//! lists codes silenced everywhere (`allow`) or in some files (`per-file`). Only `[lint]` is
//! read; an unknown key inside it, or a file that is not TOML, stops the lint (status 2).

use std::collections::BTreeMap;
use std::sync::Arc;

use camino::Utf8Path;
use serde::Deserialize;
use toml::Spanned;

use super::{Silence, Where};
use crate::diag::Diagnostic;
use crate::source::{Source, Span};

/// The file's name, relative to the tree.
pub const CONFIG_FILE: &str = ".xmake.toml";
/// A lint configuration is a few lines; anything bigger is refused.
const MAX_BYTES: u64 = 1 << 20;

#[derive(Deserialize, Default)]
struct File {
    #[serde(default)]
    lint: Option<LintTable>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct LintTable {
    #[serde(default)]
    allow: Vec<Spanned<String>>,
    #[serde(default)]
    per_file: BTreeMap<String, Vec<Spanned<String>>>,
}

/// The silences `.xmake.toml` holds (none when the file does not exist), or the diagnostic
/// that says why it cannot be used.
pub fn read(tree: &Utf8Path) -> Result<Vec<Silence>, Box<Diagnostic>> {
    let path = tree.join(CONFIG_FILE);
    if std::fs::symlink_metadata(&path).is_err() {
        return Ok(Vec::new());
    }
    let bytes = crate::adapters::fs::read_bounded(&path, MAX_BYTES).map_err(|e| {
        Box::new(Diagnostic::error(
            "lint::config",
            format!("cannot read {CONFIG_FILE}: {e}"),
        ))
    })?;
    let source = Arc::new(Source::from_bytes(CONFIG_FILE, &bytes));
    let file: File = toml::from_str(source.text()).map_err(|e| {
        let span = e
            .span()
            .map_or(Span::default(), |r| Span::new(r.start, r.end));
        Box::new(
            Diagnostic::error(
                "lint::config",
                format!("{CONFIG_FILE} is not a lint configuration: {}", e.message()),
            )
            .at(&source, span, "here")
            .with_help("see docs/lint.md, \"Silencing findings\""),
        )
    })?;
    let table = file.lint.unwrap_or_default();
    let mut out: Vec<Silence> = table
        .allow
        .into_iter()
        .map(|code| silence(&source, code, Where::Tree))
        .collect();
    for (path, codes) in table.per_file {
        for code in codes {
            out.push(silence(&source, code, Where::Path(path.clone())));
        }
    }
    Ok(out)
}

fn silence(source: &Arc<Source>, code: Spanned<String>, scope: Where) -> Silence {
    let range = code.span();
    Silence {
        code: code.into_inner(),
        scope,
        source: Arc::clone(source),
        span: Span::new(range.start, range.end),
        used: false,
    }
}
