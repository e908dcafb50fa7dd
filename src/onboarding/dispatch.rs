//! The entry point the command line calls before falling back to the Makefile engine:
//! given the goals and xmake's settings, decide whether they run natively and, if so, run them.
//!
//! Rule: the goals run natively only when native mode is on (no `--no-native`, no
//! `XMAKE_NATIVE=0`), the directory is an onboarding tree (`version` + `conf/env.cfg`), and
//! every goal is a native target, and the command line assigns no make variables (native
//! targets do not read them, so `make deploy ROOT=/x` must keep the recipe's meaning).
//! Otherwise [`Dispatch::NotNative`] says why and the caller
//! runs the Makefile exactly as GNU make would (mixing the two in one invocation would change
//! the order GNU make gives the goals), after [`super::recipe_guard`]'s checks.
//!
//! A native run first refuses what GNU make would refuse (a Makefile it cannot read, with its
//! message) and an invalid `XMAKE_KEEP_SNAPSHOTS`; then `-t` only says there is nothing to
//! touch, `-q` plans silently and answers with its status, `-n` prints the plan.

use std::io::Write;
use std::sync::Arc;

use camino::Utf8PathBuf;

use super::engine;
use super::mode::RunMode;
use super::report::{Printer, RunReport, StepReport, TargetReport};
use super::runbook;
use super::site::{self, SiteSource};
use super::step::{Ctx, Status};
use super::targets;
use super::tree::Tree;
use crate::adapters::root::Root;
use crate::diag::render;

/// Output format (`--format`): the one the settings entry points use too.
pub use super::settings::cli::Format;

/// Everything a native run needs from the command line.
#[derive(Clone, Debug)]
pub struct Options {
    /// The tree (the working directory after `-C`).
    pub dir: Utf8PathBuf,
    pub root: Root,
    /// `-n`, `-q`, `-t`: whether the run may change anything, and what it prints.
    pub mode: RunMode,
    /// `-B`: redo the steps that can be redone (`deploy` makes a snapshot even when the tree
    /// is identical to `latest`).
    pub always_make: bool,
    /// `-k` or `-i`: after a failed target, go on with the next goal (the status stays 2).
    /// A failed step still stops its own target: the steps after it rely on it.
    pub keep_going: bool,
    pub format: Format,
    /// False under `--no-native` or `XMAKE_NATIVE=0`.
    pub native: bool,
    pub verbosity: u8,
    /// Colour diffs (a terminal, no `NO_COLOR`).
    pub color: bool,
    /// How many tree snapshots `deploy` keeps under `SCRIPT_DEPLOY_DIR` (0 = all);
    /// `XMAKE_KEEP_SNAPSHOTS`, default [`DEFAULT_KEEP_SNAPSHOTS`].
    pub keep_snapshots: usize,
    /// A setting from xmake's own environment that is not valid (`XMAKE_KEEP_SNAPSHOTS=abc`):
    /// a native run refuses to start, changing nothing.
    pub env_error: Option<String>,
    /// Names of variables assigned on the command line (`NAME=value` arguments).
    pub command_line_variables: Vec<String>,
    /// `-f FILE`s in order; empty for GNU's default names.
    pub makefiles: Vec<String>,
    /// Read the Makefile first and refuse to run when GNU make would stop reading it. Off when
    /// the Makefile engine has read it already (a native prerequisite).
    pub read_makefile: bool,
    /// The name GNU's messages start with (argv[0]'s base name).
    pub program: String,
    /// `--force`: `upgrade` goes on when the node is busy (and says what it overrode).
    pub force: bool,
    /// `--yes`: go on without asking when a target would overwrite files an admin may have
    /// edited (see [`super::confirm`]).
    pub yes: bool,
    /// `--drain`: `upgrade` drains the node in the scheduler and waits for its jobs to end.
    pub drain: bool,
    /// `-s`: GNU's informational lines (`Nothing to be done for …` under `-t`) are not printed.
    pub silent: bool,
    /// `--timeout`: how long a wait may last (post-docker's success lines, a draining node).
    pub wait_timeout: std::time::Duration,
    /// `--explain`: say what each goal would do and why (see [`super::explain`]); nothing runs.
    pub explain: bool,
}

pub const DEFAULT_KEEP_SNAPSHOTS: usize = 5;

