//! The fish completion script: one `complete` line per option, written from the option table,
//! and targets from `xmake --complete-targets` with the `-C`/`-f` options typed so far.

use std::fmt::Write as _;

use super::{locating_in, offered};
use crate::cli::options::{value_words, Arg, Opt, Value};

const TEMPLATE: &str = r#"# fish completion for xmake: options, their arguments and the Makefile's targets.
# Written by `xmake --completions fish`; the guide says where to put it.

function __xmake_targets
    set -l tokens (commandline -opc)
    set -l where
    set -l i 2
    while test $i -le (count $tokens)
        set -l w $tokens[$i]
        switch $w
            case @LOCATING@
                set i (math $i + 1)
                if test $i -le (count $tokens)
                    set -a where $w $tokens[$i]
                end
            case @LOCATING_EQ@
                set -a where (string split -m 1 = -- $w)
            case @LOCATING_ATTACHED@
                set -a where (string sub -l 2 -- $w) (string sub -s 3 -- $w)
        end
        set i (math $i + 1)
    end
    set -l xmake $tokens[1]
    string match -q -- '*xmake*' (string replace -r '.*/' '' -- $xmake); or set xmake xmake
    command $xmake --complete-targets $where 2>/dev/null
end

complete -c xmake -f
complete -c xmake -n 'not string match -q -- "-*" (commandline -ct)' -a '(__xmake_targets)'
@OPTIONS@"#;

/// The whole script.
pub fn script() -> String {
    let options: String = offered().map(|o| line(o) + "\n").collect();
    locating_in(&TEMPLATE.replace("@OPTIONS@", &options), " ", |p| {
        fish_quote(&p)
    })
}

/// `complete -c xmake -s C -l directory -x -a '(__fish_complete_directories)' -d '…'`.
fn line(opt: &Opt) -> String {
    let mut out = String::from("complete -c xmake");
    for c in opt.shorts {
        let _ = write!(out, " -s {c}");
    }
    for l in opt.longs {
        let _ = write!(out, " -l {l}");
    }
    if opt.arg == Arg::Required {
        out.push_str(match opt.value {
            Value::File => " -r -F",
            _ => " -x",
        });
    }
    if opt.arg != Arg::None {
        match opt.value {
            Value::Directory => out.push_str(" -a '(__fish_complete_directories)'"),
            Value::Words(_) | Value::Runbook => {
                let words = value_words(opt.value).join(" ");
                let _ = write!(out, " -a {}", fish_quote(&words));
            }
            Value::File | Value::Text | Value::None => {}
        }
    }
    let _ = write!(out, " -d {}", fish_quote(opt.help));
    out
}

/// `s` in fish's single quotes (where `\` and `'` are escaped).
fn fish_quote(s: &str) -> String {
    format!("'{}'", s.replace('\\', r"\\").replace('\'', r"\'"))
}
