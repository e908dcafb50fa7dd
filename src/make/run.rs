//! The GNU-make path (`make::run`): change directory (`-C`), set up the variables, read the
//! makefiles (remaking missing included ones), then hand the database and the evaluator to
//! the engine to update the goals.

use super::directory_lines;
use super::eval::{EvalOptions, Evaluator, Startup};
use super::exec::debug::{self, Debug};
use super::exec::{ExecOptions, OutputSync};
use super::messages::{self, Fatal, MakeError};
use super::native::NativeTargets;
use super::settings::Settings;
use super::var::{Origin, Scope, Variable};

use super::remake::{remake, warn_future_makefiles};

const DEFAULT_MAKEFILES: &[&str] = &["GNUmakefile", "makefile", "Makefile"];

/// How reading the makefiles ended.
pub(super) enum Read {
    /// Reading is complete; the graph is the makefiles' phase's, when one ran, and the
    /// directory listings it read.
    Done(
        Box<Evaluator>,
        Box<Settings>,
        Option<Box<super::exec::Phase>>,
        super::exec::Listings,
    ),
    /// Included makefiles were remade: read everything again.
    Again,
    Exit(i32),
}

/// Runs make with resolved settings; returns the exit status.
pub fn run(s: &Settings) -> i32 {
    run_with(s, None)
}

/// [`run`], with the host's native targets (see [`NativeTargets`]).
pub fn run_with(s: &Settings, native: Option<&dyn NativeTargets>) -> i32 {
    run_into(s, native, None)
}

/// `--explain`: reads the makefiles as [`run_with`] does, sandboxed and remaking none, then
/// walks the goals dry; returns the status (0 when explained, 2 when GNU make would stop)
/// and what the walk decided about each file.
pub fn explain(
    s: &Settings,
    native: Option<&dyn NativeTargets>,
) -> (i32, Vec<super::exec::explained::Decision>) {
    let mut s = s.clone();
    s.explain = true;
    let mut decisions = Vec::new();
    let status = run_into(&s, native, Some(&mut decisions));
    (status, decisions)
}

fn run_into(
    s: &Settings,
    native: Option<&dyn NativeTargets>,
    sink: Option<&mut Vec<super::exec::explained::Decision>>,
) -> i32 {
    let prog = &s.program;
    match Debug::parse(s.gnu.debug_all, &s.gnu.debug) {
        Err(spec) => return fatal(prog, &MakeError::new(Fatal::UnknownDebugLevel(spec), None)),
        Ok(d) if d.basic() => debug::banner(),
        Ok(_) => {}
    }
    if let Some(o) = &s.gnu.output_sync {
        if OutputSync::parse(o).is_none() {
            return fatal(
                prog,
                &MakeError::new(Fatal::UnknownOutputSync(o.clone()), None),
            );
        }
    }
    let started_in =
        std::env::current_dir().map_or_else(|_| ".".into(), |p| p.to_string_lossy().into_owned());
    for d in &s.gnu.directories {
        if let Err(e) = std::env::set_current_dir(d) {
            let why = super::glob::io_error_text(&e);
            // With an explicit `-w` (even if `--no-print-directory` follows), GNU's error
            // comes between the directory lines of where make was started.
            if s.gnu.print_directory {
                let here = &started_in;
                directory_lines::arm(
                    messages::entering(prog, here),
                    messages::leaving(prog, here),
                );
            }
            let status = fatal(prog, &MakeError::new(Fatal::Chdir(d.clone(), why), None));
            directory_lines::finish();
            return status;
        }
    }
    let curdir =
        std::env::current_dir().map_or_else(|_| ".".into(), |p| p.to_string_lossy().into_owned());
    // Under per-line or per-target output sync with parallel jobs, each synced block of the
    // build carries its own directory lines (GNU's output_start/output_dump); reading the
    // makefiles still prints between one pair.
    let print_dir = s.print_directory();
    // Under -p GNU prints these lines as comments.
    let (open, close) = if s.gnu.print_data_base {
        ("# ", "# ")
    } else {
        ("", "")
    };
    if print_dir {
        directory_lines::arm(
            format!("{open}{}", messages::entering(prog, &curdir)),
            format!("{close}{}", messages::leaving(prog, &curdir)),
        );
    }
    let status = run_here(s, &curdir, native, sink);
    directory_lines::finish();
    crate::stdio::flush_out();
    status
}

