//! `--explain TARGET…`: what would happen and why, without doing anything. Goals that would
//! run natively are explained by `crate::onboarding::explain` (the plan `-n` makes); any
//! other goals by the Makefile engine's dry walk (`crate::make::run::explain`): the
//! prerequisite chain, which files are out of date and why, and the recipe lines that would
//! run. Text, or with `--format=json` one JSON document on stdout. Exit 0 when explained,
//! 2 on bad input (a goal no rule makes: GNU's message).

use serde::Serialize;

use super::native::Bridge;
use super::Invocation;
use crate::make::exec::explained::{render_text, Decision, Outcome};
use crate::onboarding::{dispatch, recipe_guard, Dispatch, Format, NotNative, Options, RunMode};

#[derive(Serialize)]
struct Document<'a> {
    kind: &'static str,
    goals: &'a [String],
    /// Why the goals run from the Makefile's recipes rather than natively.
    why_recipe: String,
    /// Why a real run would refuse to run the Makefile at all (`null` when it would not).
    refused: Option<&'static str>,
    files: &'a [Decision],
    pending: bool,
    status: i32,
}

/// Explains the goals of `inv` with the native `options` already resolved.
pub fn run(inv: &Invocation, mut options: Options) -> i32 {
    options.mode = RunMode::DryRun;
    options.explain = true;
    match dispatch(&inv.make.goals, &options) {
        Dispatch::Ran(status) => status,
        Dispatch::NotNative(why) => recipes(inv, options, &why),
    }
}

/// The Makefile's side: a dry walk, on the engine's big-stack thread.
fn recipes(inv: &Invocation, options: Options, why: &NotNative) -> i32 {
    let json = options.format == Format::Json;
    let refused = refusal(inv, &options);
    let settings = inv.make.clone();
    let bridge = Bridge::new(options);
    let walk = move || {
        let native = bridge
            .as_ref()
            .map(|b| b as &dyn crate::make::native::NativeTargets);
        crate::make::run::explain(&settings, native)
    };
    let saved = if json {
        match crate::stdio::divert_stdout_for_json() {
            Ok(saved) => Some(saved),
            Err(status) => return status,
        }
    } else {
        None
    };
    let (status, decisions) = match std::thread::Builder::new()
        .name("make".into())
        .stack_size(1 << 28)
        .spawn(walk)
    {
        Ok(h) => h.join().unwrap_or((crate::exit::ERROR, Vec::new())),
        Err(_) => (crate::exit::ERROR, Vec::new()),
    };
    crate::stdio::flush_out();
    let pending = decisions.iter().any(|d| d.outcome != Outcome::UpToDate);
    if let Some(saved) = saved {
        let doc = Document {
            kind: "recipe",
            goals: &inv.make.goals,
            why_recipe: why_recipe(why),
            refused,
            files: &decisions,
            pending,
            status,
        };
        let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
        return crate::stdio::write_document(saved, &text, status);
    } else if status == crate::exit::SUCCESS {
        crate::stdio::out(&format!(
            "from the Makefile's recipes ({}); nothing runs under --explain:\n",
            why_recipe(why)
        ));
        if let Some(why) = refused {
            crate::stdio::out(&format!("a real run would refuse to start: {why}\n"));
        }
        crate::stdio::out(&render_text(&decisions));
        let verdict = if pending {
            "pending: running it would remake the files above marked out of date\n"
        } else {
            "nothing to do: every file is up to date\n"
        };
        crate::stdio::out(verdict);
    }
    status
}

/// Why the goals are not native, in words.
fn why_recipe(why: &NotNative) -> String {
    match why {
        NotNative::NoGoals => "the default goal".to_owned(),
        NotNative::Disabled => "native mode is off".to_owned(),
        NotNative::NotATree => "not an onboarding tree".to_owned(),
        NotNative::UnknownTarget(t) => format!("'{t}' is not a native target"),
        NotNative::Variables(v) => format!("variables set on the command line: {}", v.join(" ")),
    }
}

/// The checks a real run makes before the Makefile engine (`native::before_recipes`), as
/// words: `--root` cannot confine a recipe; in an onboarding tree the recipes source an
/// env.cfg that must hold no code.
fn refusal(inv: &Invocation, options: &Options) -> Option<&'static str> {
    if inv.xmake.root.is_some() {
        return Some("--root confines native targets only, and a recipe cannot be confined");
    }
    let goals = &inv.make.goals;
    let every_check = !recipe_guard::native_names(goals).is_empty();
    (recipe_guard::applies(&options.dir)
        && recipe_guard::env_cfg_errors(&options.dir, every_check, false).is_some())
    .then_some("conf/env.cfg has errors, and the recipes source it")
}
