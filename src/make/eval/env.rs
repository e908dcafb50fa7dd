//! The variables that exist before any makefile is read (environment, defaults, make's own
//! specials) and the environment a recipe or sub-make receives.

use super::Evaluator;
use crate::make::messages::MakeError;
use crate::make::var::{defaults, Export, Flavor, Origin, Scope, Variable};

/// What [`Evaluator::install_startup`] needs from the command line and the process.
#[derive(Clone, Debug, Default)]
pub struct Startup {
    /// The process environment, in order.
    pub env: Vec<(String, String)>,
    /// `-R`.
    pub no_builtin_variables: bool,
    /// How make was invoked (`MAKE_COMMAND`).
    pub make_command: String,
    /// Goals named on the command line (`MAKECMDGOALS`).
    pub goals: Vec<String>,
    /// This make's level (`MAKELEVEL`, from the environment).
    pub makelevel: u32,
    /// `MAKEFLAGS` as seen while reading makefiles (flags only).
    pub makeflags: String,
    /// `MFLAGS`.
    pub mflags: String,
}

fn valid_env_name(name: &str) -> bool {
    !name.is_empty()
        && name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
        && !name.as_bytes()[0].is_ascii_digit()
}

impl Evaluator {
    /// Defines the startup variables in GNU make's order of precedence.
    pub fn install_startup(&mut self, s: &Startup) {
        // Imported as `environment`; under `-e` a variable becomes `environment override`
        // when something tries to redefine it (variable.c `define_variable_in_set`).
        let env_origin = Origin::Environment;
        for (k, v) in &s.env {
            if matches!(
                k.as_str(),
                "SHELL" | "MAKEFLAGS" | "MFLAGS" | "MAKELEVEL" | "GNUMAKEFLAGS"
            ) {
                continue;
            }
            let mut var = Variable::recursive(v.as_str(), env_origin);
            var.export = Export::Yes;
            self.globals.set(k.as_str(), var);
        }
        let d = |v: &str| Variable::simple(v, Origin::Default);
        let r = |v: &str| Variable::recursive(v, Origin::Default);
        if !s.no_builtin_variables {
            for (k, v) in defaults::BUILTIN {
                self.define_global(k, r(v));
            }
        }
        // GNU defines SUFFIXES even under -R (empty then, as -R implies -r).
        let suffixes = if self.options.no_builtin_rules || s.no_builtin_variables {
            ""
        } else {
            defaults::SUFFIXES
        };
        self.define_global("SUFFIXES", d(suffixes));
        for (k, v) in defaults::AUTOMATIC_DF {
            self.globals
                .set(*k, Variable::recursive(*v, Origin::Automatic));
        }
        self.define_global("MAKE_COMMAND", d(&s.make_command));
        self.define_global("MAKE", r("$(MAKE_COMMAND)"));
        self.define_global("MAKE_VERSION", d("4.3"));
        self.define_global("MAKE_HOST", d("x86_64-pc-linux-gnu"));
        self.define_global(".FEATURES", d(defaults::FEATURES));
        let mut dirs = self.options.include_dirs.clone();
        dirs.extend(defaults::INCLUDE_DIRS.iter().map(|d| (*d).to_owned()));
        self.define_global(".INCLUDE_DIRS", r(&dirs.join(" ")));
        self.define_global(".SHELLFLAGS", d("-c"));
        self.define_global(".RECIPEPREFIX", d(""));
        self.define_global(".LOADED", d(""));
        self.define_global("MAKEFILES", d(""));
        if !s.goals.is_empty() {
            self.define_global("MAKECMDGOALS", d(&s.goals.join(" ")));
        }
        // GNU's SHELL is a simple default, or a recursive makefile variable when the
        // environment had one (it never takes the environment's value).
        let shell = if s.env.iter().any(|(k, _)| k == "SHELL") {
            Variable::recursive("/bin/sh", Origin::File)
        } else {
            Variable::simple("/bin/sh", Origin::Default)
        };
        self.globals.set("SHELL", shell);
        self.globals
            .set("CURDIR", Variable::simple(self.curdir(), Origin::File));
        self.globals
            .set(".DEFAULT_GOAL", Variable::simple("", Origin::File));
        self.globals
            .set("MAKEFILE_LIST", Variable::simple("", Origin::File));
        self.makelevel = s.makelevel;
        self.globals.set(
            "MAKELEVEL",
            Variable::simple(s.makelevel.to_string(), Origin::Environment),
        );
        let mut gmf = Variable::simple("", Origin::Environment);
        gmf.export = Export::No;
        self.globals.set("GNUMAKEFLAGS", gmf);
        self.set_makeflags(&s.makeflags, &s.mflags);
        self.install_terminal_variables();
    }