/// Whether output is synced per line or per target across parallel jobs (`-j` with more
/// than one slot, or an inherited jobserver).
fn syncs_per_block(s: &Settings) -> bool {
    let per_block = matches!(
        s.gnu.output_sync.as_deref().and_then(OutputSync::parse),
        Some(OutputSync::Line | OutputSync::Target)
    );
    let parallel = match s.gnu.jobs {
        None => s.gnu.jobserver_auth.is_some(),
        Some(Some(1)) => false,
        Some(_) => true,
    };
    per_block && parallel
}

fn run_here(
    s: &Settings,
    curdir: &str,
    native: Option<&dyn NativeTargets>,
    sink: Option<&mut Vec<super::exec::explained::Decision>>,
) -> i32 {
    let mut done = None;
    for restarts in 0..8 {
        match read_all(s, curdir, restarts) {
            Read::Done(e, s2, g, l) => {
                done = Some((e, s2, g, l));
                break;
            }
            // GNU make re-executes itself here: a new process, a new clock-skew flag.
            Read::Again => {
                super::plan::skew::reset();
                let level = debug_level(s);
                if level.basic() {
                    let argv: Vec<String> = std::env::args().collect();
                    debug::re_executing(restarts + 1, &argv);
                }
                if level.basic() {
                    debug::banner();
                }
            }
            Read::Exit(status) => return status,
        }
    }
    let Some((mut ev, s, makefiles_graph, listings)) = done else {
        // GNU would re-execute itself forever; say why xmake stops instead.
        let why = "makefiles were remade on 8 passes in a row (one is remade every time)";
        return fatal(&s.program, &MakeError::new(Fatal::Other(why.into()), None));
    };
    let s = s.as_ref();
    let prog = s.program.clone();
    let goals = if s.goals.is_empty() {
        // The variable's value: a simple one (the first target, `:=`) is taken as it is.
        match ev.expand("$(.DEFAULT_GOAL)", &Scope::global()) {
            Ok(g) => {
                // A value naming a known file is that one goal, blanks and all (GNU looks
                // the whole value up first); otherwise it is split into names.
                let goals = if ev.db.file(&g).is_some() {
                    vec![g]
                } else {
                    crate::make::eval::file_names(&g)
                };
                if goals.len() > 1 {
                    return fatal(&prog, &MakeError::new(Fatal::DefaultGoalMultiple, None));
                }
                goals
            }
            Err(e) => return fatal(&prog, &e),
        }
    } else {
        s.goals.iter().map(|g| normalise_goal(g)).collect()
    };
    if goals.is_empty() {
        let why = if ev.raw_value("MAKEFILE_LIST").is_empty() {
            Fatal::NoTargetsNoMakefile
        } else {
            Fatal::NoTargets
        };
        let status = fatal(&prog, &MakeError::new(why, None));
        let db = std::mem::take(&mut ev.db);
        let g = makefiles_graph.as_ref().map(|p| &p.graph);
        dump_with(s, &mut ev, &db, (None, g), true);
        return status;
    }
    let db = std::mem::take(&mut ev.db);
    let mut opts = exec_options(s, curdir);
    opts.makefile_names = makefile_list(&ev);
    if opts.sync_directory.is_some() {
        // Each synced block of the build brings its own directory lines.
        directory_lines::finish();
    } else if matches!(opts.output_sync, OutputSync::Line | OutputSync::Target) {
        // GNU prints what reading printed as one block, between its own directory lines.
        directory_lines::split();
    }
    let phase = makefiles_graph.map(|p| *p);
    let makefile_failed = phase.as_ref().is_some_and(|p| p.failed);
    if opts.debug.basic() {
        debug::updating_goals();
    }
    if let Some(sink) = sink {
        let (status, decisions) =
            super::exec::run_explained(&db, ev.as_mut(), opts, &goals, native);
        *sink = decisions;
        return status;
    }
    let (mut status, graph) =
        super::exec::run_after(&db, ev.as_mut(), opts, &goals, native, (phase, listings));
    if makefile_failed && status == 0 {
        status = crate::exit::ERROR;
    }
    // GNU stops at once after a failure without `-k`, before the clock-skew summary.
    if status != crate::exit::ERROR || s.gnu.keep_going {
        if let Some(w) = super::plan::skew::closing(&prog) {
            super::exec::report_err(&w);
        }
    }
    dump_with(s, &mut ev, &db, (Some(&graph), None), true);
    // Make exits next: freeing every name, rule and variable one by one would cost up to a
    // tenth of a large run (GNU make does not free them either). None of them owns anything
    // but memory.
    std::mem::forget(graph);
    std::mem::forget(db);
    std::mem::forget(ev);
    status
}

