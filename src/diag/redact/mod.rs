//! Secrets never print. A secret is the value of any key whose name says `secret`, `token`,
//! `password` (or `passwd`), `credential` or `key`, in any case, in config.toml, env.cfg or any
//! other file xmake shows a line of (diagnostic snippets, diffs).
//!
//! This module is the one place that decides what is secret; every output asks it.
//! Three nets, each enough on its own for the common spellings:
//! - a **line rule** on the raw text, which needs no parse and so works on broken files:
//!   [`toml_lines`] for TOML (keys decoded, quoted, dotted, in tables named after a secret, in
//!   inline tables; the value masked to its end, over lines for multi-line strings and arrays),
//!   [`kv_lines`] for `KEY=VALUE` files (shell quoting, arrays and `NAME[sub]=` followed over
//!   lines), plus, in every file whatever its syntax, `name=value` and `[name]=value` words
//!   anywhere (`--password=…`), `key: value` pairs anywhere ([`pairs`]: JSON, YAML, several a
//!   line, nested) and URL passwords (`scheme://user:password@`, [`url`], also scrubbed
//!   from any output text);
//! - a **parse rule** where the text parses ([`toml_doc`]; env.cfg's bindings in
//!   `onboarding::settings`): every value under a secret key path;
//! - a **registry** of the secret values seen so far in this process: every output path
//!   ([`scrub`]) replaces them by `<redacted>` wherever they appear (messages, plans, logs).
//!
//! Masks keep line numbers: a diagnostic's source is masked with `*` byte for byte (spans keep
//! their meaning); a diff shows `<redacted>` in place of the value on both sides.

pub mod kv_lines;
pub mod pairs;
pub mod toml_doc;
pub mod toml_lines;
pub mod url;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::Mutex;

use crate::source::Source;

/// What replaces a secret in a diff or a message.
pub const MARKER: &str = "<redacted>";

/// The words that make a key name secret (compared in lower case).
const SECRET_WORDS: [&str; 6] = ["secret", "token", "password", "passwd", "credential", "key"];

/// Registered values shorter than this are not scrubbed from free text (too many false hits);
/// they are still masked where they stand.
const MIN_VALUE: usize = 6;
/// Words of a value (split at blanks and quotes) are registered from this length on.
const MIN_WORD: usize = 8;
/// At most this many values are registered: a hostile file cannot make scrubbing quadratic.
const MAX_REGISTERED: usize = 1024;

static REGISTRY: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Whether a key named `name` holds a secret.
pub fn is_secret_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    SECRET_WORDS.iter().any(|w| lower.contains(w))
}

/// Which line rule fits a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Toml,
    /// `KEY=VALUE` files (env.cfg, `*.env`) and anything else.
    KeyValue,
}