impl Options {
    /// Defaults for `dir`, reading `XMAKE_NATIVE` and `XMAKE_KEEP_SNAPSHOTS`.
    pub fn new(dir: impl Into<Utf8PathBuf>) -> Self {
        let native = std::env::var("XMAKE_NATIVE").map_or(true, |v| v.trim() != "0");
        let (keep_snapshots, env_error) =
            match keep_snapshots(std::env::var_os("XMAKE_KEEP_SNAPSHOTS").as_deref()) {
                Ok(keep) => (keep, None),
                Err(why) => (DEFAULT_KEEP_SNAPSHOTS, Some(why)),
            };
        Self {
            dir: dir.into(),
            root: Root::system(),
            mode: RunMode::Apply,
            always_make: false,
            keep_going: false,
            format: Format::Text,
            native,
            verbosity: 0,
            color: crate::diag::style::color_enabled_stdout(),
            keep_snapshots,
            env_error,
            command_line_variables: Vec::new(),
            makefiles: Vec::new(),
            read_makefile: true,
            program: "xmake".to_owned(),
            silent: false,
            force: false,
            yes: false,
            drain: false,
            wait_timeout: super::post_docker::DEFAULT_TIMEOUT,
            explain: false,
        }
    }
}

/// `XMAKE_KEEP_SNAPSHOTS`: unset means [`DEFAULT_KEEP_SNAPSHOTS`]; anything but digits (after
/// trimming blanks) is an error rather than a silent default.
pub fn keep_snapshots(value: Option<&std::ffi::OsStr>) -> Result<usize, String> {
    let Some(value) = value else {
        return Ok(DEFAULT_KEEP_SNAPSHOTS);
    };
    let text = value.to_string_lossy();
    let digits = text.trim();
    let parsed = (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse::<usize>().ok())
        .flatten();
    parsed.ok_or_else(|| {
        let shown: String = text
            .chars()
            .take(40)
            .flat_map(char::escape_default)
            .collect();
        format!(
            "XMAKE_KEEP_SNAPSHOTS must be a non-negative integer (how many snapshots deploy \
             keeps, 0 for all), not \"{shown}\"; nothing was changed"
        )
    })
}

/// Why the goals are left to the Makefile engine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotNative {
    NoGoals,
    Disabled,
    NotATree,
    UnknownTarget(String),
    /// Make variables were set on the command line (their names).
    Variables(Vec<String>),
}

