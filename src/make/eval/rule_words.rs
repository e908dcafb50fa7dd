//! Lexing helpers for rule lines: GNU make's `get_next_mword` word splitting, the unquoted
//! `;`/`#`/`:` searches of read.c, and file-name normalisation.

/// Finds the first unquoted `;` or `#` outside variable references in a raw line.
pub(crate) fn find_semi_or_comment(s: &str) -> Option<(usize, u8)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'$' => {
                let open = b.get(i + 1).copied();
                i += 2;
                if let Some(o @ (b'(' | b'{')) = open {
                    let close = crate::make::expand::closer(o);
                    let mut count = 1;
                    while i < b.len() {
                        if b[i] == o {
                            count += 1;
                        } else if b[i] == close {
                            count -= 1;
                            if count == 0 {
                                i += 1;
                                break;
                            }
                        }
                        i += 1;
                    }
                }
                continue;
            }
            c @ (b';' | b'#') => {
                let n = b[..i].iter().rev().take_while(|&&c| c == b'\\').count();
                if n % 2 == 0 {
                    return Some((i, c));
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The part of a rule line before its `;` or comment, with the backslashes that quoted a
/// `;` or `#` on the way halved (GNU's `find_char_unquote` edits the line as it scans, so
/// `foo\#bar:` names `foo#bar`); variable references are skipped, as the scan skips them.
pub(crate) fn unquote_semi_hash(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_owned();
    }
    let b = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'$' => {
                let end = reference_end(b, i);
                out.extend_from_slice(&b[i..end]);
                i = end;
                continue;
            }
            c @ (b';' | b'#') => {
                let n = out.iter().rev().take_while(|&&c| c == b'\\').count();
                out.truncate(out.len() - n + n / 2);
                out.push(c);
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// Where the variable reference starting with the `$` at `i` ends (as the scan above skips it).
fn reference_end(b: &[u8], i: usize) -> usize {
    let open = b.get(i + 1).copied();
    let mut j = (i + 2).min(b.len());
    if let Some(o @ (b'(' | b'{')) = open {
        let close = crate::make::expand::closer(o);
        let mut count = 1;
        while j < b.len() {
            if b[j] == o {
                count += 1;
            } else if b[j] == close {
                count -= 1;
                if count == 0 {
                    return j + 1;
                }
            }
            j += 1;
        }
    }
    j
}

/// A file name as GNU make records it: quoted colons unescaped, a leading `./` dropped.
pub(crate) fn normalise_name(w: &str) -> String {
    trim_dot_slash(unquote_colons(&crate::make::glob::expand_tilde(w)))
}

/// GNU's unquoting of `:` in a rule's names (`find_char_unquote` on the targets while it
/// looks for the rule's colon, `unescape_char` on the prerequisites): an odd run of
/// backslashes before a `:` loses its quoting backslash and half of the rest (`a\:b` is
/// `a:b`, `a\\\:b` is `a\:b`); an even run stays as written.
pub(crate) fn unquote_colons(s: &str) -> String {
    if !s.contains("\\:") {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for c in s.chars() {
        match c {
            '\\' => run += 1,
            ':' if run % 2 == 1 => {
                out.extend(std::iter::repeat_n('\\', run / 2));
                out.push(':');
                run = 0;
            }
            _ => {
                out.extend(std::iter::repeat_n('\\', run));
                out.push(c);
                run = 0;
            }
        }
    }
    out.extend(std::iter::repeat_n('\\', run));
    out
}

/// GNU's `parse_file_seq` stripping: while more than two bytes are left, a leading `./` and
/// all the slashes after it go (`.//a.o` is `a.o`); a name stripped to nothing is `./`.
pub(crate) fn trim_dot_slash(mut s: String) -> String {
    let mut start = 0;
    while s.len() - start > 2 && s[start..].starts_with("./") {
        start += 2;
        start += s[start..].len() - s[start..].trim_start_matches('/').len();
    }
    if start == 0 {
        return s;
    }
    if start == s.len() {
        return "./".to_owned();
    }
    s.drain(..start);
    s
}

/// Splits a rule's expanded targets or prerequisites into file names, as GNU's
/// `parse_file_seq` does: blanks separate names, but a blank after an odd run of backslashes
/// belongs to the name (`foo\ bar` is one file, `foo bar`); a run of backslashes before a
/// blank is halved. Trailing blanks end the text; other backslashes are kept as they are.
pub(crate) fn file_names(s: &str) -> Vec<String> {
    let s = s.trim_end_matches([' ', '\t']);
    if !s.contains('\\') {
        return crate::make::func::words(s).map(str::to_owned).collect();
    }
    let mut names = Vec::new();
    let mut name = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if !name.is_empty() {
                    names.push(std::mem::take(&mut name));
                }
            }
            '\\' => {
                let mut run = 1;
                while chars.next_if_eq(&'\\').is_some() {
                    run += 1;
                }
                match chars.peek() {
                    Some(&(' ' | '\t')) => {
                        name.extend(std::iter::repeat_n('\\', run / 2));
                        if run % 2 == 1 {
                            name.extend(chars.next());
                        }
                    }
                    _ => name.extend(std::iter::repeat_n('\\', run)),
                }
            }
            _ => name.push(c),
        }
    }
    if !name.is_empty() {
        names.push(name);
    }
    names
}

/// Index of the first `:` in expanded text not escaped by a backslash: one after an even
/// run of backslashes (they quote each other) is a separator, as in GNU's search.
pub(crate) fn find_colon(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len()).find(|&i| {
        b[i] == b':' && b[..i].iter().rev().take_while(|&&c| c == b'\\').count() % 2 == 0
    })
}

