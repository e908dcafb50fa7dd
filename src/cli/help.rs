//! `--help`: GNU make 4.3's usage text verbatim (also printed after a command-line error, on
//! stderr, as GNU make does), then xmake's own options in a separate group, written from
//! the option table (`super::options`).

use std::fmt::Write as _;

use super::options::{Group, OPTIONS};

/// GNU make's usage, with `PROG` for the program name.
pub const GNU_USAGE: &str = r"Usage: PROG [options] [target] ...
Options:
  -b, -m                      Ignored for compatibility.
  -B, --always-make           Unconditionally make all targets.
  -C DIRECTORY, --directory=DIRECTORY
                              Change to DIRECTORY before doing anything.
  -d                          Print lots of debugging information.
  --debug[=FLAGS]             Print various types of debugging information.
  -e, --environment-overrides
                              Environment variables override makefiles.
  -E STRING, --eval=STRING    Evaluate STRING as a makefile statement.
  -f FILE, --file=FILE, --makefile=FILE
                              Read FILE as a makefile.
  -h, --help                  Print this message and exit.
  -i, --ignore-errors         Ignore errors from recipes.
  -I DIRECTORY, --include-dir=DIRECTORY
                              Search DIRECTORY for included makefiles.
  -j [N], --jobs[=N]          Allow N jobs at once; infinite jobs with no arg.
  -k, --keep-going            Keep going when some targets can't be made.
  -l [N], --load-average[=N], --max-load[=N]
                              Don't start multiple jobs unless load is below N.
  -L, --check-symlink-times   Use the latest mtime between symlinks and target.
  -n, --just-print, --dry-run, --recon
                              Don't actually run any recipe; just print them.
  -o FILE, --old-file=FILE, --assume-old=FILE
                              Consider FILE to be very old and don't remake it.
  -O[TYPE], --output-sync[=TYPE]
                              Synchronize output of parallel jobs by TYPE.
  -p, --print-data-base       Print make's internal database.
  -q, --question              Run no recipe; exit status says if up to date.
  -r, --no-builtin-rules      Disable the built-in implicit rules.
  -R, --no-builtin-variables  Disable the built-in variable settings.
  -s, --silent, --quiet       Don't echo recipes.
  --no-silent                 Echo recipes (disable --silent mode).
  -S, --no-keep-going, --stop
                              Turns off -k.
  -t, --touch                 Touch targets instead of remaking them.
  --trace                     Print tracing information.
  -v, --version               Print the version number of make and exit.
  -w, --print-directory       Print the current directory.
  --no-print-directory        Turn off -w, even if it was turned on implicitly.
  -W FILE, --what-if=FILE, --new-file=FILE, --assume-new=FILE
                              Consider FILE to be infinitely new.
  --warn-undefined-variables  Warn when an undefined variable is referenced.
";

/// The trailer GNU make prints after the options.
pub const GNU_TRAILER: &str = "
This program built for x86_64-pc-linux-gnu
Report xmake bugs to the xmake project (xmake is not GNU make).
";

/// Where a help line starts, and how wide it may be.
const HELP_COLUMN: usize = 30;
const HELP_WIDTH: usize = 58;

/// xmake's own options, never mixed into GNU's list, from the option table.
pub fn xmake_options() -> String {
    let mut out = String::from("\nxmake options (never change a GNU option's meaning):\n");
    for opt in OPTIONS.iter().filter(|o| o.group == Group::Xmake) {
        let mut head = format!("  --{}", opt.longs[0]);
        if !opt.meta.is_empty() {
            head.push(' ');
            head.push_str(opt.meta);
        }
        for (i, line) in wrap(opt.help, HELP_WIDTH).iter().enumerate() {
            let lead = if i == 0 { head.as_str() } else { "" };
            let _ = writeln!(out, "{lead:HELP_COLUMN$}{line}");
        }
    }
    out
}

/// `text`'s words in lines of at most `width` characters (a longer word stands alone).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.len() + 1 + word.len() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// The usage GNU make prints on a bad option (to stderr).
pub fn gnu_usage(program: &str) -> String {
    format!("{}{GNU_TRAILER}", GNU_USAGE.replace("PROG", program))
}

/// `--help` (to stdout): GNU's group, then xmake's.
pub fn help(program: &str) -> String {
    format!(
        "{}{}{GNU_TRAILER}",
        GNU_USAGE.replace("PROG", program),
        xmake_options()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// GNU's text is kept verbatim; the table must say the same of GNU's options.
    #[test]
    fn gnu_usage_and_the_table_agree() {
        for opt in OPTIONS.iter().filter(|o| o.group == Group::Gnu) {
            assert!(GNU_USAGE.contains(opt.help), "help of {} differs", opt.id);
            for spelling in opt.spellings() {
                assert!(
                    GNU_USAGE.contains(&spelling),
                    "{spelling} is not in GNU's usage"
                );
            }
        }
    }

    #[test]
    fn xmake_group_lists_every_offered_xmake_option() {
        let text = xmake_options();
        for opt in OPTIONS.iter().filter(|o| o.group == Group::Xmake) {
            assert!(
                text.contains(&format!("  --{} ", opt.longs[0])),
                "{}",
                opt.id
            );
        }
        assert!(!text.contains("--complete-targets"));
        assert!(text.lines().all(|l| l.len() <= HELP_COLUMN + HELP_WIDTH));
    }
}
