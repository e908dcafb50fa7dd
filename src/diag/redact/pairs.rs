//! The pair rule, for every file whatever its syntax: a `key: value` pair anywhere in a line
//! (JSON objects, several pairs a line, nested objects; YAML block and flow mappings) whose
//! key (quoted or bare, `\uXXXX` decoded) names a secret has its value masked to its end: a
//! string to its closing quote, an object or array to its closing bracket (over lines, to the
//! end of the text when never closed), a bare scalar to the next `,`/`}`/`]` inside brackets
//! opened on its line or else to the line end. An empty value or a YAML block indicator
//! (`|`, `>`) masks the lines indented deeper than the key's line that follow it.

use std::cell::Cell;
use std::ops::Range;

use super::toml_lines::is_secret_key_text;

thread_local! {
    /// Bytes the helpers below have looked at in this call of [`ranges`].
    static WORK: Cell<usize> = const { Cell::new(0) };
}

/// Counts `n` bytes looked at (see [`ranges`]'s budget).
fn spend(n: usize) {
    WORK.with(|w| w.set(w.get().saturating_add(n)));
}

/// The secret ranges of `key: value` pairs in `text`, unsorted. Hostile text (thousands of
/// secret keys on one line, brackets never closed) could make the rescans quadratic: past a
/// budget linear in the text's size, the whole text is masked instead (never shown, never
/// slow).
pub fn ranges(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let budget = b.len().saturating_mul(64).max(1 << 20);
    WORK.with(|w| w.set(0));
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if WORK.with(Cell::get) > budget {
            return vec![0..b.len()];
        }
        match b[i] {
            b'"' | b'\'' => {
                // A key is quoted on one line; a lone quote (`don't`) is just skipped.
                let end = string_end(b, i);
                if end > line_end(b, i) {
                    i += 1;
                    continue;
                }
                let colon = skip_blanks(b, end);
                if b.get(colon) == Some(&b':') && is_secret_key_text(&text[i..end]) {
                    out.push(value_range(text, i, colon + 1));
                }
                i = end.max(i + 1);
            }
            c if is_key_byte(c) && (i == 0 || !is_key_byte(b[i - 1])) => {
                let end = (i..b.len())
                    .find(|&j| !is_key_byte(b[j]))
                    .unwrap_or(b.len());
                let colon = skip_blanks(b, end);
                let pair = b.get(colon) == Some(&b':')
                    && matches!(b.get(colon + 1), None | Some(b' ' | b'\t' | b'\n' | b'\r'));
                if pair && is_secret_key_text(&text[i..end]) {
                    out.push(value_range(text, i, colon + 1));
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

fn is_key_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.') || c >= 0x80
}

fn skip_blanks(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
        i += 1;
    }
    i
}

fn line_start(b: &[u8], i: usize) -> usize {
    let start = b[..i]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    spend(i - start);
    start
}

fn line_end(b: &[u8], from: usize) -> usize {
    let end = b[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |p| from + p);
    spend(end - from);
    end
}

/// Just past the string opened at `i`, over lines; the end of the text when unclosed.
fn string_end(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let mut j = i + 1;
    while j < b.len() {
        if q == b'"' && b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == q {
            spend(j - i);
            return j + 1;
        }
        j += 1;
    }
    spend(b.len() - i);
    b.len()
}

/// The value of the pair whose key starts at `key` and whose separator ends at `after`.
fn value_range(text: &str, key: usize, after: usize) -> Range<usize> {
    let b = text.as_bytes();
    let start = skip_blanks(b, after);
    let end = match b.get(start) {
        Some(b'"' | b'\'') => string_end(b, start),
        Some(b'{' | b'[') => bracket_end(b, start),
        None | Some(b'\n' | b'\r' | b'|' | b'>' | b'#') => indented_block_end(b, key),
        Some(_) if open_on_line(b, key) => (start..line_end(b, start))
            .find(|&j| matches!(b[j], b',' | b'}' | b']'))
            .unwrap_or_else(|| line_end(b, start)),
        Some(_) => line_end(b, start),
    };
    start..end.max(start)
}

/// Just past the bracket matching the one at `i`, strings skipped; the end when unclosed.
fn bracket_end(b: &[u8], i: usize) -> usize {
    let mut depth = 0usize;
    let mut j = i;
    while j < b.len() {
        match b[j] {
            b'"' | b'\'' => {
                j = string_end(b, j);
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => {
                depth -= 1;
                if depth == 0 {
                    spend(j - i);
                    return j + 1;
                }
            }
            _ => {}
        }
        j += 1;
    }
    spend(b.len() - i);
    b.len()
}

/// Whether a bracket opened before `key` on its line is still open there (a flow mapping).
fn open_on_line(b: &[u8], key: usize) -> bool {
    let mut depth = 0usize;
    let mut j = line_start(b, key);
    while j < key {
        match b[j] {
            b'"' | b'\'' => {
                j = string_end(b, j);
                continue;
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        j += 1;
    }
    depth > 0
}

/// The end of the lines after the key's line indented deeper than it (blank lines within
/// included): a YAML block value; the key line's end when none follow.
fn indented_block_end(b: &[u8], key: usize) -> usize {
    let start = line_start(b, key);
    let indent = skip_blanks(b, start) - start;
    let mut end = line_end(b, key);
    let mut at = end + 1;
    while at < b.len() {
        let eol = line_end(b, at);
        let first = skip_blanks(b, at);
        let blank = first >= eol || b[first] == b'\r';
        if !blank && first - at <= indent {
            break;
        }
        end = eol;
        at = eol + 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_masked_whole_instead_of_scanned_quadratically() {
        // Thousands of secret keys on one line, each rescanning the line: past the budget,
        // everything is masked.
        let line = format!("# {{{}}}\n", "password: 1, ".repeat(100_000));
        let r = ranges(&line);
        assert_eq!(r, vec![0..line.len()]);
        // Ordinary text stays precise.
        let r = ranges("{\"user\": \"a\", \"password\": \"b\"}\n");
        assert_eq!(r.len(), 1);
    }

    fn masked(text: &str) -> String {
        super::super::mask_marker(text, &super::super::merge(text, ranges(text)))
    }

    #[test]
    fn secret_pairs_anywhere_are_masked() {
        for text in [
            "{\"api_key\": \"XSPOTSECRET\", \"password\":\"XSPOTSECRET\"}\n",
            "{\n  \"api_key\": \"XSPOTSECRET\",\n  \"db\": {\"password\": \"XSPOTSECRET\"}\n}\n",
            "{\"a\": 1, \"token\": {\"v\": [\"XSPOT\", \"SECRET\"]}}\n",
            "{\"credentials\": {\n  \"user\": \"XSPOTSECRET\"\n}}\n",
            "{\"p\\u0061ssword\": \"XSPOTSECRET\"}\n",
            "db: {user: a, password: XSPOTSECRET}\n",
            "db:\n  password: XSPOTSECRET\n",
            "api_key: |\n  XSPOT\n\n  SECRET\nnext: 1\n",
            "credentials:\n  user: XSPOTSECRET\nother: 1\n",
            "- token: 'XSPOT\n  SECRET'\n",
            "{\"token\": 12345678XSPOTSECRET}\n",
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
    fn other_pairs_are_left_alone() {
        let text = "{\"name\": \"a\", \"password\": \"p\", \"port\": 5}\nurl: http://x\nnext: 1\ncredentials:\n  user: u\nafter: 2\n";
        assert_eq!(
            masked(text),
            "{\"name\": \"a\", \"password\": <redacted>, \"port\": 5}\nurl: http://x\nnext: 1\ncredentials:\n<redacted>\nafter: 2\n"
        );
    }
}
