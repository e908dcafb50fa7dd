//! The hand-over from the command line to xmake's own modes: `--show-config`, and goals that
//! are native onboarding targets. When the Makefile engine runs instead (exactly as GNU make
//! would), it gets a [`Bridge`] so a native target met as a prerequisite still runs natively.

use camino::{Utf8Path, Utf8PathBuf};

use super::Invocation;
use crate::adapters::root::Root;
use crate::make::native::NativeTargets;
use crate::onboarding::dispatch::is_native;
use crate::onboarding::settings::cli as settings_cli;
use crate::onboarding::tree::Tree;
use crate::onboarding::{dispatch, recipe_guard, Dispatch, Format, Options, RunMode};

/// What `cli::main` does next.
pub enum Next {
    /// xmake's own mode ran; exit with this status.
    Exit(i32),
    /// Run the Makefile engine, with the bridge to native targets when they may run here.
    Makefile(Option<Bridge>),
}

/// Runs xmake's own modes for `inv`, or says how the Makefile engine should run.
pub fn try_run(inv: &Invocation) -> Next {
    match own_mode(inv) {
        Ok(status) => Next::Exit(status),
        Err(options) => Next::Makefile(Bridge::new(*options)),
    }
}

/// `Ok(status)` when an own mode ran, or when the run stopped before the Makefile engine;
/// otherwise the native options the bridge may use.
fn own_mode(inv: &Invocation) -> Result<i32, Box<Options>> {
    let program = &inv.make.program;
    if inv.xmake.complete_targets {
        let dir = working_dir(&inv.make.gnu.directories);
        let native = !inv.xmake.no_native;
        let makefiles = &inv.make.gnu.makefiles;
        return Ok(crate::lint::complete_targets::run(&dir, makefiles, native));
    }
    if let Err(why) = check_root(inv.xmake.root.as_deref()) {
        crate::stdio::err_line(&format!("{program}: {why}; nothing was changed"));
        return Ok(crate::exit::ERROR);
    }
    if inv.xmake.lint || inv.xmake.list {
        return Ok(run_lint_or_list(inv));
    }
    let format = match inv.xmake.format.as_deref().map(Format::parse) {
        None => Format::Text,
        Some(Some(format)) => format,
        Some(None) => {
            crate::stdio::err_line(&format!(
                "{program}: unknown --format '{}': use 'text' or 'json'",
                inv.xmake.format.as_deref().unwrap_or_default()
            ));
            return Ok(crate::exit::ERROR);
        }
    };
    let dir = working_dir(&inv.make.gnu.directories);
    let root = root(inv);
    if inv.xmake.show_config {
        return Ok(settings_cli::run_show_config(&dir, &root, format));
    }
    let mut options = native_options(inv, dir, root, format);
    if let Some(text) = &inv.xmake.timeout {
        match crate::onboarding::post_docker::parse_timeout(text) {
            Ok(limit) => options.wait_timeout = limit,
            Err(why) => {
                crate::stdio::err_line(&format!("{program}: {why}"));
                return Ok(crate::exit::ERROR);
            }
        }
    }
    if inv.xmake.explain {
        return Ok(super::explain::run(inv, options));
    }
    if let Some(ami) = &inv.xmake.set_ami {
        return Ok(set_ami(inv, &options, ami));
    }
    if let Some(name) = &inv.xmake.runbook {
        return Ok(run_runbook(inv, name, &options));
    }
    match dispatch(&inv.make.goals, &options) {
        Dispatch::Ran(status) => Ok(status),
        Dispatch::NotNative(why) => {
            tracing::info!("the Makefile engine runs the goals: {why}");
            match before_recipes(inv, &options) {
                Ok(()) => Err(Box::new(options)),
                Err(status) => Ok(status),
            }
        }
    }
}

