//! The command-line entry points for settings: `check-config` (every problem in env.cfg and
//! config.toml, as text or JSON; exit 0 without errors, 2 with any) and `--show-config`
//! (each env.cfg variable with the line that set it). The `_to` forms write to any
//! [`Write`] so tests can capture output; the plain forms write to stdout.

use std::fmt::Write as _;
use std::io::Write;

use camino::Utf8Path;
use serde_json::json;

use super::{load, show, Loaded, ENV_CFG_PATH};
use crate::adapters::root::Root;
use crate::diag::render::{render_json, render_text};
use crate::diag::style::color_enabled_stdout;

/// `--format`: text for people, JSON for programs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Text,
    Json,
}

impl Format {
    /// `text` or `json`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "text" => Some(Self::Text),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// Exit status of check-config: 0 without errors (warnings allowed), 2 with any error.
pub const EXIT_ERRORS: i32 = 2;

/// `check-config` on stdout, fancy on a terminal.
pub fn run_check_config(tree: &Utf8Path, root: &Root, format: Format) -> i32 {
    check_config_to(
        tree,
        root,
        format,
        color_enabled_stdout(),
        &mut crate::stdio::Out,
    )
}

/// `--show-config` on stdout.
pub fn run_show_config(tree: &Utf8Path, root: &Root, format: Format) -> i32 {
    show_config_to(tree, root, format, &mut crate::stdio::Out)
}

/// `check-config`, written to `out`. A broken pipe is not an error.
pub fn check_config_to(
    tree: &Utf8Path,
    root: &Root,
    format: Format,
    fancy: bool,
    out: &mut dyn Write,
) -> i32 {
    let loaded = load(tree, root);
    let text = match format {
        Format::Text => check_config_text(&loaded, fancy),
        Format::Json => check_config_json(&loaded),
    };
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    exit_code(&loaded)
}

/// 0 without errors, 2 with any.
pub fn exit_code(loaded: &Loaded) -> i32 {
    if loaded.report.has_errors() {
        EXIT_ERRORS
    } else {
        0
    }
}

fn files_read(loaded: &Loaded) -> Vec<String> {
    let mut files = Vec::new();
    if loaded.env.is_some() {
        files.push(ENV_CFG_PATH.to_owned());
    }
    if let Some(t) = &loaded.toml_path {
        files.push(t.relative.to_string());
    }
    files
}

/// The diagnostics, then `checked <files>: <summary>`.
pub fn check_config_text(loaded: &Loaded, fancy: bool) -> String {
    let mut text = render_text(&loaded.report, fancy);
    let files = files_read(loaded);
    let files = if files.is_empty() {
        "nothing".to_owned()
    } else {
        files.join(" and ")
    };
    let toml = loaded.toml_path.as_ref().map(|t| t.relative.as_str());
    let _ = writeln!(
        text,
        "checked {files}: {}",
        super::summary(&loaded.report, toml)
    );
    text
}

/// The diagnostics document with the files that were read.
pub fn check_config_json(loaded: &Loaded) -> String {
    let mut doc: serde_json::Value =
        serde_json::from_str(&render_json(&loaded.report)).unwrap_or_else(|_| json!({}));
    if let Some(map) = doc.as_object_mut() {
        map.insert("files".into(), json!(files_read(loaded)));
        map.insert("ok".into(), json!(!loaded.report.has_errors()));
    }
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// `--show-config`, written to `out`: 0 when env.cfg was read, 2 when it could not be.
pub fn show_config_to(tree: &Utf8Path, root: &Root, format: Format, out: &mut dyn Write) -> i32 {
    let loaded = load(tree, root);
    let Some(env) = &loaded.env else {
        let text = render_text(&loaded.report, false);
        let _ = out.write_all(text.as_bytes());
        return EXIT_ERRORS;
    };
    let text = match format {
        Format::Text => show::listing(env, loaded.report.count(crate::diag::Severity::Error)),
        Format::Json => show::json(env),
    };
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
    0
}
