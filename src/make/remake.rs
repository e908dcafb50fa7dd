//! Remaking makefiles before the goals (GNU make manual 3.5, "How Makefiles Are Remade"):
//! missing `include`d files that a rule can make, and makefiles older than their
//! prerequisites; afterwards everything is read again.

use std::io::Write;

use super::eval::Evaluator;
use super::messages::{Fatal, Location, MakeError};
use super::run::{exec_options, print_data_base, Read};
use super::settings::Settings;

/// Makefiles that have a rule and are older than one of its prerequisites are remade first;
/// `Some(status)` when that happened (0: read everything again).
pub(super) fn remake_makefiles(s: &Settings, curdir: &str, ev: &mut Evaluator) -> Option<i32> {
    let mtime = |n: &str| {
        std::fs::metadata(std::path::Path::new(curdir).join(n))
            .and_then(|m| m.modified())
            .ok()
    };
    let list = ev.raw_value("MAKEFILE_LIST").to_owned();
    let stale: Vec<String> = crate::make::func::words(&list)
        .filter(|n| {
            let Some(rule) = ev.db.file(n).and_then(|f| f.rule()) else {
                return false;
            };
            if rule.recipe.is_none() {
                return false;
            }
            let own = mtime(n);
            rule.prereqs.iter().any(|p| match (mtime(&p.name), own) {
                (Some(pt), Some(t)) => pt > t,
                _ => false,
            })
        })
        .map(str::to_owned)
        .collect();
    if stale.is_empty() {
        return None;
    }
    let db = std::mem::take(&mut ev.db);
    let s = for_makefiles(s, ev, &stale);
    let (status, graph) =
        super::exec::run_keeping_graph(&db, ev, makefile_options(&s, curdir), &stale, None);
    // GNU prints the data base before it re-executes itself (or stops).
    print_data_base(&s, ev, &db, Some(&graph));
    ev.db = db;
    Some(status)
}

/// The engine's options for remaking makefiles.
fn makefile_options(s: &Settings, curdir: &str) -> super::exec::ExecOptions {
    super::exec::ExecOptions {
        makefiles: true,
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
        let (mut flags, mflags) = render(&s.gnu);
        if !ev.raw_value("MAKEOVERRIDES").is_empty() {
            flags.push_str(" -- $(MAKEOVERRIDES)");
        }
        ev.set_makeflags(&flags, &mflags);
    }
    s
}

/// Puts back the `MAKEFLAGS` of the run after the makefiles' phase.
fn restore_makeflags(s: &Settings, ev: &mut Evaluator) {
    let mut full = s.makeflags.clone();
    if !ev.raw_value("MAKEOVERRIDES").is_empty() {
        full.push_str(" -- $(MAKEOVERRIDES)");
    }
    ev.set_makeflags(&full, &s.mflags);
}

/// GNU make records every makefile's time before remaking them, newest-read first, and so
/// warns about the last-read makefile that is in the future.
pub(super) fn warn_future_makefiles(p: &str, curdir: &str, list: &str) {
    let names: Vec<&str> = crate::make::func::words(list).collect();
    for n in names.iter().rev() {
        let t = std::fs::metadata(std::path::Path::new(curdir).join(n)).and_then(|m| m.modified());
        if let Some(w) = t.ok().and_then(|t| super::plan::skew::check(p, n, t)) {
            super::exec::report_err(&w);
        }
    }
}

/// Whether some rule could make `name`: its own rule with a recipe, or a user pattern rule
/// (not a match-anything one) whose target pattern matches.
pub(super) fn has_recipe(ev: &Evaluator, name: &str) -> bool {
    if ev
        .db
        .file(name)
        .is_some_and(crate::make::rule::File::has_recipe)
    {
        return true;
    }
    ev.db.pattern_rules().iter().any(|p| {
        p.recipe.is_some()
            && p.loc.line > 0
            && !p.is_match_anything()
            && p.targets
                .iter()
                .any(|t| crate::make::rule::pattern::matches_target(t, name))
    })
}

/// Missing makefiles with a rule are remade (then everything is read again); the others are
/// reported as GNU make does.
pub(super) fn remake_missing(
    s: &Settings,
    curdir: &str,
    mut ev: Evaluator,
    missing: &[(String, Option<Location>)],
    optional: &[String],
) -> Read {
    let prog = &s.program;
    let (remakable, hopeless): (Vec<_>, Vec<_>) =
        missing.iter().partition(|(n, _)| has_recipe(&ev, n));
    // GNU make tries the makefiles last-read first and stops at the first it cannot make.
    if let Some((name, at)) = hopeless.last() {
        super::directory_lines::start();
        let _ = std::io::stdout().flush();
        let text = super::messages::include_missing(name);
        match at {
            Some(l) => eprintln!("{l}: {text}"),
            None => eprintln!("{prog}: {text}"),
        }
        eprintln!(
            "{}",
            MakeError::new(Fatal::NoRule(name.clone()), None).render(prog)
        );
        return Read::Exit(crate::exit::ERROR);
    }
    // GNU make goes through the makefiles last-read first.
    let goals: Vec<String> = remakable.iter().rev().map(|(n, _)| n.clone()).collect();
    let optional: Vec<String> = optional
        .iter()
        .rev()
        .filter(|n| has_recipe(&ev, n))
        .cloned()
        .collect();
    let db = std::mem::take(&mut ev.db);
    let mut graph = None;
    let all: Vec<String> = goals.iter().chain(optional.iter()).cloned().collect();
    let outer = s;
    let s = &for_makefiles(s, &mut ev, &all);
    if !optional.is_empty() {
        // A `-include`d makefile that cannot be made is not an error.
        let opts = super::exec::ExecOptions {
            dont_care: true,
            ..makefile_options(s, curdir)
        };
        graph = Some(super::exec::run_keeping_graph(&db, &mut ev, opts, &optional, None).1);
    }
    if !goals.is_empty() {
        let opts = makefile_options(s, curdir);
        let (status, g) = super::exec::run_keeping_graph(&db, &mut ev, opts, &goals, None);
        if status != 0 {
            print_data_base(s, &mut ev, &db, Some(&g));
            return Read::Exit(status);
        }
        graph = Some(g);
    }
    let made_any = optional
        .iter()
        .chain(goals.iter())
        .any(|n| std::path::Path::new(curdir).join(n).exists());
    if made_any {
        // GNU prints the data base before it re-executes itself.
        print_data_base(s, &mut ev, &db, graph.as_ref());
        Read::Again
    } else {
        restore_makeflags(outer, &mut ev);
        Read::Done(
            Box::new(ev_with_db(ev, db)),
            Box::new(outer.clone()),
            graph.map(Box::new),
        )
    }
}

fn ev_with_db(mut ev: Evaluator, db: super::rule::Database) -> Evaluator {
    ev.db = db;
    ev
}
