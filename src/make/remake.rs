//! Remaking makefiles before the goals (GNU make manual 3.5, "How Makefiles Are Remade"):
//! every makefile read or looked for is a goal, newest-read first; when one changed,
//! everything is read again.

use super::eval::Evaluator;
use super::eval::ReadFile;
use super::exec::{MakefileGoal, MakefileResult};
use super::read_times::{now as mtime, ReadTimes};
use super::run::{exec_options, print_data_base, Read};
use super::settings::Settings;

/// The engine's options for remaking makefiles.
fn makefile_options(s: &Settings, curdir: &str) -> super::exec::ExecOptions {
    super::exec::ExecOptions {
        makefiles: true,
        debug: super::run::debug_level(s).for_makefiles(),
        ..exec_options(s, curdir)
    }
}

/// GNU make remakes makefiles for real under `-n`, `-q` and `-t` (manual 3.5), unless one is
/// also a goal; meanwhile `MAKEFLAGS` leaves those flags out. The settings for that phase.
fn for_makefiles(s: &Settings, ev: &mut Evaluator, makefiles: &[String]) -> Settings {
    let g = &s.gnu;
    let is_goal = s.goals.iter().any(|goal| makefiles.contains(goal));
    if !(g.just_print || g.question || g.touch) || is_goal {
        return s.clone();
    }
    let mut s = s.clone();
    s.gnu.just_print = false;
    s.gnu.question = false;
    s.gnu.touch = false;
    if let Some(render) = s.render_flags {
        let (flags, mflags) = render(&s.gnu);
        super::run::set_makeflags_with_overrides(ev, &flags, &mflags);
    }
    s
}

/// Whether the makefiles' phase ran with other `-n`/`-q`/`-t` flags than the run.
fn flags_changed(s: &Settings, ms: &Settings) -> bool {
    (s.gnu.just_print, s.gnu.question, s.gnu.touch)
        != (ms.gnu.just_print, ms.gnu.question, ms.gnu.touch)
}

/// GNU make records every makefile's time before remaking them, newest-read first, and so
/// warns about the last-read makefile that is in the future.
/// (The times read are kept in `times` for the remaking that follows.)
pub(super) fn warn_future_makefiles(p: &str, times: &mut ReadTimes, list: &str) {
    let names: Vec<&str> = crate::make::func::words(list).collect();
    for n in names.iter().rev() {
        if let Some(w) = times.get(n).and_then(|t| super::plan::skew::check(p, n, t)) {
            super::exec::report_err(&w);
        }
    }
}

/// A makefile that is a `::` target with a recipe and no prerequisites would always be
/// remade (an endless loop): GNU does not try it.
fn might_loop(ev: &Evaluator, name: &str) -> bool {
    ev.db.file(name).is_some_and(|f| {
        f.colon == super::rule::Colon::Double
            && f.rules
                .iter()
                .any(|r| r.prereqs.is_empty() && r.recipe.is_some())
    })
}

/// The goal for one makefile: a missing `include`d (or `-f`) one names where it came from
/// when it cannot be made. `first` is the newest entry for the same name: GNU names its
/// line, even when that was a `-include`.
fn goal_of(
    prog: &str,
    r: &ReadFile,
    first: &ReadFile,
    time: Option<std::time::SystemTime>,
) -> MakefileGoal {
    let error = (time.is_none() && !r.dont_care).then(|| {
        let text = super::messages::include_missing(&r.name);
        match &first.at {
            Some(l) if first.included => format!("{l}: {text}"),
            _ => format!("{prog}: {text}"),
        }
    });
    MakefileGoal {
        name: r.name.clone(),
        dont_care: r.dont_care,
        error,
        time,
    }
}

/// `--explain` remakes no makefile (that would run its recipe): a required makefile that
/// does not exist stops it with GNU's message for it, and a note on why. `None` when every
/// required makefile was read.
pub(super) fn missing_for_explain(s: &Settings, curdir: &str, ev: &Evaluator) -> Option<i32> {
    let r = ev
        .read_files
        .iter()
        .find(|r| !r.dont_care && mtime(curdir, &r.name).is_none())?;
    let goal = goal_of(&s.program, r, r, None);
    if let Some(error) = goal.error {
        super::exec::report_err(&error);
    }
    super::exec::report_err(&format!(
        "{}: --explain remakes no makefile, and '{}' does not exist; nothing was run",
        s.program, r.name
    ));
    Some(crate::exit::ERROR)
}

