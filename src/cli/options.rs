//! The one table of xmake's command-line options, GNU make's and xmake's own: for each, its
//! short letters, long names, how it takes an argument, what its argument is (for completion)
//! and its help line. The hand parser (`args.rs`) looks options up here, and the man page
//! (`man.rs`), the shell completions (`complete/`) and the xmake group of `--help` are made
//! from it, so none of them can name an option the parser does not take, or miss one.

/// How an option takes its argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    None,
    Required,
    /// Optional: attached, or (`-j`, `-l`) the next word if it looks like a number.
    Optional,
}

/// What an option's argument is, for the shell completions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// No argument.
    None,
    Directory,
    File,
    /// One of these words.
    Words(&'static [&'static str]),
    /// One of xmake's runbooks (`crate::onboarding::runbook::ALL`).
    Runbook,
    /// Anything (a number, a duration, a statement): nothing to offer.
    Text,
}

/// Where an option is documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// GNU make's own, in GNU's `--help` text.
    Gnu,
    /// GNU make's, passed between makes in MAKEFLAGS; GNU's `--help` does not list it.
    GnuInternal,
    /// xmake's own; never changes a GNU option's meaning.
    Xmake,
    /// xmake's own, for the completion scripts only: not in `--help` nor offered.
    XmakeInternal,
}

/// One option.
#[derive(Clone, Copy, Debug)]
pub struct Opt {
    /// What the parser records (`args::apply`): the first short letter, or a name.
    pub id: &'static str,
    pub shorts: &'static [char],
    pub longs: &'static [&'static str],
    pub arg: Arg,
    /// The argument's name in help texts (`DIRECTORY`), empty without one.
    pub meta: &'static str,
    pub value: Value,
    /// Whether it may be given more than once to add up (`-C a -C b`, `--verbose --verbose`).
    pub many: bool,
    pub group: Group,
    /// One sentence (GNU's help line, word for word, for GNU's options).
    pub help: &'static str,
}

impl Opt {
    /// Every spelling: `-C`, `--directory`.
    pub fn spellings(&self) -> impl Iterator<Item = String> + '_ {
        let shorts = self.shorts.iter().map(|c| format!("-{c}"));
        shorts.chain(self.longs.iter().map(|l| format!("--{l}")))
    }

    /// Whether completions offer it and `--help`'s xmake group lists it.
    pub fn offered(&self) -> bool {
        matches!(self.group, Group::Gnu | Group::Xmake)
    }
}

const NONE: Value = Value::None;
const DIR: Value = Value::Directory;
const FILE: Value = Value::File;
const TEXT: Value = Value::Text;

#[allow(clippy::too_many_arguments)] // one row of the table, read as such
const fn o(
    id: &'static str,
    shorts: &'static [char],
    longs: &'static [&'static str],
    arg: Arg,
    meta: &'static str,
    value: Value,
    many: bool,
    group: Group,
    help: &'static str,
) -> Opt {
    Opt {
        id,
        shorts,
        longs,
        arg,
        meta,
        value,
        many,
        group,
        help,
    }
}

const NO: Arg = Arg::None;
const REQ: Arg = Arg::Required;
const OPT: Arg = Arg::Optional;
use Group::{Gnu, GnuInternal, Xmake, XmakeInternal};

/// The shells `--completions` writes for.
pub const SHELLS: &[&str] = &["bash", "zsh", "fish"];

