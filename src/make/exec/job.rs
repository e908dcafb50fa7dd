//! A running recipe: its expanded lines, which one runs now, and what happens when a line
//! finishes (next line, ignored error, failure with GNU's message).

use std::rc::Rc;

use super::argv::{command_argv, is_command, Shell};
use super::engine::Engine;
use super::jobserver::add_jobserver;
use super::line::Line;
use super::report;
use super::spawn::{spawn, SpawnSpec};
use super::sync::Capture;
use super::walk::Progress;
use super::{OutputSync, Scope};
use crate::make::graph::{NodeId, NodeState};
use crate::make::rule::Recipe;

/// One recipe run for one target stage.
pub struct Job {
    pub node: NodeId,
    pub lines: Vec<Line>,
    /// Index of the next line to start.
    pub next: usize,
    /// Index of the line whose child runs now.
    pub current: usize,
    pub pid: i32,
    pub recipe: Rc<Recipe>,
    pub shell: String,
    pub flags: String,
    /// The environment of its commands, built when the first one is really spawned (as
    /// GNU's `start_job_command` does, after echoing it): never under `-n`, and once per
    /// recipe, not per line.
    pub env: Option<Vec<(String, String)>>,
    /// The automatic variables the recipe was expanded with (the environment needs them).
    pub auto: super::AutoVars,
    pub capture: Option<Capture>,
    /// Holds a jobserver token (to give back when done).
    pub token: bool,
    /// Started while remaking a makefile nobody minds failing to make (`-include`).
    pub dont_care: bool,
}

impl Job {
    /// Its shell, `.SHELLFLAGS` and whether `.ONESHELL` is on, as [`super::argv`] takes them.
    fn shell(&self, one_shell: bool) -> Shell<'_> {
        (&self.shell, &self.flags, one_shell)
    }
}

