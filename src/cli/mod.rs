//! The command line: GNU make's flags and xmake's own long options resolved into settings,
//! then dispatched to the Makefile engine or to a native onboarding target.

pub mod args;
pub mod complete;
mod env_refs;
mod explain;
pub mod help;
pub mod invocation;
mod json_recipes;
pub mod makeflags;
pub mod man;
pub mod native;
pub mod options;
pub mod suggest;

pub use invocation::{GnuFlags, Invocation, Settings, XmakeOptions};

/// Runs xmake with the process's arguments and returns the exit status: GNU make's
/// `write error: stdout` and status 1 when any output to stdout was lost.
pub fn main() -> i32 {
    crate::stdio::default_sigpipe();
    let argv: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let env: Vec<(String, String)> = std::env::vars_os()
        .map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        })
        .collect();
    let makelevel = env
        .iter()
        .find(|(k, _)| k == "MAKELEVEL")
        .and_then(|(_, v)| v.trim().parse::<u32>().ok())
        .unwrap_or(0);
    let program = program_name(
        &make_command(argv.first().map_or("make", String::as_str)),
        makelevel,
    );
    let status = run(&argv, env);
    crate::stdio::finish(&program, status)
}

fn run(argv: &[String], env: Vec<(String, String)>) -> i32 {
    let inv = match resolve(argv, env) {
        Ok(inv) => inv,
        Err(status) => return status,
    };
    crate::logging::init(inv.xmake.verbose);
    if let Some(text) = &inv.xmake.color {
        match crate::diag::style::Choice::parse(text) {
            Some(choice) => crate::diag::style::set_choice(choice),
            None => {
                crate::stdio::err_line(&format!(
                    "{}: unknown --color '{text}': use auto, always or never",
                    inv.make.program
                ));
                return crate::exit::ERROR;
            }
        }
    }
    if let Some(status) = print_generated(&inv) {
        return status;
    }
    let dump = inv.make.gnu.print_data_base;
    if inv.make.gnu.help {
        crate::stdio::out(&help::help(&inv.make.program));
        if dump {
            crate::make::dump::print_startup(&inv.make.env);
        }
        return crate::exit::SUCCESS;
    }
    if inv.make.gnu.version {
        // Under -p the version is the data base's banner (GNU prints it once, as comments).
        if dump {
            crate::make::dump::print_startup(&inv.make.env);
        } else {
            crate::stdio::out(crate::make::messages::VERSION);
        }
        return crate::exit::SUCCESS;
    }

    match native::try_run(&inv) {
        native::Next::Exit(status) => status,
        native::Next::Makefile(bridge) if inv.xmake.format.as_deref() == Some("json") => {
            json_recipes::run(&inv.make.goals.clone(), || {
                run_with_big_stack(inv.make, bridge)
            })
        }
        native::Next::Makefile(bridge) => run_with_big_stack(inv.make, bridge),
    }
}

/// `--completions SHELL` and `--man`: print what is written from the option table.
fn print_generated(inv: &Invocation) -> Option<i32> {
    if let Some(shell) = &inv.xmake.completions {
        let Some(script) = complete::script(shell) else {
            crate::stdio::err_line(&format!(
                "{}: unknown --completions '{shell}': use {}",
                inv.make.program,
                options::SHELLS.join(", ")
            ));
            return Some(crate::exit::ERROR);
        };
        crate::stdio::out(&script);
        return Some(crate::exit::SUCCESS);
    }
    if inv.xmake.man {
        crate::stdio::out(&man::page());
        return Some(crate::exit::SUCCESS);
    }
    None
}

/// Runs the Makefile engine on a thread with a large stack: deeply nested expansions
/// (`$(call)` recursion) are legitimate in real makefiles.
fn run_with_big_stack(settings: Settings, bridge: Option<native::Bridge>) -> i32 {
    let handle = std::thread::Builder::new()
        .name("make".into())
        .stack_size(1 << 28)
        .spawn(move || {
            let native = bridge
                .as_ref()
                .map(|b| b as &dyn crate::make::native::NativeTargets);
            crate::make::run::run_with(&settings, native)
        });
    match handle {
        Ok(h) => h.join().unwrap_or(crate::exit::ERROR),
        Err(_) => crate::exit::ERROR,
    }
}

/// The basename of argv[0], with `[LEVEL]` in a sub-make, as GNU make names itself.
pub fn program_name(argv0: &str, makelevel: u32) -> String {
    let base = argv0.rsplit('/').next().unwrap_or(argv0);
    let base = if base.is_empty() { "make" } else { base };
    if makelevel > 0 {
        format!("{base}[{makelevel}]")
    } else {
        base.to_owned()
    }
}

/// `MAKE_COMMAND`: argv[0], made absolute when it is a relative path with a slash (so
/// `$(MAKE)` still works after `-C`), as GNU make's `main` does.
fn make_command(argv0: &str) -> String {
    if argv0.starts_with('/') || !argv0.contains('/') {
        return argv0.to_owned();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{argv0}", cwd.display()),
        Err(_) => argv0.to_owned(),
    }
}

