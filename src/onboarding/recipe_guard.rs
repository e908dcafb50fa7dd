//! What xmake checks before the Makefile engine runs in a directory holding `conf/env.cfg`
//! (the onboarding recipes source it with bash, which runs any code in it): env.cfg must pass
//! check-config's env.cfg checks, or no recipe runs; and a goal named like a native target
//! gets one line on stderr saying why its recipe runs instead. Outside such a directory
//! nothing is checked and nothing is printed, so `alias make=xmake` stays GNU make.

use camino::Utf8Path;

use super::dispatch::{is_native, Options};
use super::tree::Tree;
use crate::adapters::root::Root;
use crate::diag::{render, Report};

/// Whether `dir` holds `conf/env.cfg` (a file, a directory or a link, even a dangling one).
pub fn applies(dir: &Utf8Path) -> bool {
    std::fs::symlink_metadata(dir.join(super::settings::ENV_CFG_PATH)).is_ok()
}

/// Why the goals named like native targets run their recipes, when they do: native mode off,
/// variables on the command line, or a directory not recognised as a tree. `None` when no
/// goal is a native target's name, or when the Makefile engine will run them natively.
pub fn reason(goals: &[String], options: &Options) -> Option<String> {
    let native: Vec<&str> = goals
        .iter()
        .map(String::as_str)
        .filter(|g| is_native(g))
        .collect();
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

/// env.cfg's errors as check-config reports them (rendered), or `None` when it has none.
/// Only env.cfg's own checks count (codes `envcfg::…`): it is the file recipes execute.
/// Paths are checked on the real node (`/`): `--root` never reaches a recipe.
pub fn env_cfg_errors(dir: &Utf8Path, fancy: bool) -> Option<String> {
    let path = dir.join(super::settings::ENV_CFG_PATH);
    // Not opened unless it is a regular file: a FIFO would block the read forever.
    if !std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
        return Some(format!(
            "xmake: {} is not a regular file (or cannot be read)\n",
            super::settings::ENV_CFG_PATH
        ));
    }
    let loaded = super::settings::load(dir, &Root::system());
    let mut report = Report::default();
    report.extend(
        loaded
            .report
            .diagnostics
            .into_iter()
            .filter(|d| d.is_error() && d.code.starts_with("envcfg::")),
    );
    report
        .has_errors()
        .then(|| render::render_text(&report, fancy))
}
