//! What the GNU-make path is asked to do, resolved from the command line and environment by
//! `cli` (plain data, so `make` never depends on `cli`).

/// GNU make's flags (main.c `switches`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GnuFlags {
    /// `-C DIR`, in order (cumulative).
    pub directories: Vec<String>,
    /// `-f FILE`, in order.
    pub makefiles: Vec<String>,
    pub env_overrides: bool,
    pub evals: Vec<String>,
    pub include_dirs: Vec<String>,
    pub ignore_errors: bool,
    pub keep_going: bool,
    pub just_print: bool,
    pub question: bool,
    pub no_builtin_rules: bool,
    pub no_builtin_variables: bool,
    pub silent: bool,
    pub touch: bool,
    pub always_make: bool,
    pub check_symlink_times: bool,
    pub print_directory: bool,
    pub no_print_directory: bool,
    /// `-j`: `Some(None)` is "no limit".
    pub jobs: Option<Option<u32>>,
    /// `-j` was given on make's own command line: a `-j` the makefile adds to `MAKEFLAGS`
    /// does not replace it (GNU 4.3).
    pub jobs_on_command_line: bool,
    /// `-l`: `Some(None)` clears the limit.
    pub load_average: Option<Option<String>>,
    pub output_sync: Option<String>,
    pub old_files: Vec<String>,
    pub new_files: Vec<String>,
    pub print_data_base: bool,
    pub version: bool,
    pub help: bool,
    pub warn_undefined_variables: bool,
    pub trace: bool,
    /// `-d`: every debug level (GNU's `debug_flag`, applied before the `--debug` values).
    pub debug_all: bool,
    /// `--debug[=FLAGS]` values, in order (see `exec::debug::Debug::parse`).
    pub debug: Vec<String>,
    pub jobserver_auth: Option<String>,
    /// A `-jN` on a sub-make's own command line replaced the inherited jobserver (GNU's
    /// "forced in submake"): do not join the parent's jobserver.
    pub jobserver_reset: bool,
}

/// The host's secret rule for `-p` (`cli` supplies it; see [`Settings::hide_value`]).
#[derive(Clone, Copy, Debug)]
pub struct HideValues {
    /// Whether a makefile (as the origin comment names it) is the host's configuration
    /// (asked once per makefile; the host may read it then, to learn its secrets): only a
    /// dump of makefiles including it hides or masks anything.
    pub config: fn(&str) -> bool,
    /// Whether a variable's name says its value is a secret.
    pub secret_name: fn(&str) -> bool,
    /// A value with what the host knows to be secret in it masked (its configuration's
    /// secret values, a URL's password).
    pub scrub: fn(&str) -> String,
}

/// One run of the Makefile engine.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// argv[0] as given (`MAKE_COMMAND`).
    pub argv0: String,
    /// The name messages use: basename of argv[0], with `[LEVEL]` in a sub-make.
    pub program: String,
    /// Flags from `GNUMAKEFLAGS`/`MAKEFLAGS` in the environment, then the command line.
    pub gnu: GnuFlags,
    /// Command-line assignments: those from `MAKEFLAGS` first, then the command line's.
    pub variables: Vec<String>,
    pub goals: Vec<String>,
    /// `MAKELEVEL` from the environment.
    pub makelevel: u32,
    /// The process environment.
    pub env: Vec<(String, String)>,
    /// `MAKEFLAGS` while reading makefiles (flags only), and with the variables (for recipes).
    pub makeflags_reading: String,
    pub makeflags: String,
    pub mflags: String,
    /// Re-reads flags from a `MAKEFLAGS` value a makefile changed (`MAKEFLAGS += -s`);
    /// `cli` supplies it so `make` does not depend on `cli`.
    pub reparse: Option<fn(&GnuFlags, &str) -> GnuFlags>,
    /// Builds `(MAKEFLAGS flags part, MFLAGS)` from flags.
    pub render_flags: Option<fn(&GnuFlags) -> (String, String)>,
    /// Command-line assignments escaped and newest first, as `MAKEOVERRIDES` holds them.
    pub overrides: String,
    /// `--explain`: read the makefiles sandboxed (`$(shell)` and `$(file)` do nothing),
    /// remake none of them, and walk the goals dry (see `make::run::explain`).
    pub explain: bool,
    /// The did-you-mean line after "No rule to make target" for a goal (`cli` supplies it).
    pub suggest_target: Option<crate::make::exec::SuggestFn>,
    /// Which values `-p` shows as `<redacted>` (a secret variable, asked with the file that
    /// set it, as its origin comment names it, and its name) or masks in part (a secret's
    /// value copied into another variable, a URL's password); `cli` supplies it, `None`
    /// prints every value as GNU does.
    pub hide_value: Option<HideValues>,
    /// The `--eval` texts escaped, as GNU's `-*-eval-flags-*-` holds them (`MAKEFLAGS`
    /// refers to that variable).
    pub eval_flags: String,
}

impl Settings {
    /// Whether `Entering directory` lines print: `-w`, or `-C`/sub-make unless
    /// `--no-print-directory` (GNU make manual 5.7.4).
    pub fn print_directory(&self) -> bool {
        if self.gnu.no_print_directory {
            return false;
        }
        self.gnu.print_directory
            || (!self.gnu.silent && (self.makelevel > 0 || !self.gnu.directories.is_empty()))
    }
}
