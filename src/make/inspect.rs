//! Reading a tree's Makefile with xmake's own Makefile language ([`crate::make::eval`]),
//! without running anything: `$(shell)`, `!=` and `$(file)` are sandboxed, `$(info)` output
//! is kept off stdout so machine-readable lint output stays clean, and what reading prints on
//! stderr (GNU's warnings) is captured. Gives the explicit targets in file order (for `--list`
//! and the missing-target rule), the warnings, and GNU make's fatal error, if reading stopped
//! on one. The one entry point for reading a Makefile without running it: `--list`, `--lint`
//! and the native targets (which refuse a Makefile GNU make would stop on) all use it.

use camino::Utf8Path;

use crate::make::eval::output::Output;
use crate::make::eval::{EvalOptions, Evaluator, Startup};
use crate::make::messages::{Fatal, Location, MakeError};
use crate::make::rule::{Colon, Database, File, Special};

/// The names GNU make tries, in order, when no `-f` is given (manual 3.2).
pub const DEFAULT_NAMES: &[&str] = &["GNUmakefile", "makefile", "Makefile"];

/// One explicit target as the makefiles define it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub name: String,
    /// The makefile (as make names it, relative to the tree) and the 1-based line of the rule
    /// that gave the recipe, or of the first rule line.
    pub file: String,
    pub line: u32,
    pub phony: bool,
    pub has_recipe: bool,
    pub double_colon: bool,
}

/// What reading the makefile found.
#[derive(Clone, Debug)]
pub struct MakefileRead {
    /// The makefile read, e.g. `Makefile`.
    pub name: String,
    /// Explicit, non-pattern, non-special targets, in file order.
    pub targets: Vec<Target>,
    /// GNU make's fatal error, when reading stopped on one.
    pub error: Option<MakeError>,
    /// Required `include`s that do not exist and that no rule can make.
    pub missing_includes: Vec<(String, Location)>,
    /// What reading printed on stderr (GNU's warnings, `$(warning)`), one entry per line.
    pub warnings: Vec<String>,
}

impl MakefileRead {
    /// What GNU make prints when it stops reading these makefiles, before running anything:
    /// a required `include` that is missing and that no rule makes (two lines, as GNU 4.3
    /// prints them), or the fatal reading error. `None` when GNU make would read them.
    pub fn stop_message(&self, program: &str) -> Option<String> {
        if let Some((include, at)) = self.missing_includes.first() {
            return Some(format!(
                "{at}: {include}: No such file or directory\n{program}: *** No rule to make target '{include}'.  Stop."
            ));
        }
        self.error.as_ref().map(|e| e.render(program))
    }
}

/// The makefile GNU make would read in `dir`, if any.
pub fn find(dir: &Utf8Path) -> Option<&'static str> {
    DEFAULT_NAMES
        .iter()
        .copied()
        .find(|name| dir.join(name).is_file())
}

/// Reads `name` in `dir` as GNU make would (environment included), running nothing.
pub fn read(dir: &Utf8Path, name: &str) -> MakefileRead {
    read_all(dir, &[name.to_owned()])
}

/// Reads `names` in order (`-f A -f B`), as [`read`] does; stops at the first fatal error.
pub fn read_all(dir: &Utf8Path, names: &[String]) -> MakefileRead {
    let options = EvalOptions {
        program: "make".to_owned(),
        sandbox: true,
        ..EvalOptions::default()
    };
    let dir = absolute(dir);
    let mut ev = Evaluator::new(options, dir.as_str());
    ev.install_startup(&Startup {
        env: std::env::vars().collect(),
        make_command: "make".to_owned(),
        ..Startup::default()
    });
    ev.output = Output::capturing();
    let result = names
        .iter()
        .try_for_each(|name| ev.read_makefile(name))
        .and_then(|()| ev.finish_reading(false));
    let stderr = ev.output.take().stderr;
    let missing_includes = std::mem::take(&mut ev.missing_includes)
        .into_iter()
        .filter(|(include, _)| !ev.db.file(include).is_some_and(File::has_recipe))
        .collect();
    let makefiles: Vec<String> = ev
        .raw_value("MAKEFILE_LIST")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    MakefileRead {
        name: names.first().cloned().unwrap_or_default(),
        targets: targets(&ev.db, &makefiles),
        error: result.err(),
        missing_includes,
        warnings: stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect(),
    }
}

