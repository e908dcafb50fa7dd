//! One-line descriptions of recipe targets from the comment styles Makefiles use, in this
//! order: `target: prereqs ## text` on the rule line, a `#: text` line right above it, or the
//! first line of a comment block right above it (no blank line between). Read from the
//! makefile's text: the Makefile language ignores comments, so the reader keeps none.

/// The description of the target whose rule is on 1-based line `line` of `text`.
pub fn from_comments(text: &str, line: u32) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let rule = lines.get(index)?;
    if let Some(text) = trailing(rule) {
        return Some(text);
    }
    let above: Vec<&str> = lines[..index]
        .iter()
        .rev()
        .take_while(|l| l.trim_start().starts_with('#'))
        .copied()
        .collect();
    if let Some(text) = above.first().and_then(|l| marked(l)) {
        return Some(text);
    }
    above
        .iter()
        .rev()
        .map(|l| comment_text(l))
        .find(|t| !t.is_empty())
        .map(one_line)
}

/// `target: prereqs ## text` → `text`.
fn trailing(rule: &str) -> Option<String> {
    let (_, text) = rule.split_once("##")?;
    let text = one_line(text.trim_start_matches('#'));
    (!text.is_empty()).then_some(text)
}

/// `#: text` → `text`.
fn marked(line: &str) -> Option<String> {
    let text = line.trim_start().strip_prefix("#:")?;
    let text = one_line(text);
    (!text.is_empty()).then_some(text)
}

/// A comment line's text without the `#`s and blanks around it.
fn comment_text(line: &str) -> &str {
    line.trim_start().trim_start_matches('#').trim()
}

/// Blanks collapsed, control characters dropped, at most 100 characters.
fn one_line(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined: String = words
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    if joined.chars().count() > 100 {
        let cut: String = joined.chars().take(99).collect();
        format!("{cut}…")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::from_comments;

    const MAKEFILE: &str = "\
# Build everything.
# Second line of the block.
all: prog ## the program and its docs

#: install into PREFIX
install: all
\tcp prog $(PREFIX)

# Header comment, then a blank line.

clean:
\trm -f prog
## Remove generated docs.
##
docs-clean:
\trm -rf docs
";

    #[test]
    fn reads_each_style_in_order() {
        assert_eq!(
            from_comments(MAKEFILE, 3).as_deref(),
            Some("the program and its docs")
        );
        assert_eq!(
            from_comments(MAKEFILE, 6).as_deref(),
            Some("install into PREFIX")
        );
        assert_eq!(from_comments(MAKEFILE, 11), None, "a blank line separates");
        assert_eq!(
            from_comments(MAKEFILE, 15).as_deref(),
            Some("Remove generated docs.")
        );
        assert_eq!(from_comments(MAKEFILE, 99), None);
        assert_eq!(from_comments("# only\nx:\n", 2).as_deref(), Some("only"));
    }
}