    /// `MAKE_TERMOUT`/`MAKE_TERMERR`: the terminal name when stdout/stderr is one, exported so
    /// sub-makes and tools know their output is a terminal (GNU make 4.3 `main`).
    fn install_terminal_variables(&mut self) {
        use std::io::IsTerminal;
        for (name, fd, is_tty) in [
            ("MAKE_TERMOUT", 1, std::io::stdout().is_terminal()),
            ("MAKE_TERMERR", 2, std::io::stderr().is_terminal()),
        ] {
            if !is_tty || self.globals.get(name).is_some() {
                continue;
            }
            let tty = std::fs::read_link(format!("/proc/self/fd/{fd}"))
                .map_or_else(|_| "true".to_owned(), |p| p.to_string_lossy().into_owned());
            let mut v = Variable::simple(tty, Origin::Default);
            v.export = Export::Yes;
            self.globals.set(name, v);
        }
    }

    /// Sets `MAKEFLAGS` (origin file) and `MFLAGS` (origin environment).
    pub fn set_makeflags(&mut self, makeflags: &str, mflags: &str) {
        let keep = |ev: &Self, n: &str| ev.globals.get(n).map(|v| v.export);
        let e1 = keep(self, "MAKEFLAGS");
        let e2 = keep(self, "MFLAGS");
        let origin = if self.options.env_overrides {
            Origin::EnvironmentOverride
        } else {
            Origin::File
        };
        let mut v = Variable::recursive(makeflags, origin);
        v.export = e1.unwrap_or_default();
        self.globals.set("MAKEFLAGS", v);
        let mut v = Variable::recursive(mflags, Origin::Environment);
        v.export = e2.unwrap_or_default();
        self.globals.set("MFLAGS", v);
    }

    /// Puts `--jobserver-auth=AUTH` into `MAKEFLAGS` and `MFLAGS` where GNU make has it (after
    /// `--debug`, before `--trace` and the other long flags). For the engine to call once it
    /// has created a jobserver (GNU shows it to recipes, not while makefiles are read).
    pub fn set_jobserver_auth(&mut self, auth: &str) {
        const LATER: &[&str] = &[
            " --trace",
            " --no-print-directory",
            " --warn-undefined-variables",
            " $(-*-eval-flags-*-)",
            " -- ",
        ];
        for name in ["MAKEFLAGS", "MFLAGS"] {
            let Some(v) = self.globals.get_mut(name) else {
                continue;
            };
            // A jobserver of an earlier phase (the makefiles') is replaced.
            if let Some(i) = v.value.find("--jobserver-auth=") {
                let end = v.value[i..].find(' ').map_or(v.value.len(), |e| i + e);
                let start = if i > 0 && v.value.as_bytes()[i - 1] == b' ' {
                    i - 1
                } else {
                    i
                };
                v.value.replace_range(start..end, "");
            }
            let at = LATER
                .iter()
                .filter_map(|m| v.value.find(m))
                .min()
                .unwrap_or(v.value.len());
            let sep = if at == 0 && name == "MFLAGS" { "" } else { " " };
            v.value
                .insert_str(at, &format!("{sep}--jobserver-auth={auth}"));
        }
    }

    /// Whether a variable goes into a recipe's environment. A name that is not a shell
    /// identifier goes only when `export`ed explicitly (variable.c's `exportable` is checked
    /// for `v_default` alone in `target_environment`).
    fn exported(&self, name: &str, var: &Variable) -> bool {
        match var.export {
            Export::Yes => true,
            Export::No => false,
            Export::Default => {
                let wanted = matches!(
                    var.origin,
                    Origin::Environment | Origin::EnvironmentOverride | Origin::CommandLine
                ) || (self.export_all
                    && !matches!(var.origin, Origin::Default | Origin::Automatic));
                valid_env_name(name) && wanted
                    || name == "MAKEFLAGS"
                    || name == "MFLAGS"
                    || name == "MAKELEVEL"
            }
        }
    }

