//! GNU make's `-d` / `--debug=FLAGS` trace: which levels are on ([`Debug`], parsed as GNU's
//! `decode_debug_flags` does) and one function per message, worded byte for byte as GNU
//! make 4.3's remake.c, main.c and read.c print them. Lines go to stdout, indented by GNU's
//! depth, flushed at once (so they interleave with recipes' output), and do not trigger the
//! `Entering directory` line (GNU prints them with `printf`, not `message`).
//!
//! Callers test the level first (`if self.opts.debug.basic() { ... }`), so nothing is
//! formatted when debugging is off.

use std::io::Write;

/// The debug levels switched on (GNU's `db_level` bits).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Debug(u8);

const BASIC: u8 = 1;
const VERBOSE: u8 = 2;
const JOBS: u8 = 4;
const IMPLICIT: u8 = 8;
const MAKEFILES: u8 = 16;
const ALL: u8 = BASIC | VERBOSE | JOBS | IMPLICIT | MAKEFILES;

impl Debug {
    /// No debugging.
    pub const NONE: Self = Self(0);

    /// Reads `-d` (`all`) and each `--debug=` value in turn: every comma- or blank-separated
    /// word counts by its first letter (`a`ll, `b`asic, `v`erbose, `i`mplicit, `j`obs,
    /// `m`akefiles, `n`one). `Err` carries the rest of the value from the first word GNU
    /// does not know (its "unknown debug level specification").
    pub fn parse(all: bool, values: &[String]) -> Result<Self, String> {
        let mut level = if all { ALL } else { 0 };
        for v in values {
            let mut rest = v.as_str();
            while let Some(c) = rest.chars().next() {
                match c.to_ascii_lowercase() {
                    'a' => level |= ALL,
                    'b' => level |= BASIC,
                    'i' => level |= BASIC | IMPLICIT,
                    'j' => level |= JOBS,
                    'm' => level |= BASIC | MAKEFILES,
                    'n' => level = 0,
                    'v' => level |= BASIC | VERBOSE,
                    _ => return Err(rest.to_owned()),
                }
                let word_end = rest[c.len_utf8()..]
                    .find([',', ' '])
                    .map(|i| i + c.len_utf8() + 1);
                match word_end {
                    Some(i) if i < rest.len() => rest = &rest[i..],
                    _ => break,
                }
            }
        }
        Ok(Self(level))
    }

    /// Any level on.
    pub fn any(self) -> bool {
        self.0 != 0
    }
    /// `b`: what is remade and why.
    pub fn basic(self) -> bool {
        self.0 & BASIC != 0
    }
    /// `v`: every file considered.
    pub fn verbose(self) -> bool {
        self.0 & VERBOSE != 0
    }
    /// `i`: implicit rule search.
    pub fn implicit(self) -> bool {
        self.0 & IMPLICIT != 0
    }
    /// `j`: children started and reaped.
    pub fn jobs(self) -> bool {
        self.0 & JOBS != 0
    }
    /// `m`: the trace also covers remaking the makefiles.
    pub fn makefiles(self) -> bool {
        self.0 & MAKEFILES != 0
    }
    /// The levels in force while makefiles are remade: none unless `m` (GNU's main.c).
    #[must_use]
    pub fn for_makefiles(self) -> Self {
        if self.makefiles() {
            self
        } else {
            Self::NONE
        }
    }
}

/// Prints one line as is (no program prefix, no directory line).
pub fn line(text: &str) {
    let mut o = std::io::stdout().lock();
    let _ = writeln!(o, "{text}");
    let _ = o.flush();
}

/// Prints `text` after `depth` spaces (GNU's `print_spaces`).
fn at(depth: usize, text: &str) {
    line(&format!("{:depth$}{text}", ""));
}

/// The version banner, printed first under the basic level (GNU's, at the same place).
pub fn banner() {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(crate::make::messages::VERSION.as_bytes());
    let _ = o.flush();
}

/// `Reading makefiles...`
pub fn reading_makefiles() {
    line("Reading makefiles...");
}

/// How a makefile is read (GNU's `RM_*` flags), shown after its name under `--debug=v`.
#[derive(Clone, Copy, Debug, Default)]
pub struct ReadNotes {
    /// `MAKEFILES` entries give no default goal.
    pub no_default_goal: bool,
    /// Included names are searched for in the include directories.
    pub included: bool,
    /// `-include`d and `MAKEFILES` ones may be missing.
    pub dont_care: bool,
    /// `include`d names are not tilde-expanded.
    pub no_tilde: bool,
}

/// `Reading makefile 'x' (search path) (don't care) (no ~ expansion)...` (verbose).
pub fn reading_makefile(name: &str, notes: ReadNotes) {
    let mut s = format!("Reading makefile '{}'", without_dot(name));
    for (on, note) in [
        (notes.no_default_goal, " (no default goal)"),
        (notes.included, " (search path)"),
        (notes.dont_care, " (don't care)"),
        (notes.no_tilde, " (no ~ expansion)"),
    ] {
        if on {
            s.push_str(note);
        }
    }
    s.push_str("...");
    line(&s);
}