/// Brings every makefile read up to date (GNU's `read_files` chain, newest first): `Again`
/// when one changed, else the evaluator for the run.
/// `times` has the makefiles' times as found after reading (dropped once taken: it holds
/// a name per makefile, thousands with one `.d` file per object).
pub(super) fn remake(
    s: &Settings,
    curdir: &str,
    mut times: ReadTimes,
    mut ev: Evaluator,
    restarts: usize,
) -> Read {
    let chain: Vec<ReadFile> = ev
        .read_files
        .iter()
        .rev()
        .filter(|r| !might_loop(&ev, &r.name))
        .cloned()
        .collect();
    let before: Vec<_> = chain.iter().map(|r| times.get(&r.name)).collect();
    drop(times);
    let mut newest: std::collections::HashMap<&str, &ReadFile> = std::collections::HashMap::new();
    for r in &chain {
        newest.entry(r.name.as_str()).or_insert(r);
    }
    let goals: Vec<MakefileGoal> = chain
        .iter()
        .zip(&before)
        .map(|(r, t)| {
            let first = newest.get(r.name.as_str()).copied().unwrap_or(r);
            goal_of(&s.program, r, first, *t)
        })
        .collect();
    let names: Vec<String> = goals.iter().map(|g| g.name.clone()).collect();
    // GNU says so even when no makefile was found (it then tries to make the default names).
    if super::run::debug_level(s).basic() {
        super::exec::debug::updating_makefiles();
    }
    let db = std::mem::take(&mut ev.db);
    // The flags the makefiles' phase changes in MAKEFLAGS, put back as they were after it.
    let saved: Vec<_> = ["MAKEFLAGS", "MFLAGS", "-*-eval-flags-*-"]
        .into_iter()
        .map(|n| (n, ev.globals.get(n).cloned()))
        .collect();
    let mut ms = for_makefiles(s, &mut ev, &names);
    // After a restart GNU does not apply `-B` to the makefiles again, and marks the `-W`
    // files new only once the makefiles are up to date ("we'll do -W later").
    if restarts > 0 {
        ms.gnu.always_make = false;
        ms.gnu.new_files.clear();
    }
    let listings;
    let (status, results, mut graph) = {
        let mut opts = makefile_options(&ms, curdir);
        opts.makefile_names = super::run::makefile_list(&ev);
        let mut engine = super::exec::Engine::new(&db, &mut ev, opts);
        let (status, results) = engine.update_makefiles(&goals);
        listings = engine.take_listings();
        (status, results, engine.take_phase())
    };
    // Under -k make went on past makefiles it could not remake; GNU names them now.
    for (g, r) in goals.iter().zip(&results) {
        if status == 0 && r.is_some_and(|r| !r.ok) && !g.dont_care {
            super::exec::report_err(&format!(
                "{}: Failed to remake makefile '{}'.",
                s.program, g.name
            ));
            graph.failed = true;
        }
    }
    let phase = graph;
    let graph = &phase.graph;
    if status != 0 {
        print_data_base(&ms, &mut ev, &db, Some(graph));
        return Read::Exit(status);
    }
    let changed = |(i, r): (usize, &Option<MakefileResult>)| {
        r.is_some_and(|r| r.ok && r.started) && mtime(curdir, &names[i]) != before[i]
    };
    let any_changed = results.iter().enumerate().any(changed);
    // Under `-n`/`-q` with a makefile among the goals nothing is read again (it would loop).
    if any_changed && !ms.gnu.just_print && !ms.gnu.question {
        // GNU prints the data base before it re-executes itself.
        print_data_base(&ms, &mut ev, &db, Some(graph));
        return Read::Again;
    }
    if flags_changed(s, &ms) {
        for (name, v) in saved {
            match v {
                Some(v) => ev.globals.set(name, v),
                None => {
                    ev.globals.remove(name);
                }
            }
        }
    }
    ev.db = db;
    // (A `-include`d one no rule makes does not count; one whose rule failed does: GNU
    // then finds it "recently tried and failed" when it is a goal.)
    let has_rule = |i: usize| ev.db.file(&names[i]).is_some_and(|f| f.is_target);
    let acted = results.iter().zip(&before).enumerate().any(|(i, (r, t))| {
        r.is_some_and(|r| r.started || (r.ok && t.is_none()) || (!r.ok && has_rule(i)))
    }) || phase.failed;
    // The run goes on from this phase's files when they matter to it: something was made
    // or tried, make restarted (the makefiles were just remade), or a makefile is a goal.
    // (Otherwise `-p` shows the makefiles from the data base alone, as GNU prints them.)
    let goal = s.goals.iter().any(|g| names.contains(g));
    let phase = (acted || restarts > 0 || goal).then(|| Box::new(phase));
    Read::Done(Box::new(ev), Box::new(s.clone()), phase, listings)
}