/// `--runbook=NAME`: a procedure of native targets; it takes no goals or variables (each of its
/// targets is native, and native targets read no make variables).
fn run_runbook(inv: &Invocation, name: &str, options: &Options) -> i32 {
    let program = &inv.make.program;
    let Some(book) = crate::onboarding::runbook::find(name) else {
        crate::stdio::err_line(&format!(
            "{program}: unknown runbook '{name}': the runbooks are {}",
            crate::onboarding::runbook::names()
        ));
        return crate::exit::ERROR;
    };
    if !inv.make.goals.is_empty() || !options.command_line_variables.is_empty() {
        crate::stdio::err_line(&format!(
            "{program}: --runbook={name} runs its own targets: give no goals or variables; nothing was run"
        ));
        return crate::exit::ERROR;
    }
    dispatch::run_runbook(
        book,
        options,
        &mut crate::stdio::Out,
        &mut std::io::stderr().lock(),
    )
}

/// The native options from the command line: GNU's flags that alter what runs (`-n -q -t
/// -B -k -i -f`), xmake's own, and the names of the variables assigned.
fn native_options(inv: &Invocation, dir: Utf8PathBuf, root: Root, format: Format) -> Options {
    let gnu = &inv.make.gnu;
    let mut options = Options::new(dir);
    options.root = root;
    options.mode = RunMode::from_flags(gnu.just_print, gnu.question, gnu.touch);
    options.always_make = gnu.always_make;
    options.keep_going = gnu.keep_going || gnu.ignore_errors;
    options.makefiles.clone_from(&gnu.makefiles);
    options.program.clone_from(&inv.make.program);
    options.silent = gnu.silent;
    options.native &= !inv.xmake.no_native;
    options.verbosity = inv.xmake.verbose;
    options.force = inv.xmake.force;
    options.yes = inv.xmake.yes;
    options.drain = inv.xmake.drain;
    // Native targets read no make variables: `ROOT=/x` on the command line means the recipe.
    options.command_line_variables = inv
        .make
        .variables
        .iter()
        .filter_map(|word| crate::make::eval::split_definition(word).map(|(name, ..)| name))
        .collect();
    options.format = format;
    options
}

/// Before the Makefile engine runs: `--root` is refused (a recipe cannot be confined to it);
/// in an onboarding directory, a goal named like a native target says why its recipe runs,
/// and env.cfg must hold no code (and pass every env.cfg check when a goal is a native
/// target's name), since the recipes source it. `Err(status)` stops the run before anything
/// is read or run.
fn before_recipes(inv: &Invocation, options: &Options) -> Result<(), i32> {
    let goals = &inv.make.goals;
    let onboarding = recipe_guard::applies(&options.dir);
    if onboarding {
        if let Some(line) = recipe_guard::reason(goals, options) {
            crate::stdio::err_line(&line);
        }
    }
    if inv.xmake.root.is_some() {
        let goals = if goals.is_empty() {
            "the default goal".to_owned()
        } else {
            goals.join(" ")
        };
        crate::stdio::err_line(&format!(
            "xmake: --root confines native targets only, and a recipe cannot be confined: \
             refusing to run the Makefile for {goals}; nothing was run"
        ));
        return Err(crate::exit::ERROR);
    }
    if onboarding {
        let fancy = crate::diag::style::color_enabled_stderr();
        let every_check = !recipe_guard::native_names(goals).is_empty();
        if let Some(errors) = recipe_guard::env_cfg_errors(&options.dir, every_check, fancy) {
            crate::stdio::err(&errors);
            crate::stdio::err_line(
                "xmake: conf/env.cfg has errors, and the recipes source it: \
                 refusing to run the Makefile; nothing was run",
            );
            return Err(crate::exit::ERROR);
        }
    }
    Ok(())
}

/// Lets the Makefile engine run a native target it meets as a prerequisite (for example
/// `upgrade: image-folder base`), with the same settings a native goal would get.
pub struct Bridge {
    options: Options,
}

