//! `--explain` for native targets: what `xmake TARGET` would do and why, changing nothing.
//! Each target's preconditions and steps are decided by the very run `-n` makes
//! ([`super::engine::run_target`] under [`RunMode::DryRun`]: no lock, no journal, nothing
//! applied), its plan shown as `-n` prints it; then the env.cfg keys the target reads
//! (`targets::Native::reads`), each with the `file:line` that sets it, from env.cfg as the
//! settings load read it (the file is read once).

use std::io::Write;

use serde::Serialize;

use super::dispatch::{Format, Options};
use super::engine;
use super::mode::RunMode;
use super::report::{Printer, StepReport};
use super::site::{Site, SiteSource};
use super::step::{Ctx, Status};
use super::targets;
use super::tree::Tree;
use crate::diag::redact;
use crate::envcfg::{EnvCfg, Value};

/// One key a target reads, and where env.cfg sets it.
#[derive(Clone, Debug, Serialize)]
pub struct KeyRead {
    pub key: String,
    /// `None` when env.cfg does not set it (its default applies).
    pub value: Option<String>,
    pub file: String,
    pub line: Option<usize>,
}

/// The preconditions' verdict.
#[derive(Clone, Debug, Serialize)]
pub struct Preconditions {
    pub status: Status,
    pub detail: String,
}

/// One native target explained.
#[derive(Clone, Debug, Serialize)]
pub struct NativeExplanation {
    pub name: String,
    pub release: String,
    pub preconditions: Preconditions,
    /// Each step's decision, as `-n` makes it, in order.
    pub steps: Vec<StepReport>,
    /// Steps not decided because one before them failed.
    pub not_reached: Vec<String>,
    pub reads: Vec<KeyRead>,
    /// Some step would change something (or could not be decided).
    pub pending: bool,
    /// The plan as `xmake -n TARGET` prints it (its step lines, actions, diffs).
    #[serde(skip)]
    plan_text: String,
}

#[derive(Serialize)]
struct Document<'a> {
    kind: &'static str,
    targets: &'a [NativeExplanation],
    pending: bool,
    status: i32,
}

/// Explains `goals` (all native) in `tree`, printing text or one JSON document on `out`;
/// diagnostics from the settings go to `err`. Returns 0: explaining never fails on what it
/// finds, only on bad input (which the caller has ruled out).
pub fn run(
    goals: &[String],
    options: &Options,
    tree: &Tree,
    source: &dyn SiteSource,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let mut options = options.clone();
    options.mode = RunMode::DryRun;
    let loaded = source.load(&tree.dir, &options.root);
    if !loaded.report.diagnostics.is_empty() {
        let fancy = crate::diag::style::color_enabled_stderr();
        let _ = write!(
            err,
            "{}",
            crate::diag::render::render_text(&loaded.report, fancy)
        );
    }
    let explained: Vec<NativeExplanation> = goals
        .iter()
        .map(|goal| explain_one(goal, &options, tree, &loaded, loaded.env.as_ref()))
        .collect();
    let pending = explained.iter().any(|e| e.pending);
    if options.format == Format::Json {
        let doc = Document {
            kind: "native",
            targets: &explained,
            pending,
            status: crate::exit::SUCCESS,
        };
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        let _ = writeln!(out, "{}", redact::scrub(&text));
    } else {
        for e in &explained {
            let _ = write!(out, "{}", redact::clean(&render_text(e)));
        }
    }
    crate::exit::SUCCESS
}