/// GNU make 4.3's options (main.c `switches`, in `--help`'s order), then xmake's own.
#[rustfmt::skip]
pub static OPTIONS: &[Opt] = &[
    o("b", &['b', 'm'], &[], NO, "", NONE, false, Gnu, "Ignored for compatibility."),
    o("B", &['B'], &["always-make"], NO, "", NONE, false, Gnu, "Unconditionally make all targets."),
    o("C", &['C'], &["directory"], REQ, "DIRECTORY", DIR, true, Gnu, "Change to DIRECTORY before doing anything."),
    o("d", &['d'], &[], NO, "", NONE, false, Gnu, "Print lots of debugging information."),
    o("debug", &[], &["debug"], OPT, "FLAGS", Value::Words(&["a", "b", "v", "i", "j", "m", "n"]), true, Gnu, "Print various types of debugging information."),
    o("e", &['e'], &["environment-overrides"], NO, "", NONE, false, Gnu, "Environment variables override makefiles."),
    o("E", &['E'], &["eval"], REQ, "STRING", TEXT, true, Gnu, "Evaluate STRING as a makefile statement."),
    o("f", &['f'], &["file", "makefile"], REQ, "FILE", FILE, true, Gnu, "Read FILE as a makefile."),
    o("h", &['h'], &["help"], NO, "", NONE, false, Gnu, "Print this message and exit."),
    o("i", &['i'], &["ignore-errors"], NO, "", NONE, false, Gnu, "Ignore errors from recipes."),
    o("I", &['I'], &["include-dir"], REQ, "DIRECTORY", DIR, true, Gnu, "Search DIRECTORY for included makefiles."),
    o("j", &['j'], &["jobs"], OPT, "N", TEXT, false, Gnu, "Allow N jobs at once; infinite jobs with no arg."),
    o("k", &['k'], &["keep-going"], NO, "", NONE, false, Gnu, "Keep going when some targets can't be made."),
    o("l", &['l'], &["load-average", "max-load"], OPT, "N", TEXT, false, Gnu, "Don't start multiple jobs unless load is below N."),
    o("L", &['L'], &["check-symlink-times"], NO, "", NONE, false, Gnu, "Use the latest mtime between symlinks and target."),
    o("n", &['n'], &["just-print", "dry-run", "recon"], NO, "", NONE, false, Gnu, "Don't actually run any recipe; just print them."),
    o("o", &['o'], &["old-file", "assume-old"], REQ, "FILE", FILE, true, Gnu, "Consider FILE to be very old and don't remake it."),
    o("O", &['O'], &["output-sync"], OPT, "TYPE", Value::Words(&["none", "line", "target", "recurse"]), false, Gnu, "Synchronize output of parallel jobs by TYPE."),
    o("p", &['p'], &["print-data-base"], NO, "", NONE, false, Gnu, "Print make's internal database."),
    o("q", &['q'], &["question"], NO, "", NONE, false, Gnu, "Run no recipe; exit status says if up to date."),
    o("r", &['r'], &["no-builtin-rules"], NO, "", NONE, false, Gnu, "Disable the built-in implicit rules."),
    o("R", &['R'], &["no-builtin-variables"], NO, "", NONE, false, Gnu, "Disable the built-in variable settings."),
    o("s", &['s'], &["silent", "quiet"], NO, "", NONE, false, Gnu, "Don't echo recipes."),
    o("no-silent", &[], &["no-silent"], NO, "", NONE, false, Gnu, "Echo recipes (disable --silent mode)."),
    o("S", &['S'], &["no-keep-going", "stop"], NO, "", NONE, false, Gnu, "Turns off -k."),
    o("t", &['t'], &["touch"], NO, "", NONE, false, Gnu, "Touch targets instead of remaking them."),
    o("trace", &[], &["trace"], NO, "", NONE, false, Gnu, "Print tracing information."),
    o("v", &['v'], &["version"], NO, "", NONE, false, Gnu, "Print the version number of make and exit."),
    o("w", &['w'], &["print-directory"], NO, "", NONE, false, Gnu, "Print the current directory."),
    o("no-print-directory", &[], &["no-print-directory"], NO, "", NONE, false, Gnu, "Turn off -w, even if it was turned on implicitly."),
    o("W", &['W'], &["what-if", "new-file", "assume-new"], REQ, "FILE", FILE, true, Gnu, "Consider FILE to be infinitely new."),
    o("warn-undefined-variables", &[], &["warn-undefined-variables"], NO, "", NONE, false, Gnu, "Warn when an undefined variable is referenced."),
    o("jobserver-auth", &[], &["jobserver-auth", "jobserver-fds"], REQ, "R,W", TEXT, false, GnuInternal, "The jobserver a parent make shares (set in MAKEFLAGS by make itself)."),
    o("x-root", &[], &["root"], REQ, "DIR", DIR, false, Xmake, "Treat DIR as / for every absolute path xmake touches."),
    o("x-format", &[], &["format"], REQ, "FORMAT", Value::Words(&["text", "json", "github", "junit", "sarif", "checkstyle"]), false, Xmake, "Output of xmake's own modes: text or json; --lint also takes github, junit, sarif or checkstyle."),
    o("x-show-config", &[], &["show-config"], NO, "", NONE, false, Xmake, "Print the onboarding settings (env.cfg) xmake resolved."),
    o("x-explain", &[], &["explain"], NO, "", NONE, false, Xmake, "Say what the targets would do and why, running nothing: a native target's preconditions, its steps as -n decides them and the env.cfg keys it reads (file:line); else the prerequisite chain, what is out of date and why, and the recipe lines. Exit 0 when explained (work pending or not)."),
    o("x-lint", &[], &["lint"], NO, "", NONE, false, Xmake, "Check the onboarding tree and Makefile, then exit: 0 clean, 1 findings, 2 could not lint."),
    o("x-deny", &[], &["deny"], REQ, "LEVEL", Value::Words(&["error", "warning", "note"]), false, Xmake, "--lint fails on findings at LEVEL or above: error (default), warning or note."),
    o("x-node", &[], &["node"], NO, "", NONE, false, Xmake, "--lint also checks this machine (directories exist, REMOTE_DIR on shared storage, overlay vs. routes)."),
    o("x-list", &[], &["list"], NO, "", NONE, false, Xmake, "List the Makefile's targets, marking those run natively."),
    o("x-no-native", &[], &["no-native"], NO, "", NONE, false, Xmake, "Run every target through the Makefile (also XMAKE_NATIVE=0)."),
    o("x-force", &[], &["force"], NO, "", NONE, false, Xmake, "upgrade: go on when containers or jobs run on the node."),
    o("x-runbook", &[], &["runbook"], REQ, "NAME", Value::Runbook, false, Xmake, "Run a procedure of native targets (upgrade: the whole upgrade of one controller), resumable, one recap."),
    o("x-yes", &[], &["yes"], NO, "", NONE, false, Xmake, "Overwrite files an admin may have edited without asking (sync-config, upgrade): needed without a terminal or with CI set, where xmake never waits."),
    o("x-color", &[], &["color"], REQ, "WHEN", Value::Words(&["auto", "always", "never"]), false, Xmake, "auto (default: on a terminal), always or never; NO_COLOR, CLICOLOR_FORCE and FORCE_COLOR are honoured under auto."),
    o("x-drain", &[], &["drain"], NO, "", NONE, false, Xmake, "upgrade: drain the node in Slurm and wait for its jobs (up to --timeout); it stays drained."),
    o("x-verbose", &[], &["verbose"], NO, "", NONE, true, Xmake, "Log what xmake does, with timestamps, on stderr (repeat for more; or XMAKE_LOG=filter)."),
    o("x-timeout", &[], &["timeout"], REQ, "DURATION", TEXT, false, Xmake, "How long restart-post-docker waits for post-docker's success lines: seconds, or with s, m or h (default 30m)."),
    o("x-set-ami", &[], &["set-ami"], REQ, "ID", TEXT, false, Xmake, "Write the worker AMI (ami- and 8 or 17 hex digits) into the tree's config.toml, keeping its comments; with -n, show the diff only."),
    o("x-completions", &[], &["completions"], REQ, "SHELL", Value::Words(SHELLS), false, Xmake, "Print a completion script for SHELL (bash, zsh or fish), then exit; it completes options and the Makefile's targets."),
    o("x-man", &[], &["man"], NO, "", NONE, false, Xmake, "Print this manual page (roff, for man -l -), then exit."),
    o("x-complete-targets", &[], &["complete-targets"], NO, "", NONE, false, XmakeInternal, "Print the target names --list would show (and native targets in an onboarding tree), one a line, nothing on an error: for the completion scripts."),
];

