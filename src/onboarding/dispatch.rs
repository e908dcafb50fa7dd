//! The entry point the command line calls before falling back to the Makefile engine:
//! given the goals and xmake's settings, decide whether they run natively and, if so, run them.
//!
//! Rule: the goals run natively only when native mode is on (no `--no-native`, no
//! `XMAKE_NATIVE=0`), the directory is an onboarding tree (`version` + `conf/env.cfg`), and
//! every goal is a native target, and the command line assigns no make variables (native
//! targets do not read them, so `make deploy ROOT=/x` must keep the recipe's meaning).
//! Otherwise [`Dispatch::NotNative`] says why and the caller
//! runs the Makefile exactly as GNU make would (mixing the two in one invocation would change
//! the order GNU make gives the goals).

use std::io::Write;
use std::sync::Arc;

use camino::Utf8PathBuf;

use super::engine;
use super::report::{Printer, RunReport, StepReport, TargetReport};
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
    /// `-n`: print the plan, change nothing.
    pub dry_run: bool,
    pub format: Format,
    /// False under `--no-native` or `XMAKE_NATIVE=0`.
    pub native: bool,
    pub verbosity: u8,
    /// Colour diffs (a terminal, no `NO_COLOR`).
    pub color: bool,
    /// How many tree snapshots `deploy` keeps under `SCRIPT_DEPLOY_DIR` (0 = all);
    /// `XMAKE_KEEP_SNAPSHOTS`, default [`DEFAULT_KEEP_SNAPSHOTS`].
    pub keep_snapshots: usize,
    /// Names of variables assigned on the command line (`NAME=value` arguments).
    pub command_line_variables: Vec<String>,
}

pub const DEFAULT_KEEP_SNAPSHOTS: usize = 5;

impl Options {
    /// Defaults for `dir`, reading `XMAKE_NATIVE` and `XMAKE_KEEP_SNAPSHOTS`.
    pub fn new(dir: impl Into<Utf8PathBuf>) -> Self {
        let native = std::env::var("XMAKE_NATIVE").map_or(true, |v| v.trim() != "0");
        let keep_snapshots = std::env::var("XMAKE_KEEP_SNAPSHOTS")
            .ok()
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(DEFAULT_KEEP_SNAPSHOTS);
        Self {
            dir: dir.into(),
            root: Root::system(),
            dry_run: false,
            format: Format::Text,
            native,
            verbosity: 0,
            color: crate::diag::style::color_enabled_stdout(),
            keep_snapshots,
            command_line_variables: Vec::new(),
        }
    }
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
        &mut std::io::stderr().lock(),
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
    if goals.len() == 1 && goals[0] == "check-config" {
        return Dispatch::Ran(check_config(options, &tree, out));
    }
    Dispatch::Ran(run(goals, options, &tree, source.as_ref(), out, err))
}

/// `check-config` alone: the settings report as `settings::cli` renders it.
fn check_config(options: &Options, tree: &Tree, out: &mut dyn Write) -> i32 {
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
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let json = options.format == Format::Json;
    let loaded = source.load(&tree.dir, &options.root);
    if !loaded.report.diagnostics.is_empty() {
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
        dry_run: options.dry_run,
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
                };
                engine::run_target(&target, &cx, &mut printer)
            }
            _ => config_report(goal, &loaded.report, &mut printer),
        };
        let failed = report.steps.iter().any(|s| s.status == Status::Failed);
        reports.push(report);
        if failed {
            break;
        }
    }
    let run = RunReport::new(reports);
    if json {
        let _ = writeln!(printer.out, "{}", run.to_json());
    }
    if run.summary.failed > 0 {
        crate::exit::ERROR
    } else {
        crate::exit::SUCCESS
    }
}

/// The run's timestamp, made unique among the tree's backup folders so two runs within one
/// second never share (and overwrite) a backup.
fn fresh_stamp(tree: &Tree) -> String {
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
    let mut detail = format!("conf/env.cfg: {}", render::summary(report));
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