fn explain_one(
    goal: &str,
    options: &Options,
    tree: &Tree,
    loaded: &Site,
    env: Option<&EnvCfg>,
) -> NativeExplanation {
    let reads = targets::find(goal).map_or(&[][..], |n| n.reads);
    let mut e = NativeExplanation {
        name: goal.to_owned(),
        release: tree.release.clone(),
        preconditions: Preconditions {
            status: Status::Ok,
            detail: String::new(),
        },
        steps: Vec::new(),
        not_reached: Vec::new(),
        reads: reads.iter().map(|k| key_read(k, env)).collect(),
        pending: false,
        plan_text: String::new(),
    };
    let summary = super::settings::summary(&loaded.report, None);
    let target = targets::get(goal);
    let (Some(values), false, Some(target)) =
        (&loaded.values, loaded.report.has_errors(), target.as_ref())
    else {
        // check-config is the settings report; any other target stops on its errors.
        let failed = loaded.report.has_errors();
        e.preconditions = Preconditions {
            status: if failed { Status::Failed } else { Status::Ok },
            detail: format!("settings: {summary}"),
        };
        e.pending = failed;
        if failed {
            e.not_reached = target
                .iter()
                .flat_map(|t| &t.steps)
                .map(|s| s.name.to_owned())
                .collect();
        }
        return e;
    };
    let cx = Ctx {
        root: &options.root,
        tree,
        site: values,
        options,
        stamp: super::dispatch::fresh_stamp(tree),
        confirmed: None,
    };
    let (mut text, mut sink) = (Vec::new(), Vec::new());
    let mut printer = Printer {
        out: &mut text,
        err: &mut sink,
        json: false,
        color: false,
        dry_run: true,
        quiet: false,
        verbose: false,
    };
    let report = engine::run_target(target, &cx, &mut printer);
    e.plan_text = plan_lines(&String::from_utf8_lossy(&text));
    let mut steps = report.steps;
    if let Some(first) = steps.first().filter(|s| s.name == "preconditions") {
        e.preconditions = Preconditions {
            status: first.status,
            detail: first.detail.clone(),
        };
        steps.remove(0);
    } else {
        e.preconditions.detail = format!("settings: {summary}");
    }
    let decided: Vec<&str> = steps.iter().map(|s| s.name.as_str()).collect();
    if steps.last().is_some_and(|s| s.status == Status::Failed) || steps.is_empty() {
        e.not_reached = target
            .steps
            .iter()
            .map(|s| s.name)
            .filter(|n| !decided.contains(n))
            .map(str::to_owned)
            .collect();
    }
    e.pending = e.preconditions.status != Status::Ok
        || steps.iter().any(|s| s.status != Status::Ok)
        || !e.not_reached.is_empty();
    e.steps = steps;
    e
}

/// `-n`'s output for one target without its header and recap lines.
fn plan_lines(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    match lines.as_slice() {
        [_, body @ .., _] => body.iter().fold(String::new(), |mut out, l| {
            out.push_str("  ");
            out.push_str(l);
            out.push('\n');
            out
        }),
        _ => String::new(),
    }
}

/// Where env.cfg sets `key`, and its value as outputs may show it.
fn key_read(key: &str, env: Option<&EnvCfg>) -> KeyRead {
    let file = crate::onboarding::settings::ENV_CFG_PATH.to_owned();
    let Some((env, b)) = env.and_then(|env| env.get(key).map(|b| (env, b))) else {
        return KeyRead {
            key: key.to_owned(),
            value: None,
            file,
            line: None,
        };
    };
    let value = if redact::is_secret_name(key) {
        redact::MARKER.to_owned()
    } else {
        match &b.value {
            Value::Scalar(s) => s.clone(),
            Value::Array(items) => format!("({})", items.join(" ")),
        }
    };
    KeyRead {
        key: key.to_owned(),
        value: Some(redact::scrub(&value).into_owned()),
        file: env.source().name().to_owned(),
        line: Some(env.source().line_col(b.name_span.start).line),
    }
}

/// One target's explanation as text.
fn render_text(e: &NativeExplanation) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "{}: native target, release {}", e.name, e.release);
    let p = &e.preconditions;
    let detail = match (p.status, p.detail.is_empty()) {
        (_, true) => String::new(),
        (Status::Ok, false) => format!(" ({})", p.detail),
        (_, false) => format!(": {}", p.detail),
    };
    let _ = writeln!(out, "  preconditions: {}{detail}", p.status.as_str());
    if !e.plan_text.is_empty() {
        let _ = writeln!(
            out,
            "  steps, decided as `xmake -n {}` decides them:",
            e.name
        );
        out.push_str(&e.plan_text);
    }
    if !e.not_reached.is_empty() {
        let _ = writeln!(
            out,
            "  not decided (something before them fails): {}",
            e.not_reached.join(", ")
        );
    }
    if e.reads.is_empty() {
        let _ = writeln!(
            out,
            "  reads no env.cfg key (beyond loading and checking them all)"
        );
    } else {
        let _ = writeln!(out, "  reads (after loading and checking every key):");
        let width = e.reads.iter().map(|r| r.key.len()).max().unwrap_or(0);
        for r in &e.reads {
            let (value, at) = match (&r.value, r.line) {
                (Some(v), Some(line)) => (v.clone(), format!("{}:{line}", r.file)),
                _ => ("(not set: its default applies)".to_owned(), r.file.clone()),
            };
            let _ = writeln!(out, "    {:<width$}  {value}  # {at}", r.key);
        }
    }
    let verdict = if e.pending {
        "pending: running it would change something (or fail)"
    } else {
        "nothing to do: every step is ok"
    };
    let _ = writeln!(out, "  {verdict}");
    out
}