/// Splits the unexpanded text into make-words: `$(...)` kept whole, `:` its own word.
pub(crate) fn next_mword(s: &str) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && crate::make::blank::is_blank(b[i]) {
        i += 1;
    }
    if i >= b.len() {
        return None;
    }
    let start = i;
    if b[i] == b':' {
        let len = if b.get(i + 1) == Some(&b':') { 2 } else { 1 };
        return Some((start, i + len));
    }
    if b[i] == b'&' && b.get(i + 1) == Some(&b':') {
        // `&::`: grouped targets of a double-colon rule.
        let len = if b.get(i + 2) == Some(&b':') { 3 } else { 2 };
        return Some((start, i + len));
    }
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b':' => break,
            b'&' if b.get(i + 1) == Some(&b':') => break,
            // A backslash escapes only `:`, `;`, `=` and itself (read.c `get_next_mword`).
            b'\\' if matches!(b.get(i + 1), Some(b':' | b';' | b'=' | b'\\')) => i += 2,
            b'$' => {
                let open = b.get(i + 1).copied();
                i += 2;
                if let Some(o @ (b'(' | b'{')) = open {
                    let close = crate::make::expand::closer(o);
                    if let Some(e) = crate::make::expand::find_matching(b, i, o, close) {
                        i = e + 1;
                    } else {
                        i = b.len();
                    }
                }
            }
            _ => i += 1,
        }
    }
    Some((start, i.min(b.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mwords_keep_references_and_split_colons() {
        let s = "$(a b):: c&: d";
        let (a, b) = next_mword(s).unwrap();
        assert_eq!(&s[a..b], "$(a b)");
        let (c, d) = next_mword(&s[b..]).unwrap();
        assert_eq!(&s[b + c..b + d], "::");
        assert_eq!(find_semi_or_comment("a: $(x;y) ; z"), Some((10, b';')));
        assert_eq!(find_semi_or_comment("a: b \\# c # d"), Some((10, b'#')));
        assert_eq!(find_colon("a\\:b: c"), Some(4));
        assert_eq!(normalise_name("./x\\:y"), "x:y");
        assert_eq!(
            unquote_colons("a\\\\\\:b c\\\\\\\\\\:d e\\\\:f"),
            "a\\:b c\\\\:d e\\\\:f"
        );
        assert_eq!(trim_dot_slash(".//a.o".into()), "a.o");
        assert_eq!(
            unquote_semi_hash("foo\\#bar x\\\\\\#y a\\;b $(v \\#)"),
            "foo#bar x\\#y a;b $(v \\#)"
        );
        assert_eq!(trim_dot_slash("././/./a".into()), "a");
        assert_eq!(trim_dot_slash(".//".into()), "./");
        assert_eq!(trim_dot_slash("./".into()), "./");
        assert_eq!(trim_dot_slash(".//.".into()), ".");
        assert_eq!(trim_dot_slash("src/./a".into()), "src/./a");
    }

    #[test]
    fn escaped_blanks_stay_in_file_names() {
        assert_eq!(file_names("a b\tc"), ["a", "b", "c"]);
        assert_eq!(file_names("foo\\ bar x"), ["foo bar", "x"]);
        assert_eq!(
            file_names("a\\\\ b c\\\tt d\\ "),
            ["a\\", "b", "c\tt", "d\\"]
        );
        assert_eq!(file_names("e\\\\\\ f g\\h"), ["e\\ f", "g\\h"]);
    }
}