/// `-p`: the data base, as GNU prints it when make exits.
pub(super) fn print_data_base(
    s: &Settings,
    ev: &mut Evaluator,
    db: &super::rule::Database,
    graph: Option<&super::graph::Graph>,
) {
    dump_with(s, ev, db, (graph, None), true);
}

/// `-p` after a reading error: no makefile has been checked for remaking yet.
fn print_data_base_while_reading(s: &Settings, ev: &mut Evaluator, db: &super::rule::Database) {
    dump_with(s, ev, db, (None, None), false);
}

/// `graphs`: the run's graph and the makefiles' phase's (files the run did not reach are
/// shown as that phase left them).
fn dump_with(
    s: &Settings,
    ev: &mut Evaluator,
    db: &super::rule::Database,
    graphs: (Option<&super::graph::Graph>, Option<&super::graph::Graph>),
    makefiles_checked: bool,
) {
    if !s.gnu.print_data_base {
        return;
    }
    let raw = ev.raw_value("VPATH").to_owned();
    let vpath_var = ev.expand(&raw, &Scope::global()).unwrap_or_default();
    let raw = ev.raw_value(".EXTRA_PREREQS").to_owned();
    let extra_prereqs = ev
        .expand(&raw, &Scope::global())
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let cmd_goals: Vec<String> = s.goals.iter().map(|g| normalise_goal(g)).collect();
    let dump = super::dump::Dump {
        ev: &*ev,
        db,
        graph: graphs.0,
        makefiles_graph: graphs.1,
        cmd_goals: &cmd_goals,
        no_builtin_rules: s.gnu.no_builtin_rules,
        keep_going: s.gnu.keep_going,
        question: s.gnu.question,
        old_files: s.gnu.old_files.clone(),
        makefiles: super::dump::with_prerequisites(
            super::dump::makefiles_of(ev, s.gnu.makefiles.is_empty()),
            db,
        ),
        makefiles_checked,
        startup: false,
        vpath_var,
        extra_prereqs,
        hide_value: s.hide_value,
    };
    dump.print();
}

/// A goal as a file name: a leading `./` dropped, `~` expanded (as GNU records names).
fn normalise_goal(g: &str) -> String {
    super::eval::trim_dot_slash(super::glob::expand_tilde(g))
}

/// Prints a fatal error and returns status 2.
pub(super) fn fatal(prog: &str, e: &MakeError) -> i32 {
    directory_lines::start();
    crate::stdio::err_line(&e.render(prog));
    crate::exit::ERROR
}

/// The words of `MAKEFILE_LIST` (not expanded: make appends plain names to it).
pub(super) fn makefile_list(ev: &Evaluator) -> Vec<String> {
    super::func::words(ev.raw_value("MAKEFILE_LIST"))
        .map(str::to_owned)
        .collect()
}

