//! Reading config.toml with `toml_edit`, keeping spans for diagnostics. The text is masked
//! first: the value of every `key = "…"` line keeps only its last four characters, so the
//! license key can never appear in full in a rendered snippet, JSON output or log.

use std::sync::{Arc, LazyLock};

use regex::Regex;
use toml_edit::ImDocument;

use crate::diag::Diagnostic;
use crate::source::{Source, Span};

/// A read config.toml: the masked source diagnostics point into, and the parsed document
/// (of the masked text) when it parses.
#[derive(Debug)]
pub struct TomlFile {
    pub source: Arc<Source>,
    pub doc: Option<ImDocument<String>>,
}

static SECRET_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)((?:^|[{,])[ \t]*(?:key|"key"|'key'|license_key)[ \t]*=[ \t]*)("|')([^"'\n]*)("|')?"#)
        .expect("valid regex")
});

/// A multi-line key (`key = """…"""` or `'''…'''`), closed or not: masked whole, line ends kept.
static SECRET_MULTILINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?m)((?:^|[{,])[ \t]*(?:key|"key"|'key'|license_key)[ \t]*=[ \t]*)("""(?s:.*?)(?:"""|\z)|'''(?s:.*?)(?:'''|\z))"#,
    )
    .expect("valid regex")
});

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

/// Masks secrets byte for byte (a multi-byte character becomes several `*`), so spans
/// computed on the masked text are the spans of the original.
fn mask_text(text: &str) -> String {
    let text = SECRET_MULTILINE.replace_all(text, |caps: &regex::Captures<'_>| {
        let body = &caps[2];
        let (open, rest) = body.split_at(3);
        let (inner, close) = match rest.strip_suffix(open) {
            Some(inner) => (inner, open),
            None => (rest, ""),
        };
        let masked: String = inner
            .chars()
            .map(|c| match c {
                '\n' | '\r' => c.to_string(),
                _ => "*".repeat(c.len_utf8()),
            })
            .collect();
        format!("{}{open}{masked}{close}", &caps[1])
    });
    SECRET_LINE
        .replace_all(&text, |caps: &regex::Captures<'_>| {
            let secret = &caps[3];
            let masked: String = mask_secret(secret)
                .chars()
                .zip(secret.chars())
                .map(|(m, c)| {
                    if m == '*' {
                        "*".repeat(c.len_utf8())
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            let close = caps.get(4).map_or("", |m| m.as_str());
            format!("{}{}{masked}{close}", &caps[1], &caps[2])
        })
        .into_owned()
}

/// Parses `text` (named `name` in messages), reporting a syntax error with its span.
pub fn read(name: &str, text: &str) -> (TomlFile, Vec<Diagnostic>) {
    let source = Arc::new(Source::new(name, mask_text(text)));
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
        assert!(!file.source.text().contains("3F9A"));
        assert!(file.source.text().contains("\"******************D4E6\""));
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
            let masked = file.source.text();
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
            !file.source.text().contains("3F9A"),
            "{}",
            file.source.text()
        );
    }

    #[test]
    fn masks_an_unterminated_key_too() {
        let (file, diags) = read("c.toml", "[license]\nkey = \"XS-3F9A-7C21-88B0-D4E6\n");
        assert_eq!(diags[0].code, "toml::syntax");
        assert!(
            !file.source.text().contains("3F9A"),
            "{}",
            file.source.text()
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
