//! End-to-end tests of the engine with hand-built databases and a tiny expander (automatic
//! variables and `$(NAME)` from a map), in temporary directories.

use std::collections::HashMap;
use std::path::Path;

use super::*;
use crate::make::rule::{Database, Location, Recipe, RecipeLine, RuleInput, RuleKind};

#[derive(Default)]
struct Mini {
    vars: HashMap<String, String>,
    /// How many recipe environments were asked for.
    envs: usize,
}

impl Expander for Mini {
    fn expand(&mut self, text: &str, scope: &Scope<'_>) -> Result<String, ExpandError> {
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '$' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('$') => out.push('$'),
                Some('(') => {
                    let name: String = chars.by_ref().take_while(|&c| c != ')').collect();
                    if name.starts_with("error ") {
                        return Err(ExpandError {
                            message: format!("Makefile:1: *** {}.  Stop.", &name[6..]),
                        });
                    }
                    let mut v = self.vars.get(&name).cloned().unwrap_or_default();
                    for f in &scope.frames {
                        for tv in f.vars.iter() {
                            if *tv.name == *name {
                                v = tv.value.to_string();
                            }
                        }
                    }
                    out.push_str(&v);
                }
                Some(a) => {
                    if let Some(v) = scope.auto.and_then(|s| s.get(a)) {
                        out.push_str(&v);
                    }
                }
                None => {}
            }
        }
        Ok(out)
    }

    fn value(&mut self, name: &str, _: &Scope<'_>) -> Result<Option<String>, ExpandError> {
        Ok(self.vars.get(name).cloned())
    }

    fn environment(&mut self, _: &Scope<'_>) -> Result<Vec<(String, String)>, ExpandError> {
        self.envs += 1;
        Ok(vec![(
            "PATH".into(),
            std::env::var("PATH").unwrap_or_default(),
        )])
    }
}

fn rule(db: &mut Database, targets: &str, prereqs: &str, lines: &[&str]) {
    let (normal, oo) = prereqs.split_once('|').unwrap_or((prereqs, ""));
    let loc = Location::new("Makefile", 1);
    let recipe = (!lines.is_empty()).then(|| {
        Recipe::new(
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| RecipeLine {
                    text: (*l).to_owned(),
                    loc: Location::new("Makefile", 2 + u32::try_from(i).unwrap()),
                })
                .collect(),
            loc.clone(),
        )
    });
    let words = |s: &str| s.split_whitespace().map(str::to_owned).collect();
    let input = RuleInput {
        targets: words(targets),
        kind: RuleKind::Single,
        prereqs: words(normal),
        order_only: words(oo),
        recipe,
        loc,
        ..RuleInput::default()
    };
    db.add_rule(input).unwrap();
}

struct Dir {
    tmp: tempfile::TempDir,
}

impl Dir {
    fn new() -> Self {
        Self {
            tmp: tempfile::tempdir().unwrap(),
        }
    }
    fn p(&self, name: &str) -> String {
        self.tmp.path().join(name).to_string_lossy().into_owned()
    }
}

fn opts() -> ExecOptions {
    ExecOptions {
        silent: true,
        ..ExecOptions::default()
    }
}

/// The engine reaps with `waitpid(-1)`, so tests that run children must not overlap.
pub(super) static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn go(db: &mut Database, o: ExecOptions, goals: &[&str]) -> i32 {
    go_counting(db, o, goals).0
}

/// [`go`], also returning how many recipe environments the engine asked for.
fn go_counting(db: &mut Database, o: ExecOptions, goals: &[&str]) -> (i32, usize) {
    let _guard = SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    db.finish(true);
    let mut m = Mini::default();
    let goals: Vec<String> = goals.iter().map(|s| (*s).to_owned()).collect();
    let status = run(db, &mut m, o, &goals);
    (status, m.envs)
}

/// The environment is built once per recipe that spawns a command, and never under `-n`
/// or for a recipe of `:` lines (which spawn nothing).
#[test]
fn recipe_environment_only_when_a_command_is_spawned() {
    let d = Dir::new();
    let (a, b, c) = (d.p("a"), d.p("b"), d.p("c"));
    let build = |db: &mut Database| {
        rule(db, "all", &format!("{a} {b} {c}"), &[]);
        rule(db, &a, "", &["true", "touch $@", "true"]);
        rule(db, &b, "", &["touch $@"]);
        rule(db, &c, "", &[":"]);
    };
    let mut db = Database::new(true);
    build(&mut db);
    let dry = ExecOptions {
        dry_run: true,
        ..opts()
    };
    assert_eq!(go_counting(&mut db, dry, &["all"]), (0, 0));
    let mut db = Database::new(true);
    build(&mut db);
    assert_eq!(go_counting(&mut db, opts(), &["all"]), (0, 2));
    assert!(Path::new(&a).exists() && Path::new(&b).exists());
}

