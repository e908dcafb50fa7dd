//! `--help`: GNU make 4.3's usage text verbatim (also printed after a command-line error, on
//! stderr, as GNU make does), then xmake's own options in a separate group.

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

/// xmake's own options, never mixed into GNU's list.
pub const XMAKE_OPTIONS: &str = "
xmake options (never change a GNU option's meaning):
  --root DIR                  Treat DIR as / for every absolute path xmake touches.
  --format FORMAT             Output of xmake's own modes: text or json; --lint also
                              takes github, junit, sarif or checkstyle.
  --show-config               Print the onboarding settings (env.cfg) xmake resolved.
  --explain                   Say what the targets would do and why, running nothing:
                              a native target's preconditions, its steps as -n decides
                              them and the env.cfg keys it reads (file:line); else the
                              prerequisite chain, what is out of date and why, and the
                              recipe lines. Exit 0 when explained (work pending or not).
  --lint                      Check the onboarding tree and Makefile, then exit:
                              0 clean, 1 findings, 2 could not lint.
  --deny LEVEL                --lint fails on findings at LEVEL or above: error
                              (default), warning or note.
  --node                      --lint also checks this machine (directories exist,
                              REMOTE_DIR on shared storage, overlay vs. routes).
  --list                      List the Makefile's targets, marking those run natively.
  --no-native                 Run every target through the Makefile (also XMAKE_NATIVE=0).
  --force                     upgrade: go on when containers or jobs run on the node.
  --runbook NAME              Run a procedure of native targets (upgrade: the whole
                              upgrade of one controller), resumable, one recap.
  --yes                       Answer a runbook's questions yes (CI, no terminal).
  --color WHEN                auto (default: on a terminal), always or never; NO_COLOR,
                              CLICOLOR_FORCE and FORCE_COLOR are honoured under auto.
  --drain                     upgrade: drain the node in Slurm and wait for its jobs
                              (up to --timeout); it stays drained.
  --verbose                   Log what xmake does (repeat for more; or XMAKE_LOG=filter).
  --timeout DURATION          How long restart-post-docker waits for post-docker's
                              success lines: seconds, or with s, m or h (default 30m).
  --set-ami ID                Write the worker AMI (ami- and 8 or 17 hex digits) into
                              the tree's config.toml, keeping its comments; with -n,
                              show the diff only.
";

/// The usage GNU make prints on a bad option (to stderr).
pub fn gnu_usage(program: &str) -> String {
    format!("{}{GNU_TRAILER}", GNU_USAGE.replace("PROG", program))
}

/// `--help` (to stdout): GNU's group, then xmake's.
pub fn help(program: &str) -> String {
    format!(
        "{}{XMAKE_OPTIONS}{GNU_TRAILER}",
        GNU_USAGE.replace("PROG", program)
    )
}
