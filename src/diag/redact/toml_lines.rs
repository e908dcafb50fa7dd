//! The line rule for TOML, parsed or not: a key/value line whose key (quotes dropped,
//! `\uXXXX` escapes decoded, dotted parts included) names a secret, or any line in a table
//! whose header names one, has its value masked to the value's end: the end of the line, or
//! further for a multi-line string or an array/inline table left open (to the end of the file
//! when never closed). Keys of inline tables (`license = { key = "…" }`) count too. A line
//! without `=` that names a secret is masked after its first word.

use std::ops::Range;

use super::is_secret_name;

/// The secret ranges of TOML `text`, unsorted.
pub fn ranges(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut table_secret = false;
    let mut i = 0;
    while i < b.len() {
        let eol = line_end(b, i);
        let s = skip_blanks(b, i, eol);
        if s >= eol || b[s] == b'#' {
            i = eol + 1;
            continue;
        }
        if b[s] == b'[' {
            table_secret = is_secret_key_text(&text[s..eol]);
            i = eol + 1;
            continue;
        }
        let Some(eq) = find_eq(b, s, eol) else {
            if table_secret || is_secret_key_text(&text[s..eol]) {
                let word_end = if table_secret {
                    s
                } else {
                    (s..eol)
                        .find(|&j| b[j] == b' ' || b[j] == b'\t')
                        .unwrap_or(s)
                };
                out.push(word_end..eol);
            }
            i = eol + 1;
            continue;
        };
        let start = skip_blanks(b, eq + 1, eol);
        let end = value_end(b, start, false);
        if table_secret || is_secret_key_text(&text[s..eq]) {
            out.push(start..end);
        } else {
            inline_keys(text, start, end, &mut out);
        }
        i = end + 1;
    }
    out
}

/// Whether a key as written (`"k\u0065y"`, `license.key`, `'api-token'`) names a secret.
pub fn is_secret_key_text(key: &str) -> bool {
    is_secret_name(&decode_escapes(key))
}

/// `\uXXXX` and `\UXXXXXXXX` decoded, other backslashes dropped, quotes left in place.
fn decode_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let digits = match chars.peek() {
            Some('u') => 4,
            Some('U') => 8,
            _ => continue,
        };
        chars.next();
        let hex: String = chars.by_ref().take(digits).collect();
        if let Some(decoded) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
            out.push(decoded);
        } else {
            out.push_str(&hex);
        }
    }
    out
}

fn line_end(b: &[u8], from: usize) -> usize {
    b[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| from + p)
}

fn skip_blanks(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

/// The first `=` of the line outside quotes.
fn find_eq(b: &[u8], from: usize, eol: usize) -> Option<usize> {
    let mut i = from;
    while i < eol {
        match b[i] {
            b'=' => return Some(i),
            b'"' | b'\'' => i = string_end(b, i).min(eol),
            b'#' => return None,
            _ => i += 1,
        }
    }
    None
}

/// Just past the string starting at `i` (a quote), or where an unterminated one stops: the
/// line end for a one-line string, the end of the text for a multi-line one.
#[allow(clippy::many_single_char_names)] // a lexer: bytes, positions, the quote
pub fn string_end(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        let c = b[j];
        if c == b'\\' && q == b'"' && j + 1 < b.len() && (triple || b[j + 1] != b'\n') {
            j += 2;
            continue;
        }
        if !triple && c == b'\n' {
            return j;
        }
        let closes = !triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q));
        if c == q && closes {
            let mut end = if triple { j + 3 } else { j + 1 };
            while triple && end < b.len() && b[end] == q && end < j + 5 {
                end += 1;
            }
            return end;
        }
        j += 1;
    }
    b.len()
}

/// Where the value starting at `start` ends: at the line end outside strings and brackets,
/// or (`inline`) at a `,` or closing bracket of the enclosing inline table.
pub fn value_end(b: &[u8], start: usize, inline: bool) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'"' | b'\'' => {
                i = string_end(b, i);
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' | b',' if depth == 0 && inline => return i,
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'#' => {
                i = line_end(b, i);
                continue;
            }
            b'\n' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Secret keys of inline tables inside the value `start..end`.
fn inline_keys(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let b = text.as_bytes();
    let mut i = start;
    while i < end {
        match b[i] {
            b'"' | b'\'' => {
                i = string_end(b, i);
                continue;
            }
            b'{' | b',' => {
                let key_start = i + 1;
                let stop = (key_start..end)
                    .find(|&j| matches!(b[j], b'{' | b'}' | b',' | b'[' | b'\n'))
                    .unwrap_or(end);
                if let Some(eq) = find_eq(b, key_start, stop) {
                    if is_secret_key_text(&text[key_start..eq]) {
                        let vs = skip_blanks(b, eq + 1, end);
                        out.push(vs..value_end(b, vs, true).min(end));
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        super::super::mask_marker(text, &super::super::merge(text, ranges(text)))
    }

    #[test]
    fn every_spelling_of_the_license_key_is_masked() {
        for text in [
            "[license]\nkey = \"XSPOTSECRET\"\n",
            "[license]\nkey = [\"XSPOTSECRET\"]\n",
            "[license]\nkey = {v=\"XSPOTSECRET\"}\n",
            "[license]\n\"k\\u0065y\" = \"XSPOTSECRET\"\n",
            "[license]\n'key' = 'XSPOTSECRET'\n",
            "license.key = \"XSPOTSECRET\"\n",
            "license = { key = \"XSPOTSECRET\", n = 1 }\n",
            "[license]\nkey = \"\"\"\nXSPOT\nSECRET\"\"\"\n",
            "[license]\nkey = '''XSPOTSECRET'''\n",
            "[license]\nkey = \"XSPOTSECRET\n",
            "[license]\nkey = \"\"\"XSPOTSECRET\n",
            "[license]\nkey \"XSPOTSECRET\"\n",
            "[license.key]\nv = \"XSPOTSECRET\"\n",
            "[license]\nkey = [\n  \"XSPOT\",\n  \"SECRET\",\n]\n",
            "[license]\nkey=XSPOTSECRET # comment\n",
        ] {
            let m = masked(text);
            assert!(
                !m.contains("XSPOT") && !m.contains("SECRET"),
                "{text:?} -> {m:?}"
            );
            assert_eq!(m.lines().count(), text.lines().count(), "{text:?}");
        }
    }

    #[test]
    fn other_keys_are_left_alone() {
        let text = "ami = \"ami-0a1b2c3d\"\n[aws.instance_tags]\nOwner = \"x\"\n[license]\nkey = \"K\"\nami2 = \"b\"\n";
        let m = masked(text);
        assert!(
            m.contains("ami = \"ami-0a1b2c3d\"") && m.contains("Owner = \"x\""),
            "{m}"
        );
        assert!(m.contains("key = <redacted>\nami2 = \"b\""), "{m}");
    }
}
