//! `-p` / `--print-data-base`: GNU make 4.3's data-base dump, printed when make exits.
//!
//! One file per section, in the order GNU prints them: the banner and dates
//! ([`header`]), global variables ([`variables`]), pattern-specific variables
//! ([`pattern_vars`]), the directory cache ([`directories`]), pattern rules ([`implicit`]),
//! files ([`files`], with each file's state lines in [`file_state`]) and `vpath`
//! ([`vpath`]); a file's state lines are split over [`file_state`], [`file_time`] and
//! [`file_update`]. GNU's hash-table statistics are not printed: xmake has no such tables, and
//! made-up numbers would mislead (compat's `database` normalisation drops GNU's).

mod directories;
mod facts;
mod file_state;
mod file_time;
mod file_update;
mod files;
mod header;
mod implicit;
mod pattern_vars;
mod startup;
mod variables;
mod vpath;

pub use startup::print_startup;

use super::eval::Evaluator;
use super::graph::Graph;
use super::rule::Database;

/// What the dump reads: the evaluator's variables, the rule database and, when goals were
/// updated, the graph the engine left behind.
pub struct Dump<'a> {
    pub ev: &'a Evaluator,
    pub db: &'a Database,
    /// The engine's graph after the run (`None` when make stopped before updating goals).
    pub graph: Option<&'a Graph>,
    /// The graph of the makefiles' remaking phase, when it ran and reading went on.
    pub makefiles_graph: Option<&'a Graph>,
    /// Targets named on the command line.
    pub cmd_goals: &'a [String],
    /// `-r`: GNU's built-in suffix rules were never entered as files.
    pub no_builtin_rules: bool,
    /// The makefiles GNU tried to remake before the goals (`MAKEFILE_LIST`, `-f` names).
    pub makefiles: Vec<String>,
    /// False when reading stopped with an error: the makefiles were never checked and
    /// the special targets' flags not applied yet.
    pub makefiles_checked: bool,
    /// Printed for `-v`/`--help`: make stopped before entering any file.
    pub startup: bool,
    /// `-o` files: marked updated before anything looked at them.
    pub old_files: Vec<String>,
    /// `-q`: a recursive make that found something out of date failed its recipe.
    pub question: bool,
    /// `-k`: a file whose prerequisites failed is marked failed (GNU stops at once otherwise).
    pub keep_going: bool,
    /// The global `.EXTRA_PREREQS`, expanded, split into words.
    pub extra_prereqs: Vec<String>,
    /// The `VPATH` variable, expanded.
    pub vpath_var: String,
    /// Values `-p` shows as `<redacted>` (see `Settings::hide_value`).
    pub hide_value: Option<crate::make::settings::HideValues>,
}

impl<'a> Dump<'a> {
    /// The node for `name` and the graph it is in: the run's, else the makefiles' phase's.
    pub fn node(&self, name: &str) -> Option<(&'a Graph, &'a crate::make::graph::Node)> {
        [self.graph, self.makefiles_graph]
            .into_iter()
            .flatten()
            .find_map(|g| g.find(name).map(|i| (g, &*g.nodes[i])))
    }

    /// The whole dump as text.
    pub fn render(&self) -> String {
        let mut out = header::banner();
        let hider = variables::Hider::new(self.hide_value, self.ev);
        variables::section(&mut out, self.ev, &hider);
        pattern_vars::section(&mut out, self.db, &hider);
        directories::section(&mut out);
        implicit::section(
            &mut out,
            self.db,
            self.ev.recipe_prefix(),
            &self.extra_prereqs,
        );
        files::section(&mut out, self, &hider);
        vpath::section(&mut out, self.db, &self.vpath_var);
        out.push_str(&header::trailer());
        out
    }

    /// Prints the dump on stdout (a closed pipe is not an error). Like GNU's, it does not
    /// count as output that brings out a pending `Entering directory` line.
    pub fn print(&self) {
        crate::stdio::out(&self.render());
    }
}

/// The makefile names GNU tries to remake: the words of `MAKEFILE_LIST`, the `-include`d
/// files that were missing, and with no makefile at all (and no `-f`) the default names.
pub fn makefiles_of(ev: &Evaluator, no_f: bool) -> Vec<String> {
    let mut names: Vec<String> = super::func::words(ev.raw_value("MAKEFILE_LIST"))
        .map(str::to_owned)
        .collect();
    if names.is_empty() && no_f {
        names.extend(["GNUmakefile", "makefile", "Makefile"].map(String::from));
    }
    names.extend(ev.missing_optional.iter().cloned());
    names
}

/// `names` and, transitively, the prerequisites their rules name: GNU checks those too
/// when it remakes the makefiles.
pub fn with_prerequisites(mut names: Vec<String>, db: &Database) -> Vec<String> {
    let mut i = 0;
    while i < names.len() {
        let more: Vec<String> = db
            .file(&names[i])
            .into_iter()
            .flat_map(|f| f.rules.iter().flat_map(|r| r.prereqs.iter()))
            .map(|p| p.name.to_string())
            .filter(|p| !names.contains(p))
            .collect();
        for m in more {
            if !names.contains(&m) {
                names.push(m);
            }
        }
        i += 1;
    }
    names
}