impl Syntax {
    /// By file name: `*.toml` is TOML, anything else is read as `KEY=VALUE` lines.
    pub fn for_name(name: &str) -> Self {
        let toml = std::path::Path::new(name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if toml {
            Self::Toml
        } else {
            Self::KeyValue
        }
    }
}

/// The byte ranges of `text` that hold secrets, by the line rules of `syntax` and, for TOML
/// that parses, the parse rule; sorted, merged, on character boundaries.
pub fn ranges(text: &str, syntax: Syntax) -> Vec<Range<usize>> {
    let mut found = match syntax {
        Syntax::Toml => {
            let mut r = toml_lines::ranges(text);
            r.extend(toml_doc::ranges(text));
            r
        }
        Syntax::KeyValue => kv_lines::ranges(text),
    };
    found.extend(kv_lines::embedded(text));
    found.extend(pairs::ranges(text));
    found.extend(url::ranges(text));
    merge(text, found)
}

/// Sorts and merges ranges, widened to character boundaries and clamped to `text`.
pub fn merge(text: &str, mut found: Vec<Range<usize>>) -> Vec<Range<usize>> {
    for r in &mut found {
        r.end = r.end.min(text.len());
        r.start = r.start.min(r.end);
        while !text.is_char_boundary(r.start) {
            r.start -= 1;
        }
        while !text.is_char_boundary(r.end) {
            r.end += 1;
        }
    }
    found.retain(|r| !r.is_empty());
    found.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(found.len());
    for r in found {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// `text` with every byte of `ranges` but line ends replaced by `*`: same length, same lines.
pub fn mask_stars(text: &str, ranges: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for r in ranges {
        for b in &mut bytes[r.start.min(text.len())..r.end.min(text.len())] {
            if *b != b'\n' {
                *b = b'*';
            }
        }
    }
    // Ranges are on character boundaries, so whole characters became `*`.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `text` with each line's part of each range replaced by [`MARKER`]: same lines.
pub fn mask_marker(text: &str, ranges: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in ranges {
        out.push_str(&text[at..r.start]);
        for (i, part) in text[r.start..r.end].split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if !part.trim().is_empty() {
                out.push_str(MARKER);
            }
        }
        at = r.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Remembers the secrets in `ranges` of `text` so [`scrub`] removes them from any output.
pub fn register_ranges(text: &str, ranges: &[Range<usize>]) {
    for r in ranges {
        register(&text[r.clone()]);
    }
}

/// Remembers a secret value (and its long words) so [`scrub`] removes it from any output.
pub fn register(value: &str) {
    let Ok(mut registry) = REGISTRY.lock() else {
        return;
    };
    let trimmed = value
        .trim()
        .trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
    let words = trimmed
        .split(|c: char| c.is_whitespace() || "\"'`()[]{},;=#".contains(c))
        .filter(|w| w.len() >= MIN_WORD);
    for candidate in std::iter::once(trimmed)
        .filter(|v| v.len() >= MIN_VALUE)
        .chain(words)
    {
        if registry.len() >= MAX_REGISTERED {
            return;
        }
        if !registry.iter().any(|s| s == candidate) {
            registry.push(candidate.to_owned());
        }
    }
    // Longest first, so a value is replaced whole before its words are.
    registry.sort_by_key(|s| std::cmp::Reverse(s.len()));
}

/// `text` with every registered secret and every URL password replaced by [`MARKER`].
pub fn scrub(text: &str) -> Cow<'_, str> {
    let mut out = url::masked(text).map_or(Cow::Borrowed(text), Cow::Owned);
    let Ok(registry) = REGISTRY.lock() else {
        return out;
    };
    for secret in registry.iter() {
        if out.contains(secret.as_str()) {
            out = Cow::Owned(out.replace(secret.as_str(), MARKER));
        }
    }
    out
}

/// Output-safe text: registered secrets scrubbed, control characters escaped.
pub fn clean(text: &str) -> Cow<'_, str> {
    match scrub(text) {
        Cow::Borrowed(t) => super::escape::controls(t),
        Cow::Owned(t) => Cow::Owned(super::escape::controls(&t).into_owned()),
    }
}

/// Masks `source` for display (unless its reader already did) by the line rules its name
/// selects, registering what it masked, and returns the shown text.
pub fn shown(source: &Source) -> &str {
    if source.shown().is_none() {
        let found = ranges(source.text(), Syntax::for_name(source.name()));
        protect(source, &found);
    }
    source.shown().unwrap_or_else(|| source.text())
}

/// Records `ranges` as `source`'s secrets: registered, and masked in its shown text.
pub fn protect(source: &Source, ranges: &[Range<usize>]) {
    register_ranges(source.text(), ranges);
    let _ = source.set_shown(mask_stars(source.text(), ranges));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_say_secret() {
        for name in [
            "key",
            "LICENSE_KEY",
            "DB_PASSWORD",
            "api_token",
            "Secret",
            "passwd",
        ] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in ["ami", "REMOTE_DIR", "overlay_prefix", "IMAGE_NAME_LIST"] {
            assert!(!is_secret_name(name), "{name}");
        }
    }

    #[test]
    fn masks_keep_lines_and_lengths() {
        let text = "a = 1\nkey = \"\"\"\nXSPOTSECRET\n\"\"\"\nb = 2\n";
        let r = ranges(text, Syntax::Toml);
        let stars = mask_stars(text, &r);
        assert_eq!(
            (stars.len(), stars.lines().count()),
            (text.len(), text.lines().count())
        );
        assert!(
            !stars.contains("XSPOT") && stars.contains("b = 2"),
            "{stars}"
        );
        let marked = mask_marker(text, &r);
        assert_eq!(marked.lines().count(), text.lines().count());
        assert!(
            marked.contains("key = <redacted>\n<redacted>\n<redacted>\nb = 2"),
            "{marked}"
        );
    }

    #[test]
    fn never_panics_on_any_prefix_of_tricky_text() {
        let text = r#"é=1
[lé.key]
kéy = """x\
'''
k=[{a="é",key='b\'}
Ω_TOKEN=$'\e"(\
x:é
--password="é é" \"#;
        for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for syntax in [Syntax::Toml, Syntax::KeyValue] {
                let part = &text[..end];
                let r = ranges(part, syntax);
                assert_eq!(mask_stars(part, &r).len(), part.len());
                assert_eq!(
                    mask_marker(part, &r).split('\n').count(),
                    part.split('\n').count()
                );
            }
        }
    }

    #[test]
    fn registered_values_are_scrubbed_from_any_text() {
        register("\"XSPOTUNITTEST-1234 and more\"");
        assert_eq!(scrub("x XSPOTUNITTEST-1234 and more y"), "x <redacted> y");
        assert_eq!(scrub("only XSPOTUNITTEST-1234"), "only <redacted>");
        register("abc");
        assert_eq!(scrub("abc"), "abc", "short values are only masked in place");
        assert_eq!(clean("a\x1bb"), "a\\x1bb");
    }
}