/// A name as GNU's file table keeps it: leading `./` (and the slashes after it) dropped.
fn without_dot(mut name: &str) -> &str {
    while let Some(rest) = name.strip_prefix("./") {
        let rest = rest.trim_start_matches('/');
        if rest.is_empty() {
            break;
        }
        name = rest;
    }
    name
}

/// `Updating makefiles....`
pub fn updating_makefiles() {
    line("Updating makefiles....");
}

/// `Updating goal targets....`
pub fn updating_goals() {
    line("Updating goal targets....");
}

/// `Re-executing[N]: ARGV...` (xmake reads the makefiles again in the same process).
pub fn re_executing(restarts: usize, argv: &[String]) {
    let mut s = format!("Re-executing[{restarts}]:");
    for a in argv {
        s.push(' ');
        s.push_str(a);
    }
    line(&s);
}

/// `Considering target file 'x'.` (verbose).
pub fn considering(depth: usize, name: &str) {
    at(depth, &format!("Considering target file '{name}'."));
}

/// `Pruning file 'x'.` (verbose): already looked at on this pass.
pub fn pruning(depth: usize, name: &str) {
    at(depth, &format!("Pruning file '{name}'."));
}

/// `File 'x' was considered already.` (verbose).
pub fn considered_already(depth: usize, name: &str) {
    at(depth, &format!("File '{name}' was considered already."));
}

/// `Recently tried and failed to update file 'x'.` (verbose).
pub fn tried_and_failed(depth: usize, name: &str) {
    at(
        depth,
        &format!("Recently tried and failed to update file '{name}'."),
    );
}

/// `Still updating file 'x'.` (verbose).
pub fn still_updating(depth: usize, name: &str) {
    at(depth, &format!("Still updating file '{name}'."));
}

/// `File 'x' does not exist.` (basic).
pub fn does_not_exist(depth: usize, name: &str) {
    at(depth, &format!("File '{name}' does not exist."));
}

/// `Found an implicit rule for 'x'.` / `No implicit rule found for 'x'.` (implicit).
pub fn implicit_result(depth: usize, name: &str, found: bool) {
    if found {
        at(depth, &format!("Found an implicit rule for '{name}'."));
    } else {
        at(depth, &format!("No implicit rule found for '{name}'."));
    }
}

/// `Looking for an implicit rule for 'x'.` (implicit).
pub fn looking_for_rule(depth: usize, name: &str) {
    at(
        depth,
        &format!("Looking for an implicit rule for '{name}'."),
    );
}

/// `Trying pattern rule with stem 's'.` (implicit).
pub fn trying_rule(depth: usize, stem: &str) {
    at(depth, &format!("Trying pattern rule with stem '{stem}'."));
}

/// `Trying implicit prerequisite 'p'.` (implicit).
pub fn trying_prerequisite(depth: usize, name: &str) {
    at(depth, &format!("Trying implicit prerequisite '{name}'."));
}

/// `Finished prerequisites of target file 'x'.` (verbose).
pub fn finished_prerequisites(depth: usize, name: &str) {
    at(
        depth,
        &format!("Finished prerequisites of target file '{name}'."),
    );
}

/// `The prerequisites of 'x' are being made.` (verbose).
pub fn prerequisites_being_made(depth: usize, name: &str) {
    at(
        depth,
        &format!("The prerequisites of '{name}' are being made."),
    );
}

/// `Giving up on target file 'x'.` (verbose).
pub fn giving_up(depth: usize, name: &str) {
    at(depth, &format!("Giving up on target file '{name}'."));
}

/// How one prerequisite compares with its target (GNU prints one line per prerequisite
/// of an existing target).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DepState {
    /// Order-only (verbose).
    OrderOnly,
    /// Missing (basic).
    Missing,
    /// Newer or remade (basic).
    Newer,
    /// Older (verbose).
    Older,
}

impl DepState {
    /// Whether GNU prints this state at the levels in `d`.
    pub fn shown(self, d: Debug) -> bool {
        match self {
            Self::Missing | Self::Newer => d.basic(),
            Self::OrderOnly | Self::Older => d.verbose(),
        }
    }
}

/// `Prerequisite 'p' is newer than target 't'.` and its siblings.
pub fn prerequisite(depth: usize, dep: &str, target: &str, state: DepState) {
    let text = match state {
        DepState::OrderOnly => format!("Prerequisite '{dep}' is order-only for target '{target}'."),
        DepState::Missing => format!("Prerequisite '{dep}' of target '{target}' does not exist."),
        DepState::Newer => format!("Prerequisite '{dep}' is newer than target '{target}'."),
        DepState::Older => format!("Prerequisite '{dep}' is older than target '{target}'."),
    };
    at(depth, &text);
}

