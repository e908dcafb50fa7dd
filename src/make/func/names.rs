//! File-name functions: dir, notdir, suffix, basename, addsuffix, addprefix, wildcard,
//! realpath, abspath (GNU make manual, "Functions for File Names").

use super::words;
use crate::make::eval::Evaluator;
use crate::make::messages::MakeError;
use crate::make::var::Scope;

type R = Result<String, MakeError>;

fn arg(args: &[String], i: usize) -> &str {
    args.get(i).map_or("", String::as_str)
}

fn each(text: &str, f: impl Fn(&str) -> Option<String>) -> String {
    words(text).filter_map(f).collect::<Vec<_>>().join(" ")
}

pub fn dir(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(each(arg(a, 0), |w| {
        Some(match w.rfind('/') {
            Some(i) => w[..=i].to_owned(),
            None => "./".to_owned(),
        })
    }))
}

pub fn notdir(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(each(arg(a, 0), |w| {
        Some(match w.rfind('/') {
            Some(i) => w[i + 1..].to_owned(),
            None => w.to_owned(),
        })
    }))
}

/// Index of the suffix's dot: the last `.` after the last `/`.
fn dot(w: &str) -> Option<usize> {
    let i = w.rfind('.')?;
    match w.rfind('/') {
        Some(s) if s > i => None,
        _ => Some(i),
    }
}

pub fn suffix(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(each(arg(a, 0), |w| dot(w).map(|i| w[i..].to_owned())))
}

pub fn basename(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(each(arg(a, 0), |w| {
        Some(dot(w).map_or_else(|| w.to_owned(), |i| w[..i].to_owned()))
    }))
}

pub fn addsuffix(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let s = arg(a, 0);
    Ok(each(arg(a, 1), |w| Some(format!("{w}{s}"))))
}

pub fn addprefix(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let p = arg(a, 0);
    Ok(each(arg(a, 1), |w| Some(format!("{p}{w}"))))
}

pub fn wildcard(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let cwd = ev.curdir();
    Ok(words(arg(a, 0))
        .flat_map(|w| crate::make::glob::glob(&cwd, w))
        .collect::<Vec<_>>()
        .join(" "))
}

pub fn realpath(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let cwd = ev.curdir();
    Ok(each(arg(a, 0), |w| {
        let p = std::path::Path::new(&cwd).join(w);
        std::fs::canonicalize(p)
            .ok()
            .map(|p| p.to_string_lossy().into_owned())
    }))
}

pub fn abspath(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let cwd = ev.curdir();
    Ok(each(arg(a, 0), |w| Some(lexical_abspath(&cwd, w))))
}

/// `abspath`: joins onto `cwd` and removes `.`, `..` and repeated slashes without touching
/// the file system.
pub fn lexical_abspath(cwd: &str, w: &str) -> String {
    let full = if w.starts_with('/') {
        w.to_owned()
    } else {
        format!("{cwd}/{w}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in full.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abspath_is_lexical() {
        assert_eq!(lexical_abspath("/a/b", "../c/./d//e/.."), "/a/c/d");
        assert_eq!(lexical_abspath("/a", "/x/.."), "/");
    }
}