impl Engine<'_> {
    /// Expands and starts the recipe of stage `stage` of `id`.
    pub(super) fn start_job(&mut self, id: NodeId, stage: usize) -> Progress {
        let Some(recipe) = self.g.nodes[id].stages[stage].recipe.clone() else {
            return Progress::Done(true);
        };
        let name = self.g.nodes[id].name.clone();
        let path = self.g.nodes[id].path().to_owned();
        // (A file found as another target of the makefiles is that target: see resolve.)
        let renamed = || {
            let target = |n: &str| self.db.file(n).is_some_and(|f| f.is_target);
            target(&path) && !target(&name)
        };
        if *path != *name && !self.in_gpath(&path) && !renamed() {
            // A target found through vpath is remade in the current directory unless its
            // directory is in GPATH (manual 4.5.4).
            self.g.nodes[id].set_path(&name);
        }
        let auto = self.auto_vars(id, stage);
        // GNU sets up a file's variables (applying pattern-specific ones, see
        // `eval/pattern_set.rs`) only for a recipe with some text.
        let frames = if blank_recipe(&recipe) {
            Vec::new()
        } else {
            self.frames(id)
        };
        let scope = Scope {
            auto: Some(&auto),
            frames,
        };
        self.exp.begin_scope(&scope);
        let prepared = self.prepare(&recipe, &scope);
        self.exp.end_scope();
        let (lines, shell, flags) = match prepared {
            Ok(p) => p,
            Err(e) => {
                report::err(&e.message);
                self.stop = true;
                self.failed = true;
                return Progress::Done(false);
            }
        };
        self.g.nodes[id].ran = true;
        // GNU deletes only intermediate files that did not exist before: one that was
        // already there is remade in place and kept.
        let existed = self.g.nodes[id]
            .stamp_before
            .is_some_and(|s| s != crate::make::plan::Stamp::Missing);
        if self.g.nodes[id].intermediate && !existed {
            self.made_intermediates.push(id);
        }
        if self.opts.explain {
            // A dry walk: the lines are recorded, none runs (not even `+`/`$(MAKE)` ones).
            self.explain_recipe(id, stage, &lines);
            self.commands_started += 1;
            return self.job_done(id, true);
        }
        let any_recursive = lines.iter().any(|l| l.recursive);
        self.g.nodes[id].all_recursive = !lines.is_empty() && lines.iter().all(|l| l.recursive);
        let touched_only = self.opts.touch && !any_recursive;
        // After -q found something out of date GNU questions no further recipe.
        let questioned_already = self.opts.question && self.stop;
        if self.opts.keep_autos && !touched_only && !questioned_already && !blank_recipe(&recipe) {
            // GNU sets a file's automatic variables (`-p` shows them) when it runs, prints or
            // questions a recipe with some text, not when it only touches the file.
            self.g.nodes[id].keep_autos(stage, auto.clone());
        }
        // Under -q a recipe whose lines all come to no command asks nothing: GNU counts
        // the target as remade (up to date), whether or not the file exists.
        let nothing_to_ask = || {
            let one_shell = self.db.globals().one_shell;
            (lines.iter()).all(|l| !is_command(&l.text, (&shell, &flags, one_shell)))
        };
        let questioned = self.opts.question && !self.opts.touch && !any_recursive;
        if questioned && self.opts.trace && !blank_recipe(&recipe) {
            // GNU's `new_job` traces before `-q` stops the recipe.
            report::out(&trace_line(&recipe, &name, &auto.newer));
        }
        if questioned && nothing_to_ask() {
            return Progress::Done(true);
        }
        // `-t` asks the recipe as written whether it recurses (a `+` or `$(MAKE)` in the
        // text; GNU's `any_recurse`), `-q` each line as expanded.
        // (Only looked at under -t.)
        let written_recursive = || recipe.lines.iter().any(|l| written_recursive(&l.text));
        if (self.opts.touch && !written_recursive()) || (self.opts.question && !any_recursive) {
            return self.touch_or_question(id);
        }
        if self.opts.touch && lines.iter().any(|l| !l.recursive) {
            // GNU runs the `+`/`$(MAKE)` lines; when other lines exist it then touches the
            // target. It prints `touch` twice when the last line is an ordinary one (its
            // recipe ends once by skipping that line and once more when the last child is
            // reaped; checked against GNU make 4.3).
            let twice = lines.last().is_some_and(|l| !l.recursive);
            self.touch_after.insert(id, if twice { 2 } else { 1 });
        }
        let serial = self.opts.slots() == 1 || self.db.globals().not_parallel;
        let capture = match self.opts.output_sync {
            OutputSync::None => None,
            _ if serial && self.opts.jobs.is_none() => None,
            _ => Capture::new(self.opts.sync_directory.clone()).ok(),
        };
        let mut job = Job {
            node: id,
            lines,
            next: 0,
            current: 0,
            pid: -1,
            recipe,
            shell,
            flags,
            env: None,
            auto,
            capture,
            token: false,
            dont_care: self.opts.dont_care,
        };
        // The other targets the recipe makes: their times before it runs, so a dependent
        // sees them changed only when the recipe moved them (GNU stats them again).
        for a in self.g.nodes[id].stages[stage].also_make.clone() {
            if self.g.nodes[a].stamp_before.is_none() {
                let s = self.stamp(a);
                self.g.nodes[a].stamp_before = Some(s);
            }
        }
        self.acquire_slot(&mut job);
        if self.opts.trace && !blank_recipe(&job.recipe) {
            job.echo(&trace_line(&job.recipe, &name, &job.auto.newer));
        }
        if let Some(ok) = self.advance(job) {
            self.job_done(id, ok)
        } else {
            self.g.nodes[id].state = NodeState::Running;
            let group = self.g.nodes[id].stages[stage].group_id();
            for a in self.g.nodes[id].stages[stage].also_make.clone() {
                // A `&::` member's record is held, not the whole file.
                if self.claim_group_stage(a, group) {
                    continue;
                }
                if self.g.nodes[a].state == NodeState::Idle {
                    self.g.nodes[a].state = NodeState::Running;
                }
            }
            if serial {
                while self.g.nodes[id].state == NodeState::Running {
                    self.reap_one();
                }
                let n = &mut self.g.nodes[id];
                if n.stage_finished {
                    n.stage_finished = false;
                    n.state = NodeState::Visiting;
                    return Progress::Done(true);
                }
                return Progress::Done(n.ok);
            }
            Progress::Running
        }
    }

    pub(super) fn in_gpath(&mut self, path: &str) -> bool {
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        let scope = Scope::default();
        match self.exp.value("GPATH", &scope) {
            Ok(Some(g)) => g
                .split([':', ' ', '\t'])
                .any(|d| !d.is_empty() && d.trim_end_matches('/') == dir),
            _ => false,
        }
    }

    fn prepare(
        &mut self,
        recipe: &Recipe,
        scope: &Scope<'_>,
    ) -> Result<(Vec<Line>, String, String), super::ExpandError> {
        let mut lines = Vec::new();
        // Each line as expanded, prefixes and all (a `.ONESHELL` script for a shell that is
        // not Bourne-compatible keeps them after the first line).
        let mut raw_parts = Vec::new();
        let one_shell = self.db.globals().one_shell;
        for (index, l) in recipe.lines.iter().enumerate() {
            let unexpanded = super::continuation::collapse_in_references(&l.text);
            let text = self.exp.expand(&unexpanded, scope)?;
            let parts = if one_shell {
                vec![text.as_str()]
            } else {
                super::line::split_commands(&text)
            };
            for part in parts {
                raw_parts.push(part.to_owned());
                let mut line = Line::parse(&unexpanded, part);
                line.index = index;
                lines.push(line);
            }
        }
        let shell = self
            .exp
            .value("SHELL", scope)?
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| "/bin/sh".to_owned());
        let default_flags = if self.db.globals().posix { "-ec" } else { "-c" };
        let flags = self
            .exp
            .value(".SHELLFLAGS", scope)?
            .unwrap_or_else(|| default_flags.to_owned());
        if one_shell && !lines.is_empty() {
            let make_reference = recipe
                .lines
                .iter()
                .any(|l| Recipe::line_is_recursive(&l.text));
            let bourne = super::argv::is_bourne_compatible(&shell);
            lines = vec![super::oneshell::merge(
                &lines,
                &raw_parts,
                bourne,
                make_reference,
            )];
        }
        Ok((lines, shell, flags))
    }

    /// The environment of `job`'s commands: exported variables in its target's scope, and
    /// the jobserver's fds when one runs.
    fn job_env(&mut self, job: &Job) -> Result<Vec<(String, String)>, super::ExpandError> {
        let scope = Scope {
            auto: Some(&job.auto),
            frames: self.frames(job.node),
        };
        let mut env = self.exp.environment(&scope)?;
        if let Some(auth) = self.jobserver_auth() {
            add_jobserver(&mut env, &auth);
        }
        Ok(env)
    }

    /// `-t` (which wins over `-q`, as in GNU) or `-q` for a recipe without `+` lines.
    fn touch_or_question(&mut self, id: NodeId) -> Progress {
        if self.opts.question && !self.opts.touch {
            self.raise_question(id);
            // Not up to date: dependents are not remade (GNU's us_question).
            self.mark_done(id, false);
            return Progress::Done(false);
        }
        let n = &self.g.nodes[id];
        if !n.phony {
            if !self.run_silent() {
                report::out(&format!("touch {}", n.name));
            }
            self.commands_started += 1;
            if self.opts.dry_run {
                // `-n` wins over `-t`: the line is printed, nothing is touched.
                self.g.nodes[id].assumed_new = true;
            } else {
                super::touch::touch(&n.name);
                self.g.nodes[id].stamp = None;
                self.exists_cache.borrow_mut().clear();
                self.recipes_finished.set(true);
            }
        }
        Progress::Done(true)
    }

    /// Starts lines until one spawns a child (`None`) or the recipe ends (`Some(ok)`).
    pub(super) fn advance(&mut self, mut job: Job) -> Option<bool> {
        while job.next < job.lines.len() {
            let i = job.next;
            job.next += 1;
            let line = job.lines[i].clone();
            // GNU's start_job_command builds the argument vector first: a line that comes to
            // none is skipped unechoed and uncounted, in every mode.
            let one_shell = self.db.globals().one_shell;
            if !is_command(&line.text, job.shell(one_shell)) {
                continue;
            }
            if self.opts.question && !line.recursive {
                // GNU's -q: recursive lines run; the first other line answers "needs
                // remaking" and ends the recipe.
                self.raise_question(job.node);
                // The answer is "not up to date": dependents are not remade, and there is
                // nothing to touch under `-t` either.
                self.g.nodes[job.node].ok = false;
                self.touch_after.remove(&job.node);
                job.flush();
                self.release_slot(&job);
                if (job.lines[..i].iter()).any(|l| is_command(&l.text, job.shell(one_shell))) {
                    // A recursive line ran before: GNU's reap_child sees the next line
                    // fail to start and deletes the target.
                    self.delete_questioned_target(job.node);
                }
                return Some(true);
            }
            let dry = self.opts.dry_run || self.opts.touch || self.opts.question;
            let run = !dry || line.recursive;
            if self.opts.touch && !line.recursive {
                continue;
            }
            if self.opts.dry_run || self.opts.trace || !(line.silent || self.is_silent(job.node)) {
                job.echo(&line.text);
            }
            self.commands_started += 1;
            if !run {
                continue;
            }
            let Some(argv) = command_argv(&line.text, job.shell(one_shell)) else {
                continue;
            };
            if job.env.is_none() {
                match self.job_env(&job) {
                    Ok(env) => job.env = Some(env),
                    Err(e) => {
                        job.flush();
                        report::err(&e.message);
                        self.stop = true;
                        self.failed = true;
                        self.release_slot(&job);
                        return Some(false);
                    }
                }
            }
            let keep = if line.recursive {
                self.jobserver
                    .as_ref()
                    .map(super::jobserver::Jobserver::fds)
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            // Under -Oline/-Otarget a recursive make syncs its own output: GNU does not
            // capture it (what was captured before goes out first).
            let own_sync = line.recursive
                && matches!(self.opts.output_sync, OutputSync::Line | OutputSync::Target);
            if own_sync {
                job.flush();
            }
            let spec = SpawnSpec {
                argv: &argv,
                env: job.env.as_deref().unwrap_or_default(),
                keep_fds: &keep,
                capture: job
                    .capture
                    .as_ref()
                    .filter(|_| !own_sync)
                    .map(|c| (&c.out, &c.err)),
            };
            match spawn(&spec) {
                Ok(pid) => {
                    if job.pid == -1 && self.opts.debug.jobs() {
                        super::debug::putting_child(&self.g.nodes[job.node].name, pid);
                    }
                    job.pid = pid;
                    job.current = i;
                    self.running.push(job);
                    return None;
                }
                Err(e) => {
                    let msg = super::argv::exec_error(&argv[0], &e);
                    job.echo_err(&format!("{}: {}", self.opts.program, msg));
                    // GNU's child exits 127 when exec fails.
                    if !self.line_failed(&job, i, 127 << 8) {
                        job.flush();
                        return Some(false);
                    }
                }
            }
        }
        job.flush();
        self.release_slot(&job);
        Some(true)
    }

    /// GNU's `run_silent`: `-s`, or `.SILENT` without prerequisites. It silences recipe
    /// echo and make's own "touch", "rm", "Nothing to be done" and ignored-error lines.
    pub(super) fn run_silent(&self) -> bool {
        self.opts.silent || self.db.globals().silent_all
    }

    fn is_silent(&self, id: NodeId) -> bool {
        self.run_silent()
            || self
                .db
                .file(&self.g.nodes[id].name)
                .is_some_and(|f| f.flags.silent)
    }
}