pub(super) fn exec_options(s: &Settings, curdir: &str) -> ExecOptions {
    let g = &s.gnu;
    ExecOptions {
        program: s.program.clone(),
        dry_run: g.just_print,
        touch: g.touch,
        question: g.question,
        keep_going: g.keep_going,
        ignore_errors: g.ignore_errors,
        silent: g.silent,
        always_make: g.always_make,
        jobs: match g.jobs {
            None => None,
            Some(None) => Some(0),
            Some(Some(n)) => Some(n as usize),
        },
        output_sync: g
            .output_sync
            .as_deref()
            .and_then(OutputSync::parse)
            .unwrap_or_default(),
        old_files: g.old_files.clone(),
        new_files: g.new_files.clone(),
        check_symlink_times: g.check_symlink_times,
        jobserver_auth: g.jobserver_auth.clone(),
        max_load: g
            .load_average
            .clone()
            .flatten()
            .and_then(|l| l.parse::<f64>().ok()),
        dir: Some(curdir.into()),
        sync_directory: (s.print_directory() && syncs_per_block(s)).then(|| {
            (
                messages::entering(&s.program, curdir),
                messages::leaving(&s.program, curdir),
            )
        }),
        jobserver_reset: g.jobserver_reset,
        trace: g.trace,
        dont_care: false,
        makefiles: false,
        debug: debug_level(s),
        keep_autos: g.print_data_base,
        explain: false,
        suggest: s.suggest_target,
        goal_names: s.goals.clone(),
        makefile_names: Vec::new(),
        command_goals: s.goals.iter().map(|g| normalise_goal(g)).collect(),
    }
}

/// The debug levels asked for (already checked by [`run_with`]).
pub(super) fn debug_level(s: &Settings) -> Debug {
    Debug::parse(s.gnu.debug_all, &s.gnu.debug).unwrap_or_default()
}

/// `MFLAGS` while the makefiles are read: GNU derives it from the reading-time `MAKEFLAGS`
/// (flag letters and argument-less long options, no `--eval`): `ks` gives `-ks`, ` --trace`
/// gives `--trace`. The full value, with `-I`, `-l`, `-O`..., is set once reading is done.
fn reading_mflags(makeflags: &str) -> String {
    // The reference to the `--eval`s comes last and never reaches MFLAGS.
    let makeflags = makeflags
        .find("$(-*-eval-flags-*-)")
        .map_or(makeflags, |i| makeflags[..i].trim_end());
    if makeflags.is_empty() || makeflags.starts_with(' ') {
        makeflags.trim_start().to_owned()
    } else {
        format!("-{makeflags}")
    }
}

/// A fresh evaluator with the startup variables, command-line variables and `--eval`s.
fn prepare(s: &Settings, curdir: &str, restarts: usize) -> Result<Evaluator, MakeError> {
    let g = &s.gnu;
    let options = EvalOptions {
        warn_undefined: g.warn_undefined_variables,
        env_overrides: g.env_overrides,
        program: s.program.clone(),
        include_dirs: g.include_dirs.clone(),
        no_builtin_rules: g.no_builtin_rules,
        sandbox: s.explain,
    };
    let mut ev = Evaluator::new(options, curdir);
    ev.trace_reading = debug_level(s).verbose();
    ev.original_shell = s
        .env
        .iter()
        .find(|(k, _)| k == "SHELL")
        .map(|(_, v)| v.clone());
    ev.install_startup(&Startup {
        env: s.env.clone(),
        no_builtin_variables: g.no_builtin_variables,
        make_command: s.argv0.clone(),
        goals: s.goals.clone(),
        makelevel: s.makelevel,
        makeflags: s.makeflags_reading.clone(),
        mflags: reading_mflags(&s.makeflags_reading),
    });
    for v in &s.variables {
        ev.define_from_command_line(v)?;
    }
    if !s.variables.is_empty() {
        ev.define_global(
            "-*-command-variables-*-",
            Variable::simple(&s.overrides, Origin::Automatic),
        );
        ev.define_global(
            "MAKEOVERRIDES",
            Variable::recursive("${-*-command-variables-*-}", Origin::Environment),
        );
    }
    // GNU remembers MAKE_RESTARTS (its own restarts, or one found in the environment) but
    // never exports it (main.c): a sub-make does not inherit it.
    // Restarts add to an inherited count (GNU reads it with `atoi`).
    let inherited = ev.globals.get("MAKE_RESTARTS").map(|v| v.value.clone());
    let value = if restarts > 0 {
        let base = inherited.as_deref().map_or(0, leading_number);
        Some((base + restarts).to_string())
    } else {
        inherited
    };
    if let Some(value) = value {
        let mut var = Variable::recursive(value, Origin::Environment);
        var.export = crate::make::var::Export::No;
        ev.define_global("MAKE_RESTARTS", var);
        // GNU marks its own variable unexported even where a command-line value hides it
        // (a count given only on the command line is an ordinary, exported variable).
        let from_make = restarts > 0 || s.env.iter().any(|(k, _)| k == "MAKE_RESTARTS");
        if let Some(v) = ev.globals.get_mut("MAKE_RESTARTS").filter(|_| from_make) {
            v.export = crate::make::var::Export::No;
        }
    }
    if !g.evals.is_empty() {
        ev.define_global(
            "-*-eval-flags-*-",
            Variable::simple(&s.eval_flags, Origin::Automatic),
        );
    }
    mark_env_overrides(&mut ev, g.env_overrides);
    ev.read_makefiles_env()?;
    for text in &g.evals {
        ev.set_location(None);
        ev.eval_text(text, "--eval")?;
    }
    Ok(ev)
}

