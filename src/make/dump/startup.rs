//! The data base GNU make prints when `-p` meets `-v` or `--help`: make stops before it has
//! read anything, so the dump holds only the environment and the few variables make defines
//! first, no rules and no files.

use super::Dump;
use crate::make::eval::{EvalOptions, Evaluator};
use crate::make::rule::Database;
use crate::make::var::{defaults, Export, Origin, Variable};

/// Prints that dump on stdout; `env` is the process environment.
pub fn print_startup(env: &[(String, String)]) {
    let ev = startup_evaluator(env);
    let db = Database::new(true);
    Dump {
        hide_value: None,
        ev: &ev,
        db: &db,
        graph: None,
        makefiles_graph: None,
        cmd_goals: &[],
        no_builtin_rules: true,
        makefiles: Vec::new(),
        makefiles_checked: false,
        startup: true,
        keep_going: false,
        question: false,
        old_files: Vec::new(),
        vpath_var: String::new(),
        extra_prereqs: Vec::new(),
    }
    .print();
}

/// The variables GNU has defined when it looks at `-v`/`--help`.
fn startup_evaluator(env: &[(String, String)]) -> Evaluator {
    let mut ev = Evaluator::new(EvalOptions::default(), ".");
    for (k, v) in env {
        let mut var = Variable::recursive(v.as_str(), Origin::Environment);
        var.export = Export::Yes;
        ev.globals.set(k.as_str(), var);
    }
    let d = |v: &str| Variable::simple(v, Origin::Default);
    ev.globals.set(".LOADED", d(""));
    ev.globals.set(".SHELLFLAGS", d("-c"));
    ev.globals.set(".RECIPEPREFIX", d(""));
    ev.globals.set(".FEATURES", d(defaults::FEATURES));
    ev.globals
        .set("GNUMAKEFLAGS", Variable::simple("", Origin::Environment));
    ev
}