#[test]
fn builds_chain_in_order_and_then_is_up_to_date() {
    let d = Dir::new();
    let (a, b, log) = (d.p("a"), d.p("b"), d.p("log"));
    let mut db = Database::new(true);
    rule(&mut db, &a, &b, &[&format!("echo a >> {log}"), "touch $@"]);
    rule(&mut db, &b, "", &[&format!("echo b >> {log}"), "touch $@"]);
    assert_eq!(go(&mut db, opts(), &[]), 0);
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "b\na\n");
    let mut db2 = Database::new(true);
    rule(&mut db2, &a, &b, &[&format!("echo a >> {log}")]);
    rule(&mut db2, &b, "", &[&format!("echo b >> {log}")]);
    assert_eq!(go(&mut db2, opts(), &[]), 0);
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "b\na\n");
}

#[test]
fn failure_exits_2_and_keep_going_builds_the_rest() {
    let d = Dir::new();
    let ok = d.p("ok");
    let mut db = Database::new(true);
    rule(&mut db, "all", &format!("bad {ok}"), &[]);
    rule(&mut db, "bad", "", &["false"]);
    rule(&mut db, &ok, "", &["touch $@"]);
    let o = ExecOptions {
        keep_going: true,
        ..opts()
    };
    assert_eq!(go(&mut db, o, &["all"]), 2);
    assert!(Path::new(&ok).exists());
}

#[test]
fn ignored_errors_continue() {
    let d = Dir::new();
    let t = d.p("t");
    let mut db = Database::new(true);
    rule(&mut db, &t, "", &["-false", "touch $@"]);
    assert_eq!(go(&mut db, opts(), &[]), 0);
    assert!(Path::new(&t).exists());
}

#[test]
fn question_and_dry_run_do_not_run() {
    let d = Dir::new();
    let t = d.p("t");
    let mut db = Database::new(true);
    rule(&mut db, &t, "", &["touch $@"]);
    let o = ExecOptions {
        question: true,
        ..opts()
    };
    assert_eq!(go(&mut db, o, &[]), 1);
    let mut db = Database::new(true);
    rule(&mut db, &t, "", &["touch $@"]);
    let o = ExecOptions {
        dry_run: true,
        ..opts()
    };
    assert_eq!(go(&mut db, o, &[]), 0);
    assert!(!Path::new(&t).exists());
}

#[test]
fn pattern_rule_with_intermediate_is_removed() {
    let d = Dir::new();
    std::fs::write(d.p("q.z"), "z").unwrap();
    let mut db = Database::new(true);
    let x = d.p("%.x");
    let y = d.p("%.y");
    let z = d.p("%.z");
    rule(&mut db, &x, &y, &["cp $< $@"]);
    rule(&mut db, &y, &z, &["cp $< $@"]);
    assert_eq!(go(&mut db, opts(), &[&d.p("q.x")]), 0);
    assert!(Path::new(&d.p("q.x")).exists());
    assert!(!Path::new(&d.p("q.y")).exists());
}

#[test]
fn parallel_jobs_all_finish() {
    // Each recipe marks that it started, then waits (up to 20 s) until three have started:
    // only a build that really runs three jobs at once gets past the first batch. No timing.
    let d = Dir::new();
    let script = d.p("wait3.sh");
    std::fs::write(
        &script,
        "touch \"$1.started\"\nfor i in $(seq 200); do\n  [ $(ls \"$2\"/*.started | wc -l) -ge 3 ] && { touch \"$1\"; exit 0; }\n  sleep 0.1\ndone\nexit 1\n",
    )
    .unwrap();
    let mut db = Database::new(true);
    let names: Vec<String> = (0..6).map(|i| d.p(&format!("f{i}"))).collect();
    rule(&mut db, "all", &names.join(" "), &[]);
    let line = format!("sh {script} $@ {}", d.p(""));
    for n in &names {
        rule(&mut db, n, "", &[line.as_str()]);
    }
    let o = ExecOptions {
        jobs: Some(3),
        ..opts()
    };
    assert_eq!(go(&mut db, o, &["all"]), 0);
    assert!(names.iter().all(|n| Path::new(n).exists()));
}

#[test]
fn expansion_error_stops() {
    let mut db = Database::new(true);
    rule(&mut db, "a", "", &["$(error boom)"]);
    assert_eq!(go(&mut db, opts(), &["a"]), 2);
}

#[test]
fn missing_prerequisite_without_rule_fails() {
    let mut db = Database::new(true);
    rule(&mut db, "a", "nothere", &["true"]);
    assert_eq!(go(&mut db, opts(), &["a"]), 2);
}

/// The makefiles' phase hands its directory listings to the goals' phase (one directory
/// read per process), but not once a recipe finished: it may have created files there.
#[test]
fn listings_go_on_to_the_next_engine_only_while_no_recipe_finished() {
    let d = Dir::new();
    let db = Database::default();
    let file = d.p("made.c");
    for recipe_finished in [false, true] {
        let _ = std::fs::remove_file(&file);
        let mut exp = Mini::default();
        let mut first = Engine::new(&db, &mut exp, opts());
        assert!(!first.file_exists(&file), "read while the file is missing");
        first.recipes_finished.set(recipe_finished);
        let listings = first.take_listings();
        drop(first);
        std::fs::write(&file, "").unwrap();
        let mut exp = Mini::default();
        let mut next = Engine::new(&db, &mut exp, opts());
        next.adopt_listings(listings);
        // Handed on, the listing still answers (as GNU's directory cache would); after a
        // recipe, the next engine reads the directory afresh.
        assert_eq!(next.file_exists(&file), recipe_finished);
    }
}
