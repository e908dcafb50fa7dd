//! Shell-style globbing for `$(wildcard)` and `include`: `*`, `?`, `[...]` per path component,
//! results sorted per pattern as GNU make's glob returns them; a pattern without magic
//! characters yields itself only if the file exists. Directories are listed once per run
//! (`glob_dirs`), as GNU's directory cache lists them.

use std::path::Path;

pub use super::glob_dirs::{
    exists as listed_exists, forget as forget_listings, remember as remember_listing,
};

/// Whether `s` has glob magic.
pub fn is_magic(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

/// `~` and `~/...` become `$HOME` (GNU make's `tilde_expand`; `~user` is left alone).
pub fn expand_tilde(name: &str) -> String {
    if name == "~" || name.starts_with("~/") {
        if let Ok(home) = std::env::var("HOME") {
            return format!("{home}{}", &name[1..]);
        }
    }
    name.to_owned()
}

/// The file names a prerequisite word stands for, as GNU enters them: the files a wildcard
/// matches (a pattern matching nothing stays as written), each without its leading `./`.
pub fn names_of_word(word: &str) -> Vec<String> {
    let found = if is_magic(word) {
        glob(".", word)
    } else {
        Vec::new()
    };
    let names = if found.is_empty() {
        vec![word.to_owned()]
    } else {
        found
    };
    names
        .into_iter()
        .map(crate::make::eval::trim_dot_slash)
        .collect()
}

/// Expands `pattern` relative to `cwd`; names come back as written (relative stays relative).
pub fn glob(cwd: &str, pattern: &str) -> Vec<String> {
    let expanded = expand_tilde(pattern);
    let pattern = expanded.as_str();
    let full = |p: &str| {
        if p.starts_with('/') {
            Path::new(p).to_path_buf()
        } else {
            Path::new(cwd).join(p)
        }
    };
    if !is_magic(pattern) {
        let p = full(pattern);
        return if p.exists() || p.is_symlink() {
            vec![pattern.to_owned()]
        } else {
            Vec::new()
        };
    }
    let absolute = pattern.starts_with('/');
    let mut found: Vec<String> = vec![if absolute { "/".into() } else { String::new() }];
    let parts: Vec<&str> = pattern.split('/').filter(|p| !p.is_empty()).collect();
    let trailing_slash = pattern.ends_with('/');
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let mut next = Vec::new();
        for base in &found {
            if is_magic(part) {
                let dir = if base.is_empty() {
                    full(".")
                } else {
                    full(base)
                };
                // Listings as GNU's directory cache has them (read once per run).
                let Some(entries) = super::glob_dirs::entries(&dir) else {
                    continue;
                };
                let mut names: Vec<String> = entries
                    .iter()
                    .filter(|n| (!n.starts_with('.') || part.starts_with('.')) && matches(part, n))
                    .cloned()
                    .collect();
                names.sort();
                for n in names {
                    let cand = format!("{base}{n}");
                    if !last && !full(&cand).is_dir() {
                        continue;
                    }
                    next.push(if last { cand } else { format!("{cand}/") });
                }
            } else {
                let cand = format!("{base}{part}");
                let p = full(&cand);
                let listed_next = parts.get(i + 1).is_some_and(|n| is_magic(n));
                if last {
                    if p.exists() {
                        next.push(cand);
                    }
                } else if listed_next || p.is_dir() {
                    // A directory whose listing comes next is looked at through the
                    // listing (a missing one is remembered missing, as by GNU).
                    next.push(format!("{cand}/"));
                }
            }
        }
        found = next;
    }
    if trailing_slash {
        found.retain(|f| full(f).is_dir());
        for f in &mut found {
            f.push('/');
        }
    }
    found
}

/// fnmatch for one component.
pub fn matches(pat: &str, name: &str) -> bool {
    let p: Vec<char> = pat.chars().collect();
    let n: Vec<char> = name.chars().collect();
    match_at(&p, &n)
}

fn match_at(p: &[char], n: &[char]) -> bool {
    match p.first() {
        None => n.is_empty(),
        Some('*') => (0..=n.len()).any(|i| match_at(&p[1..], &n[i..])),
        Some('?') => !n.is_empty() && match_at(&p[1..], &n[1..]),
        Some('[') => match class(&p[1..], n.first().copied()) {
            Some((true, used)) => match_at(&p[1 + used..], &n[1..]),
            Some((false, _)) => false,
            None => n.first() == Some(&'[') && match_at(&p[1..], &n[1..]),
        },
        Some('\\') if p.len() > 1 => n.first() == Some(&p[1]) && match_at(&p[2..], &n[1..]),
        Some(c) => n.first() == Some(c) && match_at(&p[1..], &n[1..]),
    }
}

/// Matches a bracket class; returns (matched, chars consumed including `]`).
fn class(p: &[char], c: Option<char>) -> Option<(bool, usize)> {
    let c = c?;
    let mut i = 0;
    let negate = matches!(p.first(), Some('!' | '^'));
    if negate {
        i += 1;
    }
    let mut hit = false;
    let mut first = true;
    while i < p.len() {
        if p[i] == ']' && !first {
            return Some((hit != negate, i + 1));
        }
        first = false;
        if i + 2 < p.len() && p[i + 1] == '-' && p[i + 2] != ']' {
            hit |= p[i] <= c && c <= p[i + 2];
            i += 3;
        } else {
            hit |= p[i] == c;
            i += 1;
        }
    }
    None
}

/// The C library's text for an I/O error (`No such file or directory`), as GNU make prints it.
pub fn io_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// Whether make can read `path` as a makefile: it exists and is not a directory. GNU make
/// opens makefiles with `fopen`, so character devices (`-f /dev/null`) and pipes
/// (`-f <(…)`) count, not only regular files.
pub fn is_readable_makefile(path: &std::path::Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnmatch_basics() {
        assert!(matches("*.c", "a.c"));
        assert!(!matches("*.c", "a.h"));
        assert!(matches("a?[bc]", "axc"));
        assert!(matches("[!a]x", "bx"));
    }

    #[test]
    fn globs_real_files_sorted() {
        let d = tempfile::tempdir().unwrap();
        for f in ["b.c", "a.c", "c.h"] {
            std::fs::write(d.path().join(f), "").unwrap();
        }
        let cwd = d.path().to_string_lossy().into_owned();
        assert_eq!(glob(&cwd, "*.c"), vec!["a.c", "b.c"]);
        assert_eq!(glob(&cwd, "c.h"), vec!["c.h"]);
        assert!(glob(&cwd, "zz").is_empty());
    }
}
