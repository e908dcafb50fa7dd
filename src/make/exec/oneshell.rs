//! `.ONESHELL` (GNU manual 5.3.1): the whole recipe goes to one shell. The first line's
//! prefixes apply to the recipe; a later line's `+` does not make it recursive, a `$(MAKE)`
//! anywhere does. For a Bourne-compatible shell, blanks and prefix characters at the start
//! of every later line, the lines of an expanded canned recipe included, are removed; another
//! shell gets the later lines as written.

use super::line::Line;

/// Joins the lines of a recipe into one. `raw`: each line as expanded, before its prefix
/// characters were taken off; another shell than a Bourne shell gets the later lines so,
/// since the characters may be part of its script. `make_reference`: some line mentions
/// `$(MAKE)`.
pub fn merge(lines: &[Line], raw: &[String], bourne: bool, make_reference: bool) -> Line {
    let mut out = lines.first().cloned().unwrap_or_default();
    out.text = if bourne {
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        strip_inner_prefixes(&texts.join("\n"))
    } else {
        let first = lines.first().map(|l| l.text.as_str());
        let rest = raw.iter().skip(1).map(String::as_str);
        first.into_iter().chain(rest).collect::<Vec<_>>().join("\n")
    };
    out.recursive = out.recursive || make_reference;
    out
}

/// Removes blanks and `@`, `-`, `+` at the start of each line after the first (a line
/// ends at a newline not escaped by a backslash).
fn strip_inner_prefixes(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    let mut at_line_start = false;
    let mut escaped = false;
    for c in script.chars() {
        if at_line_start {
            if matches!(c, ' ' | '\t' | '@' | '-' | '+') {
                continue;
            }
            at_line_start = false;
        }
        out.push(c);
        if c == '\\' {
            escaped = !escaped;
        } else {
            at_line_start = c == '\n' && !escaped;
            escaped = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::strip_inner_prefixes;

    #[test]
    fn later_lines_lose_their_prefixes() {
        assert_eq!(
            strip_inner_prefixes("@echo a\n  -@echo b\n+x \\\n  @kept\n\tc"),
            "@echo a\necho b\nx \\\n  @kept\nc"
        );
    }
}
