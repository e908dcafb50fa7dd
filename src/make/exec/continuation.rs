//! Backslash-newlines inside variable and function references of a recipe line.
//!
//! The reader keeps a recipe's backslash-newlines (the shell sees them, and `-n` echoes them),
//! but a reference spread over continued lines, such as `$(or \` ... `)`, must not hand the
//! backslash and newline to the function as part of its text. Before expanding a recipe line,
//! GNU make (job.c, `new_job`) replaces each backslash-newline found *inside* a `$(...)` or
//! `${...}` reference, with the blanks around it, by one space. Outside references nothing
//! changes. A backslash-newline preceded by an odd number of further backslashes is not a
//! continuation and is kept.

use std::borrow::Cow;

/// The recipe line `text` with the continuations inside references collapsed as GNU does.
pub fn collapse_in_references(text: &str) -> Cow<'_, str> {
    if !text.contains("\\\n") || !text.contains('$') {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        out.push(b);
        i += 1;
        // Like GNU, scanning resumes right after each `$`: in `$$(`, the second `$` opens
        // a reference too.
        if b == b'$' && i < bytes.len() && matches!(bytes[i], b'(' | b'{') {
            i = copy_reference(bytes, i, &mut out);
        }
    }
    // Only ASCII bytes were removed or added, so the text is still UTF-8.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_owned()))
}

/// Copies the reference whose opening bracket is at `open`, collapsing continuations inside
/// it; returns the index of its closing bracket (left for the caller) or the end of the text.
fn copy_reference(bytes: &[u8], open: usize, out: &mut Vec<u8>) -> usize {
    let (opening, closing) = if bytes[open] == b'(' {
        (b'(', b')')
    } else {
        (b'{', b'}')
    };
    out.push(opening);
    let start = out.len();
    let mut depth = 0usize;
    let mut i = open + 1;
    while i < bytes.len() {
        let b = bytes[i];
        if b == closing {
            if depth == 0 {
                return i;
            }
            depth -= 1;
        }
        if b == b'\\' && bytes.get(i + 1) == Some(&b'\n') && !escaped(bytes, open, i) {
            i += 2;
            // GNU skips every white-space character here (newlines too), but only blanks
            // before the continuation.
            while i < bytes.len() && crate::make::blank::is_space_byte(bytes[i]) {
                i += 1;
            }
            while out.len() > start && crate::make::blank::is_blank(out[out.len() - 1]) {
                out.pop();
            }
            out.push(b' ');
            continue;
        }
        if b == opening {
            depth += 1;
        }
        out.push(b);
        i += 1;
    }
    i
}

/// Whether the backslash at `at` is itself quoted by an odd run of backslashes before it
/// (counted back to the reference's opening bracket, not beyond).
fn escaped(bytes: &[u8], open: usize, at: usize) -> bool {
    let run = bytes[open + 1..at]
        .iter()
        .rev()
        .take_while(|&&b| b == b'\\')
        .count();
    run % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuations_inside_a_reference_become_one_space() {
        assert_eq!(
            collapse_in_references("echo $(or \\\n  $(x),  \\\n\t$(y))"),
            "echo $(or $(x), $(y))"
        );
        assert_eq!(
            collapse_in_references("x${subst a,b,\\\naaa}y"),
            "x${subst a,b, aaa}y"
        );
    }

    #[test]
    fn continuations_outside_references_are_kept() {
        let text = "echo a \\\n b $(x) \\\nc";
        assert_eq!(collapse_in_references(text), text);
    }

    #[test]
    fn a_quoted_backslash_is_not_a_continuation() {
        let text = "echo $(x \\\\\n y)";
        assert_eq!(collapse_in_references(text), text);
        assert_eq!(
            collapse_in_references("echo $(x \\\\\\\n y)"),
            "echo $(x \\\\ y)"
        );
    }

    #[test]
    fn nesting_counts_only_the_opening_kind() {
        assert_eq!(
            collapse_in_references("$(a (b) \\\n c) \\\n d"),
            "$(a (b) c) \\\n d"
        );
        assert_eq!(collapse_in_references("$$(a \\\n b)"), "$$(a b)");
    }
}