/// `Target 'x' is double-colon and has no prerequisites.` (basic).
pub fn double_colon_no_prerequisites(depth: usize, name: &str) {
    at(
        depth,
        &format!("Target '{name}' is double-colon and has no prerequisites."),
    );
}

/// `No recipe for 'x' and no prerequisites actually changed.` (verbose).
pub fn no_recipe_no_change(depth: usize, name: &str) {
    at(
        depth,
        &format!("No recipe for '{name}' and no prerequisites actually changed."),
    );
}

/// `Making 'x' due to always-make flag.` (verbose).
pub fn always_make(depth: usize, name: &str) {
    at(depth, &format!("Making '{name}' due to always-make flag."));
}

/// `No need to remake target 'x'; using VPATH name 'd/x'.` (verbose).
pub fn no_need(depth: usize, name: &str, vpath: Option<&str>) {
    match vpath {
        Some(v) => at(
            depth,
            &format!("No need to remake target '{name}'; using VPATH name '{v}'."),
        ),
        None => at(depth, &format!("No need to remake target '{name}'.")),
    }
}

/// `Must remake target 'x'.` (basic).
pub fn must_remake(depth: usize, name: &str) {
    at(depth, &format!("Must remake target '{name}'."));
}

/// `  Ignoring VPATH name 'd/x'.` (basic; GNU indents it by two spaces whatever the depth).
pub fn ignoring_vpath(path: &str) {
    line(&format!("  Ignoring VPATH name '{path}'."));
}

/// `Recipe of 'x' is being run.` (verbose).
pub fn recipe_running(depth: usize, name: &str) {
    at(depth, &format!("Recipe of '{name}' is being run."));
}

/// How a remade target ended (GNU's `update_status` after `remake_file`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failed,
    Question,
}

/// `Successfully remade target file 'x'.` / `Failed to remake target file 'x'.` /
/// `Target file 'x' needs to be remade under -q.` (basic).
pub fn remade(depth: usize, name: &str, outcome: Outcome) {
    let text = match outcome {
        Outcome::Success => format!("Successfully remade target file '{name}'."),
        Outcome::Failed => format!("Failed to remake target file '{name}'."),
        Outcome::Question => format!("Target file '{name}' needs to be remade under -q."),
    };
    at(depth, &text);
}

/// `Putting child ... (x) PID n on the chain.` (jobs). xmake has no child structure
/// addresses: it prints the pid in their place.
pub fn putting_child(name: &str, pid: i32) {
    line(&format!(
        "Putting child {pid} ({name}) PID {pid} on the chain."
    ));
}

/// `Live child ... (x) PID n ` (jobs).
pub fn live_child(name: &str, pid: i32) {
    line(&format!("Live child {pid} ({name}) PID {pid} "));
}

/// `Reaping winning child ... PID n ` / `Reaping losing child ... PID n ` (jobs).
pub fn reaping(pid: i32, won: bool) {
    let how = if won { "winning" } else { "losing" };
    line(&format!("Reaping {how} child {pid} PID {pid} "));
}

/// `Removing child ... PID n from chain.` (jobs).
pub fn removing_child(pid: i32) {
    line(&format!("Removing child {pid} PID {pid} from chain."));
}

#[cfg(test)]
mod tests {
    use super::Debug;

    fn p(all: bool, v: &[&str]) -> Result<Debug, String> {
        let v: Vec<String> = v.iter().map(|s| (*s).to_owned()).collect();
        Debug::parse(all, &v)
    }

    #[test]
    fn words_count_by_first_letter() {
        let d = p(false, &["bogus,m"]).unwrap();
        assert!(d.basic() && d.makefiles() && !d.verbose());
        assert!(p(false, &["verbose"]).unwrap().verbose());
        assert!(p(false, &["i"]).unwrap().basic());
        assert!(!p(false, &["j"]).unwrap().basic());
        assert!(p(false, &["j"]).unwrap().any());
        assert_eq!(p(true, &["n"]).unwrap(), Debug::NONE);
        assert_eq!(p(false, &["a"]).unwrap(), p(true, &[]).unwrap());
        assert!(p(false, &["b m"]).unwrap().makefiles());
    }

    #[test]
    fn unknown_words_name_the_rest() {
        assert_eq!(p(false, &["x"]), Err("x".into()));
        assert_eq!(p(false, &[",b"]), Err(",b".into()));
        assert_eq!(p(false, &["b,,m"]), Err(",m".into()));
        assert_eq!(p(false, &["b,xyz"]), Err("xyz".into()));
        assert_eq!(p(false, &["b,"]), Ok(p(false, &["b"]).unwrap()));
    }
}
