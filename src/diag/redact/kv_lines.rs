//! The line rule for `KEY=VALUE` files (env.cfg, `log_upload.env`, scripts, anything not
//! TOML): a line assigning a secret name (`DB_PASSWORD=…`, `export API_TOKEN="…"`,
//! `declare -x K=…`, `ARR_KEY=( … )`, `CFG[token]=…`, `key: …`, `"key": …`), or any
//! assignment under an ini section header naming one (`[credentials]`), has its value
//! masked to its end as bash reads it: quotes, `$'…'`, parentheses and backslash-newlines are followed over
//! lines, to the end of the file when never closed. [`embedded`] masks `name=value` words
//! anywhere in a line (`--password=…`, `env API_TOKEN=… cmd`, `( [password]=… )`).

use std::ops::Range;

use super::is_secret_name;

const PREFIXES: [&str; 5] = ["export", "declare", "typeset", "readonly", "local"];

/// The secret ranges of `KEY=VALUE` text, unsorted.
pub fn ranges(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut section_secret = false;
    let mut i = 0;
    while i < b.len() {
        let eol = line_end(b, i);
        if let Some(name) = section_header(&text[i..eol]) {
            section_secret = is_secret_name(&name);
            i = eol + 1;
            continue;
        }
        let next = match assignment(text, i, eol) {
            Some((name, start)) if section_secret || is_secret_name(name) => {
                let end = value_end(b, start);
                out.push(start..end);
                end.max(eol)
            }
            _ => eol,
        };
        i = next + 1;
    }
    out
}

/// An ini section header: a line starting with `[name]` (a comment may follow; a shell
/// test `[ … ]` or `[[ … ]]` starts with a blank or a second bracket), its name without
/// blanks (`[pass word]` names a password too).
fn section_header(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix('[')?;
    if rest.starts_with([' ', '\t', '[']) {
        return None;
    }
    let name = &rest[..rest.find(']')?];
    (!name.is_empty()).then(|| name.split_whitespace().collect())
}

/// `name=value` words anywhere: the word after the `=` when the name before it is secret.
pub fn embedded(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for (eq, _) in text.match_indices('=') {
        if b.get(eq + 1) == Some(&b'=') || (eq > 0 && b[eq - 1] == b'=') {
            continue;
        }
        let name_start = text[..eq]
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || "_-.[]".contains(c)))
            .map_or(0, |p| {
                p + text[p..].chars().next().map_or(1, char::len_utf8)
            });
        if name_start == eq || !is_secret_name(&text[name_start..eq]) {
            continue;
        }
        out.push(eq + 1..word_end(b, eq + 1));
    }
    out
}

/// The assigned name and where its value starts, when the line `from..eol` is an assignment.
fn assignment(text: &str, from: usize, eol: usize) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let mut s = skip_blanks(b, from, eol);
    // `export`, `declare -x`, … before the name.
    loop {
        let word_end = (s..eol)
            .find(|&j| b[j] == b' ' || b[j] == b'\t')
            .unwrap_or(eol);
        let word = &text[s..word_end];
        if word_end < eol && (PREFIXES.contains(&word) || (word.starts_with('-') && s > from)) {
            s = skip_blanks(b, word_end, eol);
        } else {
            break;
        }
    }
    let quote = matches!(b.get(s), Some(b'"' | b'\''));
    let name_start = if quote { s + 1 } else { s };
    let mut j = name_start;
    while j < eol && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'_' | b'-' | b'.')) {
        j += 1;
    }
    if j == name_start {
        return None;
    }
    let mut name_end = j;
    if quote && j < eol && b[j] == b[s] {
        j += 1;
    }
    if j < eol && b[j] == b'[' {
        // `NAME[subscript]=`: the subscript is part of the name (`CFG[token]` is secret).
        j = (j..eol).find(|&k| b[k] == b']').map_or(eol, |k| k + 1);
        name_end = j;
    }
    let name = &text[name_start..name_end];
    j = skip_blanks(b, j, eol);
    let rest = &text[j..eol];
    let op = ["::=", ":=", "?=", "+=", "!=", "="]
        .iter()
        .find(|op| rest.starts_with(**op))
        .map(|op| op.len())
        .or_else(|| {
            let after = rest.as_bytes().get(1);
            (rest.starts_with(':') && matches!(after, None | Some(b' ' | b'\t'))).then_some(1)
        })?;
    Some((name, skip_blanks(b, j + op, eol)))
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

/// Just past the quoted text opened at `i`, over lines; the end of the text when unclosed.
fn quote_end(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let escapes = q == b'"' || (i > 0 && b[i - 1] == b'$');
    let mut j = i + 1;
    while j < b.len() {
        if escapes && b[j] == b'\\' {
            j += 2;
            continue;
        }
        if b[j] == q {
            return j + 1;
        }
        j += 1;
    }
    b.len()
}

/// Where a shell value starting at `start` ends: the line end outside quotes and
/// parentheses (a comment on the line is masked with it).
fn value_end(b: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < b.len() {
        match b[i] {
            b'"' | b'\'' => {
                i = quote_end(b, i);
                continue;
            }
            b'\\' => {
                i += 2;
                continue;
            }
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'\n' if depth == 0 => return i,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// Where a word starting at `start` ends: a blank or line end outside quotes (quotes end at
/// the line end here).
fn word_end(b: &[u8], start: usize) -> usize {
    let eol = line_end(b, start);
    let mut i = start;
    while i < eol {
        match b[i] {
            b'"' | b'\'' => {
                i = quote_end(b, i).min(eol);
                continue;
            }
            b' ' | b'\t' => return i,
            _ => {}
        }
        i += 1;
    }
    eol
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let mut r = ranges(text);
        r.extend(embedded(text));
        super::super::mask_marker(text, &super::super::merge(text, r))
    }

    #[test]
    fn secret_assignments_are_masked_to_their_end() {
        for text in [
            "DB_PASSWORD=XSPOTSECRET\n",
            "export API_TOKEN=\"XSPOT SECRET\"  # c\n",
            "declare -x API_TOKEN='XSPOT\nSECRET'\nB=1\n",
            "KEYS=( XSPOT\n SECRET )\n",
            "  secret_key : XSPOTSECRET\n",
            "\"password\": \"XSPOTSECRET\",\n",
            "A_TOKEN=XSPOT\\\nSECRET\n",
            "DB_PASSWORD=\"XSPOT\nSECRET\n",
            "run --password=XSPOTSECRET --x\n",
            "env API_TOKEN=\"XSPOT SECRET\" cmd\n",
            "CFG[token]=XSPOTSECRET\n",
            "declare -A C=([password]=XSPOTSECRET [x]=1)\n",
            "[credentials]\nuser = XSPOTSECRET\n",
            "[credentials] ; the site's\nuser = XSPOTSECRET\n",
            "  [pass word]\nx=XSPOTSECRET\n",
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
    fn other_assignments_are_left_alone() {
        let text = "REMOTE_DIR=/nfs\nDB_PASSWORD=x\nLOG_PATH=/logs\nif [ a == b ]\n[tokens]\nA=1\n[db]\nB=2\n";
        assert_eq!(
            masked(text),
            "REMOTE_DIR=/nfs\nDB_PASSWORD=<redacted>\nLOG_PATH=/logs\nif [ a == b ]\n[tokens]\nA=<redacted>\n[db]\nB=2\n"
        );
    }
}