    /// `SHELL` in a recipe's environment, as GNU's `target_environment` passes it: make's
    /// own value when that is exported (given on the command line, or `export`ed; only
    /// `export` when make's environment had a `SHELL`), else the environment's value, if any.
    fn recipe_shell(
        &mut self,
        scope: &Scope,
        original_shell: Option<&str>,
    ) -> Result<Option<String>, MakeError> {
        let var = match scope.find("SHELL") {
            Some((_, v)) => Some(v.clone()),
            None => self.globals.get("SHELL").cloned(),
        };
        // GNU marks a `SHELL` from the environment not exported; only `export SHELL` undoes
        // that, and until then the environment's value is what recipes get.
        // A target-specific `export SHELL = x` exports even a command-line value it cannot set.
        let marked = scope
            .tables()
            .iter()
            .any(|t| t.get("SHELL").is_some_and(|v| v.export == Export::Yes));
        let exported = marked
            || var.is_some_and(|v| match original_shell {
                Some(_) => v.export == Export::Yes,
                None => self.exported("SHELL", &v),
            });
        if exported {
            return Ok(Some(self.expand_var("SHELL", scope)?));
        }
        Ok(original_shell.map(str::to_owned))
    }

    /// The environment for a recipe (or `$(shell)` of a sub-make), as GNU's
    /// `target_environment` builds it: every table of the target's chain, innermost first
    /// (a parent's `private` variables too), then the globals; of each name the first
    /// variable that is exported goes. A target- or pattern-specific variable without
    /// `export`/`unexport` is exported as the global of its name is. `MAKELEVEL` is one
    /// higher; `SHELL` comes from [`Self::recipe_shell`].
    pub fn recipe_env(
        &mut self,
        scope: &Scope,
        original_shell: Option<&str>,
    ) -> Result<Vec<(String, String)>, MakeError> {
        let mut seen: rustc_hash::FxHashSet<String> = rustc_hash::FxHashSet::default();
        let mut picked: Vec<(String, Variable)> = Vec::new();
        for t in scope.tables() {
            for (k, v) in t.iter() {
                if k == "SHELL" || seen.contains(k) {
                    continue;
                }
                let mut v = v.clone();
                if v.export == Export::Default {
                    if let Some(g) = self.globals.get(k) {
                        v.export = g.export;
                    }
                }
                if self.exported(k, &v) {
                    seen.insert(k.to_owned());
                    picked.push((k.to_owned(), v));
                }
            }
        }
        // Only the exported globals are copied (a makefile's long lists, such as every
        // object of the build, are not: that copy per recipe made a build quadratic).
        let globals: Vec<(String, Variable)> = self
            .globals
            .iter()
            .filter(|(k, v)| *k != "SHELL" && !seen.contains(*k) && self.exported(k, v))
            .map(|(k, v)| (k.to_owned(), v.clone()))
            .collect();
        let mut out = Vec::new();
        for (name, var) in picked.into_iter().chain(globals) {
            let value = self.env_value(&name, &var, scope)?;
            out.push((name, value));
        }
        if let Some(shell) = self.recipe_shell(scope, original_shell)? {
            out.push(("SHELL".into(), shell));
        }
        out.sort();
        Ok(out)
    }

    /// The value a variable takes into a recipe's environment: variables from the
    /// environment go back unexpanded, as do simple ones; a recursive one is expanded for
    /// the target (one that appends, by its name from the innermost table on).
    fn env_value(
        &mut self,
        name: &str,
        var: &Variable,
        scope: &Scope,
    ) -> Result<String, MakeError> {
        if name == "MAKELEVEL" {
            return Ok((self.makelevel + 1).to_string());
        }
        let from_env = matches!(
            var.origin,
            Origin::Environment | Origin::EnvironmentOverride
        );
        if from_env || var.flavor == Flavor::Simple {
            return Ok(var.value.clone());
        }
        if var.append {
            // GNU's `variable_append` from the target's innermost table on; where every
            // variable of the name is hidden from the target (a parent's `private` one,
            // a `private` global) it finds nothing, not even the variable itself.
            return match self.lookup(name, scope) {
                Some((depth, v)) => self.expand_marked(name, depth, &v, scope),
                None => Ok(String::new()),
            };
        }
        // GNU reports messages from here at the variable's definition.
        let saved = self.location.clone();
        if var.location.is_some() {
            self.location.clone_from(&var.location);
        }
        // The variable itself: a `private` one, invisible to the recipe's `$(X)`, still
        // reaches its environment.
        let v = self.expand_variable(name, usize::MAX, var, scope);
        self.location = saved;
        v
    }
}
