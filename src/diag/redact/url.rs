//! The URL rule, for any text: the password of a URL's user information
//! (`scheme://user:password@host`) is a secret wherever the URL stands, whatever its key.

use std::ops::Range;

/// The password parts of `scheme://user:password@` in `text`, unsorted.
pub fn ranges(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for (at, _) in text.match_indices("://") {
        let start = at + 3;
        // The authority ends at the first of these; its user information at the last `@`.
        let end = (start..b.len())
            .find(|&j| {
                matches!(
                    b[j],
                    b'/' | b'?' | b'#' | b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'<' | b'>'
                ) || b[j] == b'`'
            })
            .unwrap_or(b.len());
        let Some(user_end) = b[start..end].iter().rposition(|&c| c == b'@') else {
            continue;
        };
        let user_end = start + user_end;
        if let Some(colon) = b[start..user_end].iter().position(|&c| c == b':') {
            let pw = start + colon + 1;
            if pw < user_end {
                out.push(pw..user_end);
            }
        }
    }
    out
}

/// `text` with every URL password replaced by [`super::MARKER`].
pub fn masked(text: &str) -> Option<String> {
    let found = ranges(text);
    if found.is_empty() {
        return None;
    }
    let merged = super::merge(text, found);
    Some(super::mask_marker(text, &merged))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_passwords_are_found() {
        let text =
            "MIRROR_URL=https://user:pw333@host/p x ftp://a@b http://u:@h \"s3://k:v%40w@b\"";
        let found: Vec<&str> = ranges(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["pw333", "v%40w"]);
        assert_eq!(
            masked("git clone https://me:tok@github.com/x").as_deref(),
            Some("git clone https://me:<redacted>@github.com/x")
        );
        assert_eq!(masked("http://host:8080/x"), None);
    }
}