/// Resolves argv and the environment into an [`Invocation`]; on a command-line error prints
/// GNU make's message and usage and returns the exit status.
pub fn resolve(argv: &[String], env: Vec<(String, String)>) -> Result<Invocation, i32> {
    let argv0 = make_command(argv.first().map_or("make", String::as_str));
    let get = |k: &str| env.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let makelevel = get("MAKELEVEL")
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(0);
    let program = program_name(&argv0, makelevel);
    let mut words = Vec::new();
    for var in ["GNUMAKEFLAGS", "MAKEFLAGS"] {
        if let Some(v) = get(var) {
            match env_refs::expand(&v, &env) {
                Ok(text) => words.extend(makeflags::parse_env(&text)),
                Err(e) => {
                    crate::stdio::err(&format!(
                        "{program}: {var} in the environment {e}.  Stop.\n"
                    ));
                    return Err(crate::exit::ERROR);
                }
            }
        }
    }
    // Words from MAKEFLAGS after `--` are assignments; keep them out of the goals.
    let (env_words, env_vars) = split_env_words(words);
    let mut all = env_words;
    all.extend(argv.iter().skip(1).cloned());
    let mut parsed = match args::parse(&all) {
        Ok(p) => p,
        Err(e) => {
            // GNU's first line always; on a terminal, close options instead of the usage.
            let rest = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
                suggest::after_first_line(&e, &program)
            } else {
                None
            };
            let rest = rest.unwrap_or_else(|| help::gnu_usage(&program));
            crate::stdio::err(&format!("{program}: {e}\n{rest}"));
            return Err(crate::exit::ERROR);
        }
    };
    let mut variables = env_vars;
    variables.append(&mut parsed.variables);
    if get("XMAKE_NATIVE").is_some_and(|v| v.trim() == "0") {
        parsed.xmake.no_native = true;
    }
    let mut g = parsed.gnu;
    if g.no_builtin_variables {
        g.no_builtin_rules = true;
    }
    // The `-j` on this make's own command line (not from MAKEFLAGS), parsed once.
    let own_jobs = args::parse(&argv[1.min(argv.len())..])
        .ok()
        .and_then(|own| own.gnu.jobs);
    g.jobs_on_command_line = own_jobs.is_some();
    if g.jobserver_auth.is_some() {
        // A `-jN` on this make's own command line wins over the parent's jobserver (GNU
        // 4.3 main.c): warn, then run a jobserver of our own.
        if let Some(jobs) = own_jobs {
            let n = jobs.unwrap_or(0);
            crate::stdio::err_line(&format!(
                "{program}: warning: -j{n} forced in submake: resetting jobserver mode."
            ));
            g.jobserver_auth = None;
            g.jobserver_reset = true;
            g.jobs = Some(jobs);
        }
    }
    if g.jobserver_auth
        .as_deref()
        .is_some_and(|a| !makeflags::jobserver_usable(a))
    {
        g.jobs = Some(Some(1));
    }
    // A sub-make prints directories (and says so in MAKEFLAGS) unless told otherwise.
    if makelevel > 0 && !g.silent && !g.no_print_directory {
        g.print_directory = true;
    }
    let settings = Settings {
        reparse: Some(makeflags::reparse),
        render_flags: Some(makeflags::render),
        overrides: makeflags::overrides(&variables),
        eval_flags: makeflags::eval_flags(&g),
        makeflags_reading: makeflags::makeflags_reading(&g),
        makeflags: makeflags::makeflags(&g, &variables),
        mflags: makeflags::mflags(&g),
        argv0,
        program,
        gnu: g,
        variables,
        goals: parsed.goals,
        makelevel,
        env,
        explain: false,
        suggest_target: Some(suggest::target_line),
        hide_value: Some(crate::make::settings::HideValues {
            config: crate::onboarding::settings::secrets::is_tree_env_cfg,
            secret_name: crate::diag::redact::is_secret_name,
            scrub: |value| crate::diag::redact::scrub(value).into_owned(),
        }),
    };
    Ok(Invocation {
        make: settings,
        xmake: parsed.xmake,
    })
}

fn split_env_words(words: Vec<String>) -> (Vec<String>, Vec<String>) {
    let mut opts = Vec::new();
    let mut vars = Vec::new();
    let mut after = false;
    for w in words {
        if w == "--" {
            after = true;
        } else if (after || !w.starts_with('-')) && crate::make::eval::is_definition(&w) {
            vars.push(w);
        } else if after {
            // GNU ignores a word from the environment that is neither option nor assignment.
        } else {
            opts.push(w);
        }
    }
    (opts, vars)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn program_name_follows_argv0_and_level() {
        assert_eq!(program_name("/usr/local/bin/xmake", 0), "xmake");
        assert_eq!(program_name("make", 2), "make[2]");
    }

    #[test]
    fn makeflags_from_the_environment_come_first() {
        let env = vec![("MAKEFLAGS".to_owned(), "k -- A=1".to_owned())];
        let inv = resolve(&argv("make -s B=2 all"), env).expect("parses");
        assert!(inv.make.gnu.keep_going && inv.make.gnu.silent);
        assert_eq!(inv.make.variables, vec!["A=1", "B=2"]);
        assert_eq!(inv.make.goals, vec!["all"]);
        assert_eq!(inv.make.makeflags, "ks -- B=2 A=1");
        assert_eq!(inv.make.mflags, "-ks");
        assert_eq!(inv.make.makeflags_reading, "ks");
    }

    #[test]
    fn makelevel_names_the_sub_make() {
        let env = vec![("MAKELEVEL".to_owned(), "1".to_owned())];
        let inv = resolve(&argv("make"), env).expect("parses");
        assert_eq!(inv.make.program, "make[1]");
        assert_eq!(inv.make.makelevel, 1);
    }

    #[test]
    fn bad_option_is_status_2() {
        assert_eq!(resolve(&argv("make -Z"), Vec::new()).err(), Some(2));
    }

    #[test]
    fn help_has_two_groups() {
        let h = help::help("make");
        let gnu = h.find("--warn-undefined-variables").expect("GNU group");
        let ours = h.find("xmake options").expect("xmake group");
        assert!(gnu < ours);
        assert!(help::gnu_usage("make").find("xmake options").is_none());
    }
}
