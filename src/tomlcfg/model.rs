//! Reading config.toml with `toml_edit`, keeping spans for diagnostics. The document is parsed
//! from the text as written; the source diagnostics show is masked first (see
//! [`crate::diag::redact`]: every secret value, by the TOML line rule and, when it parses, by
//! key path), byte for byte, so no snippet, JSON output or log can print the license key.

use std::sync::Arc;

use toml_edit::ImDocument;

use crate::diag::redact::{self, Syntax};
use crate::diag::Diagnostic;
use crate::source::{Source, Span};

/// A read config.toml: the source diagnostics point into (its shown text masked), and the
/// parsed document when it parses.
#[derive(Debug)]
pub struct TomlFile {
    pub source: Arc<Source>,
    pub doc: Option<ImDocument<String>>,
}

/// `****************D4E6`: every character but the last four (all of them when short).
pub fn mask_secret(secret: &str) -> String {
    let n = secret.chars().count();
    let keep = if n >= 12 { 4 } else { 0 };
    secret
        .chars()
        .enumerate()
        .map(|(i, c)| if i + keep < n { '*' } else { c })
        .collect()
}

/// Parses `text` (named `name` in messages), reporting a syntax error with its span.
pub fn read(name: &str, text: &str) -> (TomlFile, Vec<Diagnostic>) {
    let source = Arc::new(Source::new(name, text));
    redact::protect(&source, &redact::ranges(text, Syntax::Toml));
    let mut diags = Vec::new();
    let doc = match ImDocument::parse(source.text().to_owned()) {
        Ok(doc) => Some(doc),
        Err(e) => {
            let span = e
                .span()
                .map_or(Span::new(0, 0), |r| Span::new(r.start, r.end));
            let message = e.message().trim().to_owned();
            diags.push(
                Diagnostic::error(
                    "toml::syntax",
                    format!("config.toml is not valid TOML: {message}"),
                )
                .at(&source, span, "here")
                .with_help("fix the TOML syntax; see https://toml.io"),
            );
            None
        }
    };
    (TomlFile { source, doc }, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_the_license_key_everywhere() {
        let (file, diags) = read("c.toml", "[license]\nkey = \"XS-3F9A-7C21-88B0-D4E6\"\n");
        assert!(diags.is_empty());
        assert!(!file.source.shown().unwrap().contains("3F9A"));
        assert!(file
            .source
            .shown()
            .unwrap()
            .contains("key = ************************\n"));
        assert_eq!(mask_secret("short"), "*****");
    }

    #[test]
    fn masks_a_multi_line_key_closed_or_not() {
        for text in [
            "[license]\nkey = \"\"\"\nXS-3F9A-7C21\n88B0-D4E6\"\"\"\nami = 1\n",
            "[license]\nkey = '''XS-3F9A-7C21-88B0-D4E6'''\n",
            "[license]\nkey = \"\"\"XS-3F9A-7C21-88B0-D4E6\n",
        ] {
            let (file, _) = read("c.toml", text);
            let masked = file.source.shown().unwrap();
            assert!(
                !masked.contains("3F9A") && !masked.contains("D4E6"),
                "{masked}"
            );
            assert_eq!(masked.len(), text.len());
            assert_eq!(masked.lines().count(), text.lines().count());
        }
    }

    #[test]
    fn masks_an_inline_table_key() {
        let (file, _) = read("c.toml", "license = { key = \"XS-3F9A-7C21-88B0-D4E6\" }\n");
        assert!(
            !file.source.shown().unwrap().contains("3F9A"),
            "{}",
            file.source.shown().unwrap()
        );
    }

    #[test]
    fn masks_an_unterminated_key_too() {
        let (file, diags) = read("c.toml", "[license]\nkey = \"XS-3F9A-7C21-88B0-D4E6\n");
        assert_eq!(diags[0].code, "toml::syntax");
        assert!(
            !file.source.shown().unwrap().contains("3F9A"),
            "{}",
            file.source.shown().unwrap()
        );
    }

    #[test]
    fn reports_syntax_errors_with_a_span() {
        let (file, diags) = read("c.toml", "a = \nkey = 'secret-value-1234\n");
        assert!(file.doc.is_none());
        assert_eq!(diags[0].code, "toml::syntax");
        assert!(diags[0].position().is_some());
    }
}
