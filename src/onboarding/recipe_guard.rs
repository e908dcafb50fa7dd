//! What xmake checks before the Makefile engine runs in an onboarding directory (the recipes
//! there source `conf/env.cfg` with bash, which runs any code in it):
//!
//! - env.cfg must hold nothing but what bash reads as plain assignments: none of the env.cfg
//!   reader's errors (command substitution, commands, `source`, unterminated quotes...);
//! - when a goal named like a native target goes to its recipe, env.cfg must moreover pass
//!   every env.cfg check of check-config (required keys, absolute paths...), as the native
//!   target would have required, and one line on stderr says why the recipe runs.
//!
//! An onboarding directory holds `conf/env.cfg` and a `version` or the integrate-xspot folder
//! (in any state: missing, a directory, a dangling link). Elsewhere nothing is checked and
//! nothing is printed, so `alias make=xmake` stays GNU make (a project may `include` a
//! `conf/env.cfg` of its own).

use camino::Utf8Path;

use super::dispatch::{is_native, Options};
use super::settings::{self, ENV_CFG_PATH};
use super::tree::{Tree, XSPOT_DIR};
use crate::adapters::root::Root;
use crate::diag::{render, Diagnostic, Report};

/// Whether `dir` is an onboarding directory: `conf/env.cfg` (a file, a directory or a link,
/// even a dangling one) beside a `version` or the integrate-xspot folder (likewise).
pub fn applies(dir: &Utf8Path) -> bool {
    let present = |rel: &str| std::fs::symlink_metadata(dir.join(rel)).is_ok();
    present(ENV_CFG_PATH) && (present("version") || present(XSPOT_DIR))
}

/// The goals named like native targets.
pub fn native_names(goals: &[String]) -> Vec<&str> {
    goals
        .iter()
        .map(String::as_str)
        .filter(|g| is_native(g))
        .collect()
}

/// Why the goals named like native targets run their recipes, when they do: native mode off,
/// variables on the command line, or a directory not recognised as a tree. `None` when no
/// goal is a native target's name, or when the Makefile engine will run them natively.
pub fn reason(goals: &[String], options: &Options) -> Option<String> {
    let native = native_names(goals);
    if native.is_empty() {
        return None;
    }
    let why = if !options.native {
        "native mode is off (--no-native or XMAKE_NATIVE=0)".to_owned()
    } else if !options.command_line_variables.is_empty() {
        format!(
            "make variables are set on the command line ({}), and native targets read none",
            options.command_line_variables.join(" ")
        )
    } else {
        match Tree::discover(&options.dir) {
            Ok(Some(_)) => return None,
            Ok(None) => format!(
                "{}, so this is not a recognised onboarding tree",
                Tree::why_not(&options.dir)
            ),
            Err(e) => format!("{e}, so this is not a recognised onboarding tree"),
        }
    };
    Some(format!(
        "xmake: running the Makefile recipe of {}: {why}",
        native.join(" ")
    ))
}

/// env.cfg's errors (rendered as check-config renders them), or `None` when it has none:
/// the reader's errors, and with `every_check` all of check-config's env.cfg checks (codes
/// `envcfg::…`; paths on the real node: `--root` never reaches a recipe).
pub fn env_cfg_errors(dir: &Utf8Path, every_check: bool, fancy: bool) -> Option<String> {
    let path = dir.join(ENV_CFG_PATH);
    // Not opened unless it is a regular file: a FIFO would block the read forever.
    if !std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
        return Some(format!(
            "xmake: {ENV_CFG_PATH} is not a regular file (or cannot be read)\n"
        ));
    }
    let diagnostics: Vec<Diagnostic> = if every_check {
        settings::load(dir, &Root::system()).report.diagnostics
    } else {
        let mut diags = Vec::new();
        settings::read_env(dir, &mut diags);
        diags
    };
    let mut report = Report::default();
    report.extend(
        diagnostics
            .into_iter()
            .filter(|d| d.is_error() && d.code.starts_with("envcfg::")),
    );
    report.sort();
    report
        .has_errors()
        .then(|| render::render_text(&report, fancy))
}