/// GNU's reading of an inherited count: an optional `-` (its "output traced" mark), then
/// `atoi`: the leading digits, 0 when there are none.
fn leading_number(text: &str) -> usize {
    let text = text.strip_prefix('-').unwrap_or(text).trim_start();
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or(0)
}

fn read_all(s: &Settings, curdir: &str, restarts: usize) -> Read {
    let prog = &s.program;
    if debug_level(s).basic() {
        debug::reading_makefiles();
    }
    let mut ev = match prepare(s, curdir, restarts) {
        Ok(ev) => ev,
        Err(e) => return Read::Exit(fatal(prog, &e)),
    };
    // A new reading sees the directories afresh (GNU re-executes itself); looking for a
    // default makefile reads the working directory into GNU's directory cache.
    super::glob::forget_listings(curdir);
    let names: Vec<String> = if s.gnu.makefiles.is_empty() {
        super::glob::remember_listing(std::path::Path::new(curdir));
        DEFAULT_MAKEFILES
            .iter()
            .find(|m| super::glob::is_readable_makefile(&std::path::Path::new(curdir).join(m)))
            .map(|m| vec![(*m).to_owned()])
            .unwrap_or_default()
    } else {
        s.gnu.makefiles.clone()
    };
    for name in &names {
        if ev.trace_reading {
            debug::reading_makefile(name, debug::ReadNotes::default());
        }
        if name != "-" {
            ev.read_files.push(super::eval::ReadFile {
                name: name.clone(),
                included: false,
                dont_care: false,
                at: None,
            });
        }
        let r = if name == "-" {
            read_stdin(&mut ev)
        } else if std::path::Path::new(curdir).join(name).is_dir() {
            Err(MakeError::new(Fatal::IsADirectory(name.clone()), None))
        } else if super::glob::is_readable_makefile(&std::path::Path::new(curdir).join(name)) {
            ev.read_makefile(name)
        } else {
            Ok(())
        };
        if let Err(e) = r {
            let status = fatal(prog, &e);
            // GNU prints the data base as it stands when reading fails.
            let db = std::mem::take(&mut ev.db);
            print_data_base_while_reading(s, &mut ev, &db);
            return Read::Exit(status);
        }
    }
    let s = adopt_makeflags(&mut ev, s);
    if let Err(e) = ev.finish_reading(s.gnu.no_builtin_rules) {
        return Read::Exit(fatal(prog, &e));
    }
    let mut times = super::read_times::ReadTimes::new(curdir);
    for (i, time) in ev.seen_times.take() {
        if let Some(r) = ev.read_files.get(i) {
            times.seed(&r.name, time);
        }
    }
    warn_future_makefiles(prog, &mut times, ev.raw_value("MAKEFILE_LIST"));
    if s.explain {
        // Remaking a makefile would run its recipe: `--explain` runs none.
        if let Some(status) = super::remake::missing_for_explain(&s, curdir, &ev) {
            return Read::Exit(status);
        }
        return Read::Done(
            Box::new(ev),
            Box::new(s),
            None,
            super::exec::Listings::default(),
        );
    }
    remake(&s, curdir, times, ev, restarts)
}

