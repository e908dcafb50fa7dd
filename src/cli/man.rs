//! `xmake --man`: the manual page in roff (`man -l -` reads it), its options written from the
//! option table (`super::options`), so the page lists exactly what the parser takes.

use std::fmt::Write as _;

use super::options::{Arg, Group, Opt, OPTIONS};

/// The sections before and after the options, in roff.
const HEAD: &str = r".SH NAME
xmake \- a drop\-in GNU make 4.3 that runs X\-Spot onboarding targets natively
.SH SYNOPSIS
.B xmake
[\fIOPTION\fR]... [\fIVARIABLE\fR=\fIVALUE\fR]... [\fITARGET\fR]...
.SH DESCRIPTION
.B xmake
reads a Makefile and makes its targets exactly as GNU make 4.3 does: the same options,
MAKEFLAGS, messages and exit statuses.
Inside an onboarding tree (a directory with \fIversion\fR and \fIconf/env.cfg\fR) it runs the
targets it knows (image\-folder, base, build\-image, sync\-config, deploy, ...) natively, as
steps that are planned before anything changes; \fB\-n\fR, \fB\-q\fR and \fB\-t\fR change
nothing there.
Every other target runs from its recipe.
";

const TAIL: &str = r".SH ENVIRONMENT
.TP
.B MAKEFLAGS, GNUMAKEFLAGS
Options and variables passed to make, read as GNU make reads them.
.TP
.B XMAKE_LOG
A log filter (\fBxmake=debug\fR, \fBtrace\fR): logs on stderr, each line with its time;
without it \fB\-\-verbose\fR sets the level.
.TP
.B XMAKE_NATIVE
\fB0\fR runs every target through the Makefile, as \fB\-\-no\-native\fR.
.TP
.B NO_COLOR, CLICOLOR_FORCE, FORCE_COLOR
Honoured under \fB\-\-color=auto\fR.
.SH EXIT STATUS
0 when every target was made, 1 when \fB\-q\fR finds a target out of date, 2 on an error.
\fB\-\-lint\fR exits 0 when clean, 1 with findings, 2 when it could not lint.
.SH FILES
Completion scripts: \fBxmake \-\-completions bash|zsh|fish\fR prints one; see the guide for
where each shell looks for it.
.SH SEE ALSO
.BR make (1)
";

/// The whole page.
pub fn page() -> String {
    let mut out = format!(
        ".TH XMAKE 1 \"\" \"xmake {}\" \"User Commands\"\n{HEAD}",
        env!("CARGO_PKG_VERSION")
    );
    let sections = [
        (
            Group::Gnu,
            "OPTIONS",
            "GNU make's options, with GNU's meaning.",
        ),
        (
            Group::Xmake,
            "XMAKE OPTIONS",
            "xmake's own options; none changes a GNU option's meaning, and only their exact \
             names are taken (GNU's unambiguous prefixes stay GNU's).",
        ),
        (
            Group::GnuInternal,
            "INTERNAL OPTIONS",
            "Set by make itself, or by the completion scripts; not for typing.",
        ),
    ];
    for (group, title, intro) in sections {
        let _ = writeln!(out, ".SH {title}\n{}", text(intro));
        let internal = group == Group::GnuInternal;
        let in_section =
            |o: &&Opt| o.group == group || (internal && o.group == Group::XmakeInternal);
        for opt in OPTIONS.iter().filter(in_section) {
            let _ = writeln!(out, ".TP\n{}\n{}", heading(opt), text(opt.help));
        }
    }
    out.push_str(TAIL);
    out
}

/// `\fB\-C\fR \fIDIRECTORY\fR, \fB\-\-directory\fR=\fIDIRECTORY\fR`.
fn heading(opt: &Opt) -> String {
    let meta = escape(opt.meta);
    let short = |c: &char| match opt.arg {
        Arg::None => format!("\\fB\\-{c}\\fR"),
        Arg::Required => format!("\\fB\\-{c}\\fR \\fI{meta}\\fR"),
        Arg::Optional => format!("\\fB\\-{c}\\fR[\\fI{meta}\\fR]"),
    };
    let long = |name: &&str| {
        let name = escape(name);
        match opt.arg {
            Arg::None => format!("\\fB\\-\\-{name}\\fR"),
            Arg::Required => format!("\\fB\\-\\-{name}\\fR=\\fI{meta}\\fR"),
            Arg::Optional => format!("\\fB\\-\\-{name}\\fR[=\\fI{meta}\\fR]"),
        }
    };
    let all: Vec<String> = opt
        .shorts
        .iter()
        .map(short)
        .chain(opt.longs.iter().map(long))
        .collect();
    all.join(", ")
}

/// Running text: escaped, and a line never starts with a control character.
fn text(s: &str) -> String {
    let escaped = escape(s);
    if escaped.starts_with(['.', '\'']) {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// roff's escapes: a backslash, and `-` as a real hyphen-minus (options are typed).
pub fn escape(s: &str) -> String {
    s.replace('\\', "\\e").replace('-', "\\-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_show_how_the_argument_is_given() {
        let c = OPTIONS.iter().find(|o| o.id == "C").unwrap();
        assert_eq!(
            heading(c),
            r"\fB\-C\fR \fIDIRECTORY\fR, \fB\-\-directory\fR=\fIDIRECTORY\fR"
        );
        let j = OPTIONS.iter().find(|o| o.id == "j").unwrap();
        assert_eq!(heading(j), r"\fB\-j\fR[\fIN\fR], \fB\-\-jobs\fR[=\fIN\fR]");
        assert_eq!(text("--lint fails"), r"\-\-lint fails");
        assert_eq!(text(".x"), r"\&.x");
    }
}