impl std::fmt::Display for NotNative {
    /// A sentence for the logs: why the Makefile engine runs the goals.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotNative::NoGoals => f.write_str("no goal was given (the Makefile's default goal)"),
            NotNative::Disabled => {
                f.write_str("native targets are off (--no-native or XMAKE_NATIVE=0)")
            }
            NotNative::NotATree => {
                f.write_str("the directory is not an onboarding tree (no version or conf/env.cfg)")
            }
            NotNative::UnknownTarget(name) => write!(f, "{name} is not a native target"),
            NotNative::Variables(names) => write!(
                f,
                "make variables were set on the command line ({})",
                names.join(", ")
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dispatch {
    /// Run the Makefile instead.
    NotNative(NotNative),
    /// Ran natively; the exit status (0, or 2 when a step failed).
    Ran(i32),
}

/// Whether `name` is a target xmake runs natively.
pub fn is_native(name: &str) -> bool {
    targets::NAMES.contains(&name)
}

/// Decides and runs, printing to stdout/stderr with the default settings loader.
pub fn dispatch(goals: &[String], options: &Options) -> Dispatch {
    let source = site::default_source();
    dispatch_to(
        goals,
        options,
        &source,
        &mut crate::stdio::Out,
        // Not locked for the whole run: progress lines come from a ticker thread too.
        &mut std::io::stderr(),
    )
}

/// [`dispatch`] with the settings loader and output streams supplied (for tests).
pub fn dispatch_to(
    goals: &[String],
    options: &Options,
    source: &Arc<dyn SiteSource>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Dispatch {
    dispatch_gated(goals, options, source, None, out, err)
}

/// [`dispatch_to`], with a runbook's gate before each target.
fn dispatch_gated(
    goals: &[String],
    options: &Options,
    source: &Arc<dyn SiteSource>,
    gate: Option<Gate>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Dispatch {
    if goals.is_empty() {
        return Dispatch::NotNative(NotNative::NoGoals);
    }
    if !options.native {
        return Dispatch::NotNative(NotNative::Disabled);
    }
    if !options.command_line_variables.is_empty() {
        return Dispatch::NotNative(NotNative::Variables(options.command_line_variables.clone()));
    }
    if let Some(unknown) = goals.iter().find(|g| !is_native(g)) {
        return Dispatch::NotNative(NotNative::UnknownTarget(unknown.clone()));
    }
    let tree = match Tree::discover(&options.dir) {
        Ok(Some(tree)) => tree,
        Ok(None) => return Dispatch::NotNative(NotNative::NotATree),
        Err(e) => {
            let _ = writeln!(err, "xmake: {e}");
            return Dispatch::Ran(crate::exit::ERROR);
        }
    };
    tracing::info!(
        "running {} natively: onboarding tree {} (release {}); --no-native runs the recipe",
        goals.join(" "),
        tree.dir,
        tree.release
    );
    if let Err(why) = refusal(options, &tree) {
        let _ = writeln!(err, "{why}");
        return Dispatch::Ran(crate::exit::ERROR);
    }
    if options.explain {
        let status = super::explain::run(goals, options, &tree, source.as_ref(), out, err);
        return Dispatch::Ran(status);
    }
    if options.mode == RunMode::Touch {
        return Dispatch::Ran(touch(goals, options, out));
    }
    if goals.len() == 1 && goals[0] == "check-config" {
        return Dispatch::Ran(check_config(options, &tree, out, err));
    }
    Dispatch::Ran(run(goals, options, &tree, source.as_ref(), gate, out, err))
}

/// Runs a runbook's targets in order in the tree at `options.dir` (see [`runbook`]): the
/// same path as native goals, with the runbook's gate before each target and, under `-n`,
/// every target planned.
pub fn run_runbook(
    book: &runbook::Runbook,
    options: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let goals: Vec<String> = book.targets.iter().map(|t| (*t).to_owned()).collect();
    let mut options = options.clone();
    options.keep_going |= runbook::keep_going(options.mode);
    let source = site::default_source();
    match dispatch_gated(&goals, &options, &source, Some(&runbook::gate), out, err) {
        Dispatch::Ran(status) => status,
        Dispatch::NotNative(why) => {
            let why = match why {
                NotNative::Disabled => {
                    "native mode is off (--no-native or XMAKE_NATIVE=0)".to_owned()
                }
                _ => format!(
                    "{} is not an onboarding tree (no version and conf/env.cfg)",
                    options.dir
                ),
            };
            let _ = writeln!(
                err,
                "xmake: --runbook={}: {why}; nothing was run",
                book.name
            );
            crate::exit::ERROR
        }
    }
}

/// Decides whether a runbook goes on to a target (given whether an earlier one changes
/// something).
type Gate<'a> = &'a dyn Fn(&super::step::Target, &Ctx, bool) -> runbook::Gate;

/// Why a native run must not start, before anything is read from the tree's settings: an
/// invalid `XMAKE_*` setting, or a Makefile GNU make would stop reading (its message as GNU
/// prints it: a tree whose Makefile is broken is never deployed).
fn refusal(options: &Options, tree: &Tree) -> Result<(), String> {
    if let Some(why) = &options.env_error {
        return Err(format!("xmake: {why}"));
    }
    if !options.read_makefile {
        return Ok(());
    }
    let names = if options.makefiles.is_empty() {
        match crate::make::inspect::find(&tree.dir) {
            Some(name) => vec![name.to_owned()],
            None => return Ok(()),
        }
    } else {
        options.makefiles.clone()
    };
    let read = crate::make::inspect::read_all(&tree.dir, &names);
    read.stop_message(&options.program).map_or(Ok(()), Err)
}

/// `-t`: native targets are not files and there is nothing to touch; GNU make's line for a
/// phony target (none under `-s`), nothing changed, nothing read beyond the Makefile.
fn touch(goals: &[String], options: &Options, out: &mut dyn Write) -> i32 {
    if options.format == Format::Json {
        let targets = goals
            .iter()
            .map(|goal| TargetReport {
                name: goal.clone(),
                mode: super::report::Mode::Native,
                steps: Vec::new(),
            })
            .collect();
        let _ = writeln!(out, "{}", RunReport::new(targets).to_json());
    } else if !options.silent {
        for goal in goals {
            let _ = writeln!(out, "{}: Nothing to be done for '{goal}'.", options.program);
        }
    }
    crate::exit::SUCCESS
}

/// `check-config` alone: the settings report as `settings::cli` renders it; under `-q` only
/// the status (and the errors, on stderr).
fn check_config(options: &Options, tree: &Tree, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    if options.mode == RunMode::Question {
        let loaded = super::settings::load(&tree.dir, &options.root);
        if loaded.report.has_errors() {
            let fancy = crate::diag::style::color_enabled_stderr();
            let _ = write!(err, "{}", render::render_text(&loaded.report, fancy));
        }
        return super::settings::cli::exit_code(&loaded);
    }
    super::settings::cli::check_config_to(
        &tree.dir,
        &options.root,
        options.format,
        options.color,
        out,
    )
}

fn run(
    goals: &[String],
    options: &Options,
    tree: &Tree,
    source: &dyn SiteSource,
    gate: Option<Gate>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let json = options.format == Format::Json;
    let quiet = options.mode == RunMode::Question;
    let loaded = source.load(&tree.dir, &options.root);
    if !loaded.report.diagnostics.is_empty() && (!quiet || loaded.report.has_errors()) {
        let fancy = crate::diag::style::color_enabled_stderr();
        let _ = write!(err, "{}", render::render_text(&loaded.report, fancy));
    }
    let _ = err.flush();
    let stamp = fresh_stamp(tree);
    let mut reports = Vec::new();
    let mut printer = Printer {
        out,
        err,
        json,
        color: options.color && !json,
        dry_run: options.mode == RunMode::DryRun,
        quiet,
        verbose: options.verbosity > 0,
    };
    for goal in goals {
        let report = match (&loaded.values, loaded.report.has_errors()) {
            (Some(values), false) if goal != "check-config" => {
                let Some(target) = targets::get(goal) else {
                    continue;
                };
                let cx = Ctx {
                    root: &options.root,
                    tree,
                    site: values,
                    options,
                    stamp: stamp.clone(),
                    confirmed: None,
                };
                let earlier = reports
                    .iter()
                    .any(|r: &TargetReport| r.steps.iter().any(|s| s.status == Status::Changed));
                match gate.map_or(runbook::Gate::Go, |gate| gate(&target, &cx, earlier)) {
                    runbook::Gate::Go => engine::run_target(&target, &cx, &mut printer),
                    runbook::Gate::Skip(why) => skipped(goal, why, &cx, &mut printer),
                }
            }
            _ => config_report(goal, &loaded.report, &mut printer),
        };
        let failed = report.steps.iter().any(|s| s.status == Status::Failed);
        reports.push(report);
        if failed && !options.keep_going {
            break;
        }
    }
    let run = RunReport::new(reports);
    if json && !quiet {
        let _ = writeln!(printer.out, "{}", run.to_json());
    } else if gate.is_some() && !quiet {
        let _ = writeln!(printer.out, "{}", runbook::recap(&run, goals));
    }
    status(&run, options.mode)
}

/// A target a runbook's gate did not let run: one `preconditions` step, skipped, saying why.
fn skipped(goal: &str, why: String, cx: &Ctx, printer: &mut Printer) -> TargetReport {
    let step = "preconditions";
    printer.header(goal, &cx.tree.release);
    printer.step(step, &super::step::Outcome::skipped(why.clone()), cx.root);
    let report = TargetReport {
        name: goal.to_owned(),
        mode: super::report::Mode::Native,
        steps: vec![StepReport {
            name: step.to_owned(),
            status: Status::Skipped,
            detail: why,
        }],
    };
    printer.recap(&report);
    report
}

/// 2 when a step failed; under `-q`, 1 when a step is anything but `ok` (something would
/// change, or could not be decided); otherwise 0.
fn status(run: &RunReport, mode: RunMode) -> i32 {
    let s = &run.summary;
    if s.failed > 0 {
        crate::exit::ERROR
    } else if mode == RunMode::Question && s.changed + s.skipped > 0 {
        1
    } else {
        crate::exit::SUCCESS
    }
}

/// The run's timestamp, made unique among the tree's backup folders so two runs within one
/// second never share (and overwrite) a backup.
pub(super) fn fresh_stamp(tree: &Tree) -> String {
    let stamp = super::clock::stamp_now();
    let backups = tree.state_dir().join("backup");
    (1..10_000)
        .map(|n| {
            if n == 1 {
                stamp.clone()
            } else {
                format!("{stamp}-{n}")
            }
        })
        .find(|s| !backups.join(s).exists())
        .unwrap_or(stamp)
}

/// `check-config`, and any target stopped by a settings error: the report, as one step.
/// A native target never runs without settings, even if the report has no error.
fn config_report(goal: &str, report: &crate::diag::Report, printer: &mut Printer) -> TargetReport {
    let status = if report.has_errors() || goal != "check-config" {
        Status::Failed
    } else {
        Status::Ok
    };
    let mut detail = super::settings::summary(report, None);
    if status == Status::Failed && goal != "check-config" {
        detail.push_str("; nothing was changed");
    }
    let target = TargetReport {
        name: goal.to_owned(),
        mode: super::report::Mode::Native,
        steps: vec![StepReport {
            name: "check-config".to_owned(),
            status,
            detail: detail.clone(),
        }],
    };
    printer.line(&format!("{goal}: {} {detail}", status.as_str()));
    printer.recap(&target);
    target
}
