//! The source line shown under a diagnostic, cut to a window around the span when the line is
//! long (one line of a hostile file can be megabytes), and long message texts cut the same way,
//! so a diagnostic's size never depends on the input's.

/// Characters of a source line shown around a span.
pub const WINDOW: usize = 200;
/// Longest message or label kept, in bytes.
pub const MAX_TEXT: usize = 1_000;

/// A window of a line: its text (with `…` where it was cut) and where the caret goes in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    /// 0-based character column of the caret in `text`.
    pub caret: usize,
    /// How many characters the caret underlines.
    pub width: usize,
}

/// The part of `line` to show for a span starting at 0-based character `column` and `width`
/// characters wide: the whole line when it is short, else [`WINDOW`] characters starting a
/// little before the span.
pub fn window(line: &str, column: usize, width: usize) -> Snippet {
    let width = width.max(1);
    let fits = line.len() <= WINDOW || line.chars().nth(WINDOW).is_none();
    if fits {
        return Snippet {
            text: line.to_owned(),
            caret: column,
            width,
        };
    }
    let lead = WINDOW / 4;
    let first = column.saturating_sub(lead);
    let mut text = String::new();
    if first > 0 {
        text.push('…');
    }
    let mut chars = line.chars().skip(first);
    text.extend(chars.by_ref().take(WINDOW));
    if chars.next().is_some() {
        text.push('…');
    }
    let caret = column - first + usize::from(first > 0);
    Snippet {
        text,
        caret,
        width: width.min(WINDOW - (column - first)).max(1),
    }
}

/// `text` cut to [`MAX_TEXT`] bytes (on a character boundary) with `…` marking the cut.
pub fn clip(mut text: String) -> String {
    if text.len() > MAX_TEXT {
        let mut end = MAX_TEXT;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_are_shown_whole() {
        let s = window("A=1", 2, 1);
        assert_eq!((s.text.as_str(), s.caret, s.width), ("A=1", 2, 1));
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let line = format!("{}X{}", "(".repeat(50_000), ")".repeat(50_000));
        let s = window(&line, 50_000, 1);
        assert!(s.text.chars().count() <= WINDOW + 2);
        assert_eq!(s.text.chars().nth(s.caret), Some('X'));
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
        let s = window(&line, 0, 100_000);
        assert_eq!(s.caret, 0);
        assert_eq!(s.width, WINDOW);
    }

    #[test]
    fn long_texts_are_clipped_on_a_boundary() {
        let t = clip("é".repeat(MAX_TEXT));
        assert!(t.len() <= MAX_TEXT + '…'.len_utf8());
        assert!(t.ends_with('…'));
    }
}
