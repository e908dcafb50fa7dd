//! How the engine should run: the GNU flags that change updating and recipes, resolved by
//! the command line (`cli`) into plain values.

use std::path::PathBuf;

/// `-O` / `--output-sync` modes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum OutputSync {
    /// No synchronisation (GNU's default).
    #[default]
    None,
    /// Each recipe line's output is printed when the line finishes.
    Line,
    /// Each target's output is printed when its recipe finishes (`-O` alone).
    Target,
    /// Like `Target`, with whole recursive makes grouped.
    Recurse,
}

impl OutputSync {
    /// Parses `none`, `line`, `target`, `recurse` (GNU's `--output-sync=TYPE`).
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "none" => Self::None,
            "line" => Self::Line,
            "target" => Self::Target,
            "recurse" => Self::Recurse,
            _ => return None,
        })
    }
}

/// Settings for one engine run.
#[derive(Clone, Debug)]
pub struct ExecOptions {
    /// `make`, or `make[1]` under `MAKELEVEL=1`: the prefix of every message.
    pub program: String,
    /// `-n`: print recipes, run only `+` and `$(MAKE)` lines.
    pub dry_run: bool,
    /// `-t`: touch targets instead of running recipes.
    pub touch: bool,
    /// `-q`: run nothing; exit 1 when something is out of date.
    pub question: bool,
    /// `-k`: keep going after errors.
    pub keep_going: bool,
    /// `-i`: ignore errors in recipes.
    pub ignore_errors: bool,
    /// `-s`: do not echo recipes.
    pub silent: bool,
    /// `-B`: consider every target out of date.
    pub always_make: bool,
    /// `-j N` (`Some(N)`), or `-j` without a number (`Some(0)` = unlimited); `None`: `-j1`.
    pub jobs: Option<usize>,
    /// `-l N`: start a job while others run only below this load average.
    pub max_load: Option<f64>,
    /// `-O`.
    pub output_sync: OutputSync,
    /// `-o FILE`: files treated as very old and never remade.
    pub old_files: Vec<String>,
    /// `-W FILE`: files treated as infinitely new.
    pub new_files: Vec<String>,
    /// `-L`: use the later of a symlink's and its target's times.
    pub check_symlink_times: bool,
    /// `--jobserver-auth=...` inherited from MAKEFLAGS (`R,W` pipe fds or `fifo:PATH`).
    pub jobserver_auth: Option<String>,
    /// The directory recipes run in (the current directory after `-C`).
    pub dir: Option<PathBuf>,
    /// Under `-Oline`/`-Otarget` with parallel jobs and `-w` (or a sub-make): the
    /// `Entering directory`/`Leaving directory` lines that wrap each synced block of output,
    /// in place of one pair around the whole run (GNU's `output_dump`).
    pub sync_directory: Option<(String, String)>,
    /// Ignore a jobserver named in the environment's `MAKEFLAGS` (see
    /// `GnuFlags::jobserver_reset`).
    pub jobserver_reset: bool,
    /// `--trace`: say why each target is remade and echo every recipe line.
    pub trace: bool,
    /// GNU's `dontcare` (a `-include`d makefile being remade): failed recipes are not reported.
    pub dont_care: bool,
    /// Remaking makefiles: no "Nothing to be done" / "is up to date" for them (GNU).
    pub makefiles: bool,
    /// `-d` / `--debug=FLAGS`: the trace levels on.
    pub debug: super::debug::Debug,
    /// Keep each file's automatic variables in the graph after its recipe (only `-p`
    /// prints them; a large build would hold a copy of every prerequisite list).
    pub keep_autos: bool,
    /// `--explain`: a dry walk recording each decision (see `explained.rs`): no recipe,
    /// native target or `$(MAKE)` line runs, nothing is printed or touched.
    pub explain: bool,
    /// On a terminal, the line after GNU's "No rule to make target" for a goal (the host's
    /// did-you-mean), given the goal and the Makefile's targets.
    pub suggest: Option<SuggestFn>,
    /// The command-line goals and the makefiles read (`MAKEFILE_LIST`): the first names
    /// GNU enters in its file table (see `file_table.rs`).
    pub goal_names: Vec<String>,
    pub makefile_names: Vec<String>,
    /// Goals named on the command line: never removed as intermediate files (GNU PR/1669).
    pub command_goals: Vec<String>,
}

/// See [`ExecOptions::suggest`].
pub type SuggestFn = fn(&str, &[&str]) -> Option<String>;

impl Default for ExecOptions {
    fn default() -> Self {
        Self {
            program: "make".to_owned(),
            dry_run: false,
            touch: false,
            question: false,
            keep_going: false,
            ignore_errors: false,
            silent: false,
            always_make: false,
            jobs: None,
            output_sync: OutputSync::None,
            old_files: Vec::new(),
            new_files: Vec::new(),
            check_symlink_times: false,
            jobserver_auth: None,
            max_load: None,
            dir: None,
            sync_directory: None,
            jobserver_reset: false,
            trace: false,
            dont_care: false,
            makefiles: false,
            debug: super::debug::Debug::NONE,
            keep_autos: true,
            explain: false,
            suggest: None,
            goal_names: Vec::new(),
            makefile_names: Vec::new(),
            command_goals: Vec::new(),
        }
    }
}

impl ExecOptions {
    /// The number of job slots: 1 for serial, `usize::MAX` for `-j` alone.
    pub fn slots(&self) -> usize {
        match self.jobs {
            None | Some(1) => 1,
            Some(0) => usize::MAX,
            Some(n) => n,
        }
    }
}
