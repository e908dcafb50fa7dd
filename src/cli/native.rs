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
use crate::onboarding::{dispatch, Dispatch, Format, Options};

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
        Err(options) => Next::Makefile(Bridge::new(options)),
    }
}

/// `Ok(status)` when an own mode ran; otherwise the native options the bridge may use.
fn own_mode(inv: &Invocation) -> Result<i32, Options> {
    let program = &inv.make.program;
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
    let mut options = Options::new(dir);
    options.root = root;
    options.dry_run = inv.make.gnu.just_print;
    options.native &= !inv.xmake.no_native;
    options.verbosity = inv.xmake.verbose;
    // Native targets read no make variables: `ROOT=/x` on the command line means the recipe.
    options.command_line_variables = inv
        .make
        .variables
        .iter()
        .filter_map(|word| crate::make::eval::split_definition(word).map(|(name, ..)| name))
        .collect();
    options.format = format;
    match dispatch(&inv.make.goals, &options) {
        Dispatch::Ran(status) => Ok(status),
        Dispatch::NotNative(why) => {
            tracing::info!("goals go to the Makefile engine: {why:?}");
            Err(options)
        }
    }
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
    fn new(mut options: Options) -> Option<Self> {
        if !options.native || !options.command_line_variables.is_empty() {
            return None;
        }
        let tree = Tree::discover(&options.dir).ok().flatten()?;
        options.dir = tree.dir;
        Some(Self { options })
    }
}

impl NativeTargets for Bridge {
    fn handles(&self, target: &str) -> bool {
        is_native(target)
    }

    fn run(&self, target: &str) -> Result<(), i32> {
        tracing::info!("`{target}` runs natively (a prerequisite in the Makefile)");
        match dispatch(&[target.to_owned()], &self.options) {
            Dispatch::Ran(0) => Ok(()),
            Dispatch::Ran(status) => Err(status),
            Dispatch::NotNative(why) => {
                tracing::warn!("`{target}` could not run natively: {why:?}");
                Err(crate::exit::ERROR)
            }
        }
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
        return crate::lint::cli::run_lint(&dir, &root(inv), format, program);
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
