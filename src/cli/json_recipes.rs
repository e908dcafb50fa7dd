//! `--format=json` when the goals run from the Makefile's recipes: stdout still holds exactly
//! one JSON document, in the run report's shape (`targets`, `summary`), plus `status` (the exit
//! status). Everything the Makefile engine and its recipes print goes to stderr. Recipe
//! targets are listed with `"mode": "recipe"` and no steps: the engine has none to report.

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
    let saved = match crate::stdio::divert_stdout_for_json() {
        Ok(saved) => saved,
        Err(status) => return status,
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
    crate::stdio::write_document(saved, &text, status)
}
