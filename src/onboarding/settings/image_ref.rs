//! Container image references as `docker build -t` accepts them: `name`, `name:tag`,
//! `registry[:port]/path/name:tag`, optionally `@sha256:…` (the distribution reference
//! grammar), lower-case path components, tags up to 128 characters.

use std::sync::LazyLock;

use regex::Regex;

static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    let component = r"[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*";
    let domain = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?";
    let tag = r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
    let digest = r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    Regex::new(&format!(
        "^(?:{domain}/)?{component}(?:/{component})*(?::{tag})?(?:@{digest})?$"
    ))
    .expect("valid regex")
});

/// Why `name` is not a valid image reference, or `None` when it is.
pub fn problem(name: &str) -> Option<&'static str> {
    if name.is_empty() {
        return Some("an image name cannot be empty");
    }
    if name.len() > 255 {
        return Some("an image name is at most 255 characters");
    }
    if REFERENCE.is_match(name) {
        return None;
    }
    let path = name.split([':', '@']).next().unwrap_or(name);
    Some(if name.chars().any(char::is_whitespace) {
        "an image name cannot contain spaces"
    } else if path.chars().any(|c| c.is_ascii_uppercase()) && !path.contains('/') {
        "an image name must be lower case"
    } else if name.ends_with(':') {
        "the tag after `:` is empty"
    } else {
        "not a valid image reference (`name` or `name:tag`, lower-case letters, digits, `.`, `_`, `-`)"
    })
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn accepts_references_docker_accepts() {
        for ok in [
            "docker-base",
            "img2:tag",
            "my_img:1.2-rc",
            "registry.local:5000/team/img:v1",
            "a__b",
            "x@sha256:0123456789abcdef0123456789abcdef",
        ] {
            assert_eq!(problem(ok), None, "{ok}");
        }
        assert_eq!(
            problem("Docker-Base"),
            Some("an image name must be lower case")
        );
        assert_eq!(problem("img:"), Some("the tag after `:` is empty"));
        assert_eq!(problem("a b"), Some("an image name cannot contain spaces"));
        assert!(problem("-img").is_some());
        assert!(problem("img:-tag").is_some());
    }
}
