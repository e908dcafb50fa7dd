//! The hand-over from the command line to xmake's own modes: `--show-config`, and goals that
//! are native onboarding targets. Returns `None` when the Makefile engine should run instead,
//! exactly as GNU make would.

use camino::{Utf8Path, Utf8PathBuf};

use super::Invocation;
use crate::adapters::root::Root;
use crate::onboarding::settings::cli as settings_cli;
use crate::onboarding::{dispatch, Dispatch, Format, Options};

/// Runs xmake's own modes for `inv`, or returns `None` to fall back to the Makefile engine.
pub fn try_run(inv: &Invocation) -> Option<i32> {
    let program = &inv.make.program;
    if inv.xmake.lint || inv.xmake.list {
        return Some(run_lint_or_list(inv));
    }
    let format = match inv.xmake.format.as_deref().map(settings_cli::Format::parse) {
        None => settings_cli::Format::Text,
        Some(Some(format)) => format,
        Some(None) => {
            eprintln!(
                "{program}: unknown --format '{}': use 'text' or 'json'",
                inv.xmake.format.as_deref().unwrap_or_default()
            );
            return Some(crate::exit::ERROR);
        }
    };
    let dir = working_dir(&inv.make.gnu.directories);
    let root = inv
        .xmake
        .root
        .as_deref()
        .map_or_else(Root::system, Root::new);
    if inv.xmake.show_config {
        return Some(settings_cli::run_show_config(&dir, &root, format));
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
    options.format = match format {
        settings_cli::Format::Text => Format::Text,
        settings_cli::Format::Json => Format::Json,
    };
    match dispatch(&inv.make.goals, &options) {
        Dispatch::Ran(status) => Some(status),
        Dispatch::NotNative(why) => {
            tracing::info!("running the Makefile's recipes: {why:?}");
            None
        }
    }
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
        let root = inv
            .xmake
            .root
            .as_deref()
            .map_or_else(Root::system, Root::new);
        return crate::lint::cli::run_lint(&dir, &root, format, program);
    }
    let native = !inv.xmake.no_native && Options::new(dir.clone()).native;
    crate::lint::cli::run_list(&crate::lint::cli::ListOptions {
        dir: &dir,
        format,
        makefiles: &inv.make.gnu.makefiles,
        native,
        program,
    })
}