/// The explicit targets of `db`, ordered by makefile (in reading order) and line.
pub fn targets(db: &Database, makefiles: &[String]) -> Vec<Target> {
    let mut out: Vec<Target> = db
        .files()
        .iter()
        .filter(|f| f.is_target && f.colon != Colon::None)
        .filter(|f| !f.name.contains('%') && Special::from_name(&f.name).is_none())
        .filter(|f| !is_suffix_rule(db, &f.name))
        .filter_map(|f| {
            let loc = f.rules.iter().find_map(|r| r.loc.clone())?;
            (!loc.is_builtin()).then(|| Target {
                name: f.name.to_string(),
                file: loc.file.to_string(),
                line: loc.line,
                phony: f.flags.phony,
                has_recipe: f.has_recipe(),
                double_colon: f.colon == Colon::Double,
            })
        })
        .collect();
    let rank = |file: &str| {
        makefiles
            .iter()
            .position(|m| m == file)
            .unwrap_or(usize::MAX)
    };
    out.sort_by_key(|t| (rank(&t.file), t.line));
    out
}

/// `.c.o` or `.c`: an old-fashioned suffix rule (manual 10.7), not a target to list.
fn is_suffix_rule(db: &Database, name: &str) -> bool {
    let suffixes = db.suffixes();
    suffixes.iter().any(|s| {
        name == s
            || name
                .strip_prefix(s.as_str())
                .is_some_and(|rest| suffixes.iter().any(|t| t == rest))
    })
}

/// GNU's line for a missing include that nothing can make.
pub fn missing_include_error(include: &str, at: &Location) -> MakeError {
    MakeError::new(Fatal::NoSuchFile(include.to_owned()), Some(at.clone()))
}

fn absolute(dir: &Utf8Path) -> String {
    if dir.is_absolute() {
        return dir.to_string();
    }
    std::env::current_dir().map_or_else(
        |_| dir.to_string(),
        |cwd| cwd.join(dir.as_std_path()).to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_text(text: &str) -> MakefileRead {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("Makefile"), text).expect("write");
        let dir = Utf8Path::from_path(dir.path()).expect("utf-8").to_owned();
        read(&dir, "Makefile")
    }

    #[test]
    fn lists_explicit_targets_in_file_order() {
        let m = read_text(".PHONY: b a\nb:\n\techo\n%.o: %.c\n\tcc\na: b\n.c.o:\n\tcc\n");
        let names: Vec<_> = m
            .targets
            .iter()
            .map(|t| (t.name.as_str(), t.line))
            .collect();
        assert_eq!(names, [("b", 2), ("a", 6)]);
        assert!(m.targets[0].phony && m.targets[0].has_recipe);
        assert!(m.error.is_none());
    }

    #[test]
    fn reports_gnu_error_with_line() {
        let m = read_text("a:\n\techo\nthis is junk\n");
        let e = m.error.expect("error");
        assert_eq!(
            e.render("make"),
            "Makefile:3: *** missing separator.  Stop."
        );
    }

    #[test]
    fn stop_message_is_gnu_text() {
        let m = read_text("a:\n  echo\n");
        assert_eq!(
            m.stop_message("xmake").as_deref(),
            Some("Makefile:2: *** missing separator.  Stop.")
        );
        let m = read_text("include nope.mk\na:\n");
        assert_eq!(
            m.stop_message("xmake").as_deref(),
            Some("Makefile:1: nope.mk: No such file or directory\nxmake: *** No rule to make target 'nope.mk'.  Stop.")
        );
        assert!(read_text("a:\n\techo\n").stop_message("make").is_none());
    }

    #[test]
    fn runs_no_shell() {
        let m = read_text("X := $(shell touch /tmp/xmake-lint-must-not-exist)\nall:\n");
        assert!(m.error.is_none());
        assert!(!std::path::Path::new("/tmp/xmake-lint-must-not-exist").exists());
    }
}