/// Sets `MAKEFLAGS` as recipes see it: `flags`, then ` -- $(MAKEOVERRIDES)` when there are
/// command-line variables; and `MFLAGS`.
pub(super) fn set_makeflags_with_overrides(ev: &mut Evaluator, flags: &str, mflags: &str) {
    let mut full = flags.to_owned();
    if !ev.raw_value("MAKEOVERRIDES").is_empty() {
        full.push_str(" -- $(MAKEOVERRIDES)");
    }
    ev.set_makeflags(&full, mflags);
}

/// Flags a makefile added to `MAKEFLAGS` take effect (GNU re-reads them after reading), and
/// `MAKEFLAGS` becomes what recipes see: flags, then ` -- $(MAKEOVERRIDES)`.
fn adopt_makeflags(ev: &mut Evaluator, s: &Settings) -> Settings {
    let mut s = s.clone();
    let raw = ev.raw_value("MAKEFLAGS").to_owned();
    if raw != s.makeflags_reading {
        if let Some(f) = s.reparse {
            // GNU decodes the expanded value (main.c `decode_env_switches`).
            let value = ev
                .expand(&raw, &crate::make::var::Scope::global())
                .unwrap_or(raw);
            s.gnu = f(&s.gnu, &value);
        }
    }
    // `.IGNORE` without prerequisites is `-i` (GNU sets the flag, so MAKEFLAGS shows it).
    if ev.db.globals().ignore_all {
        s.gnu.ignore_errors = true;
    }
    if let Some(render) = s.render_flags {
        let (flags, mflags) = render(&s.gnu);
        s.mflags = mflags;
        s.makeflags = flags;
    }
    set_makeflags_with_overrides(ev, &s.makeflags, &s.mflags);
    // After reading, GNU empties GNUMAKEFLAGS with origin override (recipes and `-p` see it).
    let mut gmf = Variable::simple("", Origin::Override);
    gmf.export = super::var::Export::No;
    ev.globals.set("GNUMAKEFLAGS", gmf);
    ev.options.env_overrides = s.gnu.env_overrides;
    mark_env_overrides(ev, s.gnu.env_overrides);
    s
}

/// Under `-e` the variables make itself defines from its environment (`MAKELEVEL`,
/// `MFLAGS`, `MAKEOVERRIDES`, and `GNUMAKEFLAGS` while reading) have origin `environment
/// override`, as in GNU make.
fn mark_env_overrides(ev: &mut Evaluator, env_overrides: bool) {
    if !env_overrides {
        return;
    }
    for name in ["MAKELEVEL", "MFLAGS", "MAKEOVERRIDES", "GNUMAKEFLAGS"] {
        if let Some(v) = ev.globals.get_mut(name) {
            if v.origin == Origin::Environment {
                v.origin = Origin::EnvironmentOverride;
            }
        }
    }
}

/// `-f -`: standard input is copied to a temporary file, whose name `MAKEFILE_LIST` shows,
/// as GNU make does.
fn read_stdin(ev: &mut Evaluator) -> Result<(), MakeError> {
    let mut text = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text);
    let name = format!("/tmp/Gm{:06}", std::process::id() % 1_000_000);
    if std::fs::write(&name, &text).is_err() {
        return ev.eval_stdin(&text);
    }
    let r = ev.read_makefile(&name);
    let _ = std::fs::remove_file(&name);
    r
}
