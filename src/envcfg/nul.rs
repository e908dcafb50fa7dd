//! NUL bytes, as bash's `source` treats them (bash 5.2, `_evalfile`): it deletes each NUL it
//! meets while walking the file, but after a deletion it steps over the byte that moved into
//! place unchecked, so of two NULs in a row the second is kept; the text then ends at the first
//! NUL left. So `A=x<NUL>y` sets `xy`, and `A=p<NUL><NUL>q` sets `p` and bash reads nothing
//! after it. env.cfg is read the same way, and the file is reported.

use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::source::{Source, Span};

/// `source` as bash reads it, with a diagnostic when it held NUL bytes (an error when bash
/// stops reading early, a warning when it only drops them).
pub fn as_bash_reads(source: &Arc<Source>, diags: &mut Vec<Diagnostic>) -> Arc<Source> {
    let text = source.text();
    let Some(first) = text.find('\0') else {
        return Arc::clone(source);
    };
    let (kept, cut) = bash_text(text.as_bytes());
    let read = Arc::new(Source::new(
        source.name(),
        String::from_utf8_lossy(&kept).into_owned(),
    ));
    let at = Span::new(first, first);
    let d = if cut {
        Diagnostic::error(
            "envcfg::nul-byte",
            "this file holds two NUL bytes in a row: bash stops reading it there",
        )
        .at(&read, at, "bash reads nothing after this line's NUL bytes")
    } else {
        Diagnostic::warning(
            "envcfg::nul-byte",
            "this file holds NUL bytes, which bash drops",
        )
        .at(&read, at, "a NUL byte was here")
    };
    diags.push(d.with_help("remove the NUL bytes: env.cfg is a text file"));
    read
}

/// The bytes bash parses, and whether it stopped at a NUL (`true`) before the end.
fn bash_text(bytes: &[u8]) -> (Vec<u8>, bool) {
    let mut kept = Vec::with_capacity(bytes.len());
    let mut unchecked = false;
    for &b in bytes {
        if unchecked {
            kept.push(b);
            unchecked = false;
        } else if b == 0 {
            unchecked = true;
        } else {
            kept.push(b);
        }
    }
    match kept.iter().position(|&b| b == 0) {
        Some(end) => {
            let cut = kept[end + 1..].iter().any(|&b| !b.is_ascii_whitespace());
            kept.truncate(end);
            (kept, cut)
        }
        None => (kept, false),
    }
}

#[cfg(test)]
mod tests {
    use super::bash_text;

    #[test]
    fn nul_bytes_go_as_bash_drops_them() {
        assert_eq!(bash_text(b"A=x\0y\n"), (b"A=xy\n".to_vec(), false));
        assert_eq!(
            bash_text(b"A=p\0q\0\nB=2\n"),
            (b"A=pq\nB=2\n".to_vec(), false)
        );
        assert_eq!(bash_text(b"A=p\0\0q\nB=2\n"), (b"A=p".to_vec(), true));
        assert_eq!(bash_text(b"A=p\0\0\0q\n"), (b"A=p".to_vec(), true));
        assert_eq!(bash_text(b"A=1\0\nB=2\n"), (b"A=1\nB=2\n".to_vec(), false));
    }
}