/// A recipe of nothing but blanks and `@ - +` prefixes, as written: GNU's
/// `execute_file_commands` counts it as done without starting a job (so without a
/// `--trace` line, and without setting the file's variables, automatic ones included).
fn blank_recipe(recipe: &Recipe) -> bool {
    recipe.lines.iter().all(|l| {
        l.text
            .chars()
            .all(|c| crate::make::blank::is_space(c) || matches!(c, '@' | '-' | '+'))
    })
}

/// GNU's `--trace` line (job.c, `new_job`): where the recipe is and why it runs.
fn trace_line(recipe: &Recipe, name: &str, newer: &[String]) -> String {
    let loc = recipe
        .lines
        .first()
        .map(|l| &l.loc)
        .or(recipe.rule_loc.as_ref());
    let at = match loc {
        Some(l) if !l.is_builtin() => l.to_string(),
        _ => "<builtin>".to_owned(),
    };
    if newer.is_empty() {
        format!("{at}: target '{name}' does not exist")
    } else {
        format!("{at}: update target '{name}' due to: {}", newer.join(" "))
    }
}

/// A recipe line that recurses as written: `+` among its leading prefix characters, or a
/// `$(MAKE)` reference.
fn written_recursive(text: &str) -> bool {
    text.chars()
        .take_while(|c| matches!(c, '@' | '-' | '+' | ' ' | '\t'))
        .any(|c| c == '+')
        || Recipe::line_is_recursive(text)
}