impl Bridge {
    /// A bridge only where a goal could have run natively: native mode on, no make variables
    /// on the command line, and an onboarding tree. The tree's path is made absolute because
    /// the engine changes directory for `-C`.
    pub(super) fn new(mut options: Options) -> Option<Self> {
        if !options.native || !options.command_line_variables.is_empty() {
            return None;
        }
        let tree = Tree::discover(&options.dir).ok().flatten()?;
        options.dir = tree.dir;
        // The engine has read the Makefile; `-f` names are relative to where it started.
        options.read_makefile = false;
        Some(Self { options })
    }
}

impl NativeTargets for Bridge {
    fn handles(&self, target: &str) -> bool {
        is_native(target)
    }

    fn run(&self, target: &str) -> Result<(), i32> {
        tracing::info!("{target} runs natively (a prerequisite in the Makefile)");
        match dispatch(&[target.to_owned()], &self.options) {
            Dispatch::Ran(0) => Ok(()),
            Dispatch::Ran(status) => Err(status),
            Dispatch::NotNative(why) => {
                tracing::warn!("{target} could not run natively: {why}");
                Err(crate::exit::ERROR)
            }
        }
    }
}

/// `--set-ami ID`: alone (no goals), in an onboarding tree.
fn set_ami(inv: &Invocation, options: &Options, ami: &str) -> i32 {
    if !inv.make.goals.is_empty() {
        crate::stdio::err_line(&format!(
            "{}: --set-ami runs alone: drop the goals ({}); nothing was changed",
            inv.make.program,
            inv.make.goals.join(" ")
        ));
        return crate::exit::ERROR;
    }
    crate::onboarding::ami::run_cli(&options.dir, ami, options.mode, options.format)
}

/// A `--root` must name an existing directory: an empty or mistyped one would otherwise be
/// taken as the current directory or a missing tree, and the run would fail later with a
/// message about the shared storage instead of the option.
fn check_root(root: Option<&str>) -> Result<(), String> {
    match root {
        None => Ok(()),
        Some("") => Err("--root needs a directory: --root DIR".to_owned()),
        Some(dir) => match std::fs::metadata(dir) {
            Ok(meta) if meta.is_dir() => Ok(()),
            Ok(_) => Err(format!("--root {dir} is not a directory")),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
                "--root {dir} does not exist: create it (or correct the path) first"
            )),
            Err(e) => Err(format!("--root {dir}: {e}")),
        },
    }
}

/// `--root`, or the real `/`.
fn root(inv: &Invocation) -> Root {
    inv.xmake
        .root
        .as_deref()
        .map_or_else(Root::system, Root::new)
}

/// The directory after every `-C`, each relative to the one before (GNU make manual 9.7).
fn working_dir(directories: &[String]) -> Utf8PathBuf {
    let mut dirs = directories.iter().map(Utf8Path::new);
    let first = dirs
        .next()
        .map_or_else(|| Utf8PathBuf::from("."), Utf8Path::to_owned);
    dirs.fold(first, |dir, next| dir.join(next))
}

/// `--lint` and `--list` (see `crate::lint::cli`).
fn run_lint_or_list(inv: &Invocation) -> i32 {
    let dir = working_dir(&inv.make.gnu.directories);
    let format = inv.xmake.format.as_deref();
    let program = &inv.make.program;
    if inv.xmake.lint {
        return crate::lint::cli::run_lint(&crate::lint::cli::LintOptions {
            dir: &dir,
            root: &root(inv),
            format,
            deny: inv.xmake.deny.as_deref(),
            node: inv.xmake.node,
            program,
        });
    }
    let native = !inv.xmake.no_native; // XMAKE_NATIVE=0 is folded in by `cli::resolve`
    crate::lint::cli::run_list(&crate::lint::cli::ListOptions {
        dir: &dir,
        format,
        makefiles: &inv.make.gnu.makefiles,
        native,
        program,
    })
}
