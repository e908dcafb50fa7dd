//! `--format=json` when the goals run from the Makefile's recipes: stdout still holds exactly
//! one JSON document, in the run report's shape (`targets`, `summary`), plus `status` (the exit
//! status). Everything the Makefile engine and its recipes print goes to stderr. Recipe
//! targets are listed with `"mode": "recipe"` and no steps: the engine has none to report.

use std::io::Write;

use serde::Serialize;

use crate::onboarding::report::{Mode, RunReport, TargetReport};

#[derive(Serialize)]
struct Document {
    #[serde(flatten)]
    report: RunReport,
    status: i32,
}

/// Runs `engine` with stdout diverted to stderr, then prints the document on the real stdout.
pub fn run(goals: &[String], engine: impl FnOnce() -> i32) -> i32 {
    let saved = match crate::stdio::divert_stdout_to_stderr() {
        Ok(saved) => saved,
        Err(e) => {
            crate::stdio::err_line(&format!("xmake: cannot keep stdout for --format=json: {e}"));
            return crate::exit::ERROR;
        }
    };
    let status = engine();
    crate::stdio::flush_out();
    let names: Vec<String> = if goals.is_empty() {
        vec!["(default goal)".to_owned()]
    } else {
        goals.to_vec()
    };
    let targets = names
        .into_iter()
        .map(|name| TargetReport {
            name,
            mode: Mode::Recipe,
            steps: Vec::new(),
        })
        .collect();
    let doc = Document {
        report: RunReport::new(targets),
        status,
    };
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    let mut out = saved;
    if writeln!(out, "{text}").and_then(|()| out.flush()).is_err() {
        crate::stdio::err_line(&format!("xmake: {}", crate::stdio::WRITE_ERROR));
        return crate::stdio::WRITE_ERROR_STATUS;
    }
    status
}
