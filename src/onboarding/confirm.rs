//! May this run overwrite what an admin edited? A target whose real run would replace files
//! an admin may have edited by hand (`sync-config`: the tree's copy of `/etc/xspot`;
//! `controller`/`upgrade`: files under `/etc/xspot` xmake has no install record of) declares
//! them as [`Overwrites`]; once the target's locks are held (and an interrupted step resumed),
//! before any step runs, the engine asks here. Nothing to overwrite asks nothing. Otherwise
//! the files are listed on stderr and: `--yes` goes on; a terminal is asked `[y/N]`; stdin not
//! a terminal, or `CI` set, never waits for an answer that cannot come: the target stops (a
//! failed `confirm` step, exit 2), naming `--yes`. What was listed and agreed to is handed to
//! the steps ([`Confirmed`], in the step context): a step about to overwrite a file that was
//! not on the list (the files changed after the question) stops instead ([`check`]).
//! Read-only modes (`-n`, `-q`, `-t`) and `--explain` never reach this: they change nothing.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{BufRead, IsTerminal, Write};

use super::step::Ctx;

/// The files a target's real run would replace, their contents differing.
#[derive(Clone, Debug, Default)]
pub struct Overwrites {
    /// Where they are, for the message: `in the tree`, `on this node`.
    pub place: &'static str,
    /// What they are replaced with: `/etc/xspot's copy`.
    pub source: String,
    /// The files replaced (tree-relative or node paths), sorted.
    pub files: Vec<String>,
    /// How many files are only added (nothing overwritten, so not asked about).
    pub added: usize,
    /// Where the differences are shown: `sync-config-preview`.
    pub diff_shown_by: String,
}

/// The files the run was allowed to overwrite: exactly those listed when it was confirmed
/// (none when nothing was to be overwritten).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Confirmed {
    files: BTreeSet<String>,
}

impl Confirmed {
    /// What `over` listed, once agreed to.
    fn of(over: &Overwrites) -> Confirmed {
        Confirmed {
            files: over.files.iter().cloned().collect(),
        }
    }
}

/// `Ok` when every file a step is about to overwrite (named as its target's [`Overwrites`]
/// names them) was on the confirmed list, or nothing was asked (no question for this target,
/// or a read-only mode); otherwise why the step stops.
pub fn check<S: AsRef<str>>(cx: &Ctx, files: &[S]) -> Result<(), String> {
    let Some(confirmed) = &cx.confirmed else {
        return Ok(());
    };
    let unconfirmed: Vec<&str> = files
        .iter()
        .map(AsRef::as_ref)
        .filter(|f| !confirmed.files.contains(*f))
        .collect();
    if unconfirmed.is_empty() {
        return Ok(());
    }
    Err(format!(
        "would now also overwrite {} file(s) that were not listed when the run was confirmed (they changed since): {}; this step changed nothing: run again to see the new list",
        unconfirmed.len(),
        unconfirmed
            .iter()
            .map(|f| crate::diag::escape::controls(f).into_owned())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// Whether the run may go on, with what it may overwrite: `Err` says why not (the `confirm`
/// step's detail).
pub fn confirm(
    target: &str,
    over: &Overwrites,
    cx: &Ctx,
    err: &mut dyn Write,
) -> Result<Confirmed, String> {
    if over.files.is_empty() || !cx.options.mode.applies() || cx.options.explain {
        return Ok(Confirmed::of(over));
    }
    let _ = write!(err, "{}", listing(target, over));
    if cx.options.yes {
        let _ = writeln!(err, "xmake: --yes: overwriting them");
        let _ = err.flush();
        return Ok(Confirmed::of(over));
    }
    let _ = err.flush();
    if !can_ask() {
        return Err(format!(
            "{target} would overwrite {} file(s) {} (listed on stderr; {} shows the differences) and nobody can be asked here (stdin is not a terminal, or CI is set): run again with --yes to overwrite them; nothing was changed",
            over.files.len(),
            over.place,
            over.diff_shown_by,
        ));
    }
    if ask(
        err,
        &format!(
            "xmake: overwrite these {} file(s)? [y/N] ",
            over.files.len()
        ),
    ) {
        Ok(Confirmed::of(over))
    } else {
        Err(format!(
            "not confirmed: nothing was changed; run again when ready (or with --yes to overwrite the {} file(s))",
            over.files.len()
        ))
    }
}

/// Somebody can be asked: stdin is a terminal and `CI` is not set.
pub fn can_ask() -> bool {
    !ci() && std::io::stdin().is_terminal()
}

/// `CI` set to anything but the empty string.
fn ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
}

/// The lines shown before the question: the count, each file, where the diff is.
pub fn listing(target: &str, over: &Overwrites) -> String {
    let mut text = format!(
        "xmake: {target} would overwrite {} file(s) {} with {}",
        over.files.len(),
        over.place,
        over.source
    );
    if over.added > 0 {
        let _ = write!(text, " (and add {} new one(s))", over.added);
    }
    text.push_str(":\n");
    for file in &over.files {
        let _ = writeln!(text, "  {}", crate::diag::escape::controls(file));
    }
    let _ = writeln!(
        text,
        "xmake: {} shows the differences; replaced files are saved first",
        over.diff_shown_by
    );
    text
}

/// Asks on stderr, reads one line from stdin: true for `y` or `yes`.
fn ask(err: &mut dyn Write, question: &str) -> bool {
    let _ = write!(err, "{question}");
    let _ = err.flush();
    let mut answer = String::new();
    if std::io::stdin().lock().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_listing_names_each_file_the_count_and_the_preview() {
        let over = Overwrites {
            place: "in the tree",
            source: "/etc/xspot's copy".to_owned(),
            files: vec!["a/config.toml".to_owned(), "b/x\u{1b}.sh".to_owned()],
            added: 1,
            diff_shown_by: "sync-config-preview".to_owned(),
        };
        let text = listing("sync-config", &over);
        assert!(text.starts_with(
            "xmake: sync-config would overwrite 2 file(s) in the tree with /etc/xspot's copy (and add 1 new one(s)):\n  a/config.toml\n"
        ), "{text}");
        assert!(text.contains("b/x\\x1b.sh"), "{text}");
        assert!(
            text.contains("sync-config-preview shows the differences"),
            "{text}"
        );
    }
}