/// The option with long name `name`, exactly.
pub fn long(name: &str) -> Option<&'static Opt> {
    OPTIONS.iter().find(|o| o.longs.contains(&name))
}

/// Every `(long name, option)`, for prefix matching.
pub fn longs() -> impl Iterator<Item = (&'static str, &'static Opt)> {
    OPTIONS
        .iter()
        .flat_map(|o| o.longs.iter().map(move |name| (*name, o)))
}

/// The option with short letter `c`.
pub fn short(c: char) -> Option<&'static Opt> {
    OPTIONS.iter().find(|o| o.shorts.contains(&c))
}

/// The words an option's argument may be, where the table knows them.
pub fn value_words(value: Value) -> Vec<&'static str> {
    match value {
        Value::Words(words) => words.to_vec(),
        Value::Runbook => crate::onboarding::runbook::ALL
            .iter()
            .map(|r| r.name)
            .collect(),
        Value::None | Value::Directory | Value::File | Value::Text => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_names_one_option() {
        let mut seen = std::collections::BTreeSet::new();
        for opt in OPTIONS {
            assert!(!opt.help.is_empty(), "{} has no help", opt.id);
            assert_eq!(opt.arg == Arg::None, opt.meta.is_empty(), "{}", opt.id);
            assert_eq!(opt.arg == Arg::None, opt.value == Value::None, "{}", opt.id);
            for s in opt.spellings() {
                assert!(seen.insert(s.clone()), "{s} is in the table twice");
            }
        }
    }
}
