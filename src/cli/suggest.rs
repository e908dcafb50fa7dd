//! Did-you-mean on a terminal, with one distance: a mistyped long option gets, after GNU
//! make's own first line (kept byte for byte), the options close to what was typed instead of
//! the whole usage; a goal no rule makes gets, after GNU's "No rule to make target", the
//! closest targets of the Makefile and xmake's native targets. Without a terminal on stderr,
//! GNU's exact output stands (scripts and the compatibility tests compare it).

use std::fmt::Write as _;

use super::args::{self, ArgError};

/// At most this many options are suggested.
const MAX_SUGGESTIONS: usize = 3;

/// What follows GNU's first line for `error` on a terminal, or `None` to print GNU's usage.
pub fn after_first_line(error: &ArgError, program: &str) -> Option<String> {
    let ArgError::UnrecognizedLong(typed) = error else {
        return None;
    };
    let name = typed.trim_start_matches('-');
    let name = name.split_once('=').map_or(name, |(n, _)| n);
    let close = close_options(name, args::long_names());
    let mut out = String::new();
    if close.is_empty() {
        let _ = writeln!(out, "{program}: no option is close to '{typed}'");
    } else {
        let listed: Vec<String> = close.iter().map(|o| format!("'--{o}'")).collect();
        let _ = writeln!(out, "{program}: did you mean {}?", or_list(&listed));
    }
    let _ = writeln!(out, "{program}: '{program} --help' lists every option");
    Some(out)
}

/// The line after GNU's "No rule to make target 'X'" for goal `typed`, on a terminal only:
/// `xmake: did you mean 'NAME'?` with at most three of the Makefile's targets and (in an
/// onboarding tree) the native targets, closest first; none when nothing is close. The
/// engine calls it from the directory it runs in (after `-C`).
pub fn target_line(typed: &str, makefile_targets: &[&str]) -> Option<String> {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return None;
    }
    let in_tree = crate::onboarding::recipe_guard::applies(camino::Utf8Path::new("."));
    let native: &[&str] = if in_tree {
        crate::onboarding::targets::NAMES
    } else {
        &[]
    };
    target_suggestion(typed, makefile_targets, native)
}

/// [`target_line`]'s text, whatever stderr is.
fn target_suggestion(typed: &str, makefile: &[&str], native: &[&str]) -> Option<String> {
    let names = makefile
        .iter()
        .chain(native)
        .copied()
        .filter(|n| *n != typed);
    let close = close_options(typed, names);
    if close.is_empty() {
        return None;
    }
    let listed: Vec<String> = close.iter().map(|n| format!("'{n}'")).collect();
    Some(format!("xmake: did you mean {}?", or_list(&listed)))
}

/// The option names within typo distance of `typed`, closest first (ties by name).
pub fn close_options<'a>(typed: &str, names: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let limit = match typed.chars().count() {
        0..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    let mut close: Vec<(usize, &str)> = names
        .map(|n| (typo_distance(typed, n), n))
        .filter(|(d, _)| *d <= limit)
        .collect();
    close.sort_unstable();
    close.dedup_by_key(|(_, n)| *n);
    close
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, n)| n)
        .collect()
}

/// `a`, `a or b`, `a, b or c`.
fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// Edit distance where swapping two neighbouring characters counts once (`lnit` → `lint`).
fn typo_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swapped_and_missing_letters_are_close() {
        let names = ["lint", "list", "file", "silent", "no-silent", "dry-run"];
        assert_eq!(close_options("lnit", names.into_iter()), ["lint", "list"]);
        assert_eq!(close_options("dryrun", names.into_iter()), ["dry-run"]);
        assert!(close_options("zzzzzzzz", names.into_iter()).is_empty());
    }

    #[test]
    fn a_goal_gets_the_closest_targets_or_nothing() {
        let makefile = ["all", "clean", "install", "deploy"];
        let native = ["deploy", "sync-config", "base"];
        assert_eq!(
            target_suggestion("sync-confg", &makefile, &native).as_deref(),
            Some("xmake: did you mean 'sync-config'?")
        );
        assert_eq!(
            target_suggestion("deplyo", &makefile, &native).as_deref(),
            Some("xmake: did you mean 'deploy'?")
        );
        assert_eq!(target_suggestion("zzzzzzzz", &makefile, &native), None);
    }

    #[test]
    fn only_unrecognized_long_options_get_suggestions() {
        let text = after_first_line(&ArgError::UnrecognizedLong("--lnit".into()), "xmake")
            .expect("suggestions");
        assert!(
            text.starts_with("xmake: did you mean '--lint' or '--list'?\n"),
            "{text}"
        );
        assert!(after_first_line(&ArgError::InvalidShort('Z'), "xmake").is_none());
    }
}
