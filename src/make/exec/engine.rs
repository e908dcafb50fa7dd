//! The engine: walks the graph from the goals like GNU make's `update_goal_chain`, starting
//! recipes as prerequisites finish, reaping children, and printing GNU's messages.
//!
//! Use [`run`] (or [`Engine`] directly when makefiles must be remade first).

use std::collections::HashSet;

use super::job::Job;
use super::jobserver::Jobserver;
use super::report;
use super::{ExecOptions, Expander};
use crate::make::graph::{Graph, NodeId};
use crate::make::native::NativeTargets;
use crate::make::rule::Database;
use rustc_hash::{FxHashMap, FxHashSet};

/// Exit status: success.
pub const EXIT_OK: i32 = 0;
/// Exit status: `-q` found something out of date.
pub const EXIT_QUESTION: i32 = 1;
/// Exit status: an error.
pub const EXIT_ERROR: i32 = 2;

/// Updates `goals` (or the default goal when empty). Returns GNU make's exit status.
/// When there is no goal at all, prints `make: *** No targets.  Stop.`.
pub fn run(db: &Database, exp: &mut dyn Expander, opts: ExecOptions, goals: &[String]) -> i32 {
    run_after(db, exp, opts, goals, None, (None, Listings::default())).0
}

/// [`run`], letting the host run the targets it implements natively (see [`NativeTargets`]),
/// going on from the makefiles' phase when there was one, and returning the graph as the run
/// left it (for `-p`).
pub fn run_after(
    db: &Database,
    exp: &mut dyn Expander,
    opts: ExecOptions,
    goals: &[String],
    native: Option<&dyn NativeTargets>,
    (phase, listings): (Option<super::Phase>, Listings),
) -> (i32, Graph) {
    let mut engine = Engine::new(db, exp, opts);
    engine.native = native;
    if let Some(p) = phase {
        engine.resume(p);
    }
    engine.adopt_listings(listings);
    let goals: Vec<String> = if goals.is_empty() {
        if let Some(g) = db.default_goal() {
            vec![g.to_owned()]
        } else {
            report::err(&format!("{}: *** No targets.  Stop.", engine.opts.program));
            return (EXIT_ERROR, std::mem::take(&mut engine.g));
        }
    } else {
        goals.to_vec()
    };
    let status = engine.update_goals(&goals);
    (status, std::mem::take(&mut engine.g))
}

/// `--explain`: [`run_after`] as a dry walk (`opts.explain`), returning the status and what
/// the walk decided about each file instead of the graph.
pub fn run_explained(
    db: &Database,
    exp: &mut dyn Expander,
    mut opts: ExecOptions,
    goals: &[String],
    native: Option<&dyn NativeTargets>,
) -> (i32, Vec<super::explained::Decision>) {
    opts.explain = true;
    opts.dry_run = true;
    opts.question = false;
    opts.touch = false;
    opts.jobs = None;
    opts.trace = false;
    opts.jobserver_auth = None;
    let mut engine = Engine::new(db, exp, opts);
    engine.native = native;
    let goals: Vec<String> = if goals.is_empty() {
        if let Some(g) = db.default_goal() {
            vec![g.to_owned()]
        } else {
            report::err(&format!("{}: *** No targets.  Stop.", engine.opts.program));
            return (EXIT_ERROR, Vec::new());
        }
    } else {
        goals.to_vec()
    };
    let status = engine.update_goals(&goals);
    let decisions = engine.explained.take().unwrap_or_default().decisions;
    (status, decisions)
}

/// What reading a directory gave (see [`Engine::file_exists`]).
pub(super) enum Listing {
    /// The entries' names: plain ones exist for sure, others (symlinks, entries of
    /// unknown type) need a `stat`.
    Names(super::listing::Entries),
    /// The directory does not exist: nothing inside it does.
    Missing,
    /// It exists but cannot be read: ask `stat`.
    Unreadable,
}

/// Directory listings one engine read, handed to the next (see [`Engine::take_listings`]),
/// with the [`crate::make::fs_epoch`] they were read at.
#[derive(Default)]
pub struct Listings(u64, FxHashMap<String, Listing>);

/// The state of one run.
pub struct Engine<'a> {
    pub(super) db: &'a Database,
    pub(super) exp: &'a mut dyn Expander,
    pub(super) opts: ExecOptions,
    pub(super) g: Graph,
    /// Jobs with a child running.
    pub(super) running: Vec<Job>,
    /// Counts recipe lines started (or printed under `-n`), like GNU's `commands_started`.
    pub(super) commands_started: usize,
    /// Something failed.
    pub(super) failed: bool,
    /// `-q` found something out of date.
    pub(super) question: bool,
    /// A fatal error: start nothing more.
    pub(super) stop: bool,
    pub(super) jobserver: Option<Jobserver>,
    /// Intermediate files this run made (removed at the end).
    pub(super) made_intermediates: Vec<NodeId>,
    /// Files listed in `-o`.
    pub(super) old: HashSet<String>,
    /// Files listed in `-W`.
    pub(super) new: HashSet<String>,
    /// Existence of files asked about by implicit search and `vpath` (like GNU's
    /// directory cache); cleared whenever a recipe finishes.
    pub(super) exists_cache: std::cell::RefCell<FxHashMap<String, bool>>,
    /// Targets to touch once their recursive lines ran (`-t`), with how many times GNU
    /// prints the `touch` line for them.
    pub(super) touch_after: FxHashMap<NodeId, usize>,
    /// The `VPATH` variable's directories when the engine started (see
    /// [`Engine::vpath_var`]).
    pub(super) vpath: std::rc::Rc<[String]>,
    /// Directory listings (see [`Engine::file_exists`]), with the [`fs_epoch`] they were
    /// read at: once xmake may have changed the file system they are read again.
    ///
    /// [`fs_epoch`]: crate::make::fs_epoch
    pub(super) dir_cache: std::cell::RefCell<(u64, FxHashMap<String, Listing>)>,
    /// Some recipe has finished: directory listings may be stale.
    pub(super) recipes_finished: std::cell::Cell<bool>,
    /// Pattern rules indexed for implicit search.
    pub(super) rule_index: crate::make::plan::RuleIndex,
    /// Pattern-specific variables' patterns, split once.
    pub(super) pattern_vars: super::pattern_vars::PatternVars<'a>,
    /// The host's native targets, run instead of their recipes.
    pub(super) native: Option<&'a dyn NativeTargets>,
    /// Printed before the first "No rule to make target" while the current goal is updated
    /// (a missing `include`d makefile: GNU names its `include` line first).
    pub goal_error: Option<String>,
    /// Files that failed while nobody cared (`-include`d makefiles): a later need for one
    /// reports it (GNU's `no_diag`).
    pub(super) no_diag: FxHashSet<NodeId>,
    /// `--explain`: the decisions recorded so far.
    pub(super) explained: Option<super::explained::Explained>,
}

/// The directories of the global `VPATH` variable (split at `:` and blanks).
fn vpath_dirs(exp: &mut dyn Expander) -> std::rc::Rc<[String]> {
    match exp.value("VPATH", &super::Scope::default()) {
        Ok(Some(v)) => v
            .split([':', ' ', '\t'])
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        _ => std::rc::Rc::from([]),
    }
}

impl<'a> Engine<'a> {
    /// A new engine over a finished database.
    pub fn new(db: &'a Database, exp: &'a mut dyn Expander, mut opts: ExecOptions) -> Self {
        let jobserver = Jobserver::setup(&opts);
        if jobserver.is_none() && Jobserver::inherited(&opts) {
            opts.jobs = None;
        }
        if let Some(js) = jobserver.as_ref().filter(|_| !Jobserver::inherited(&opts)) {
            exp.set_jobserver_auth(&js.auth());
        }
        // `-o`/`-W` names are entered as GNU enters file names (`./dep` is `dep`).
        let trim = |n: &String| crate::make::eval::trim_dot_slash(n.clone());
        let old = opts.old_files.iter().map(trim).collect();
        let new = opts.new_files.iter().map(trim).collect();
        let explained = opts.explain.then(super::explained::Explained::default);
        let vpath = vpath_dirs(exp);
        Self {
            db,
            exp,
            opts,
            g: Graph::default(),
            running: Vec::new(),
            commands_started: 0,
            failed: false,
            question: false,
            stop: false,
            jobserver,
            made_intermediates: Vec::new(),
            old,
            new,
            exists_cache: std::cell::RefCell::default(),
            rule_index: crate::make::plan::RuleIndex::new(db),
            pattern_vars: super::pattern_vars::PatternVars::new(db),
            touch_after: FxHashMap::default(),
            vpath,
            dir_cache: std::cell::RefCell::default(),
            recipes_finished: std::cell::Cell::new(false),
            native: None,
            goal_error: None,
            no_diag: FxHashSet::default(),
            explained,
        }
    }

    /// Whether `path` exists, cached until the next recipe finishes. Before any recipe has
    /// run, directories are read once and answered from memory (GNU's directory cache),
    /// which keeps implicit rule search cheap in large directories. Names the listing
    /// decides are not memoized one by one (that would keep every name implicit search ever
    /// tried); only names that needed a `stat` are.
    pub(super) fn file_exists(&self, path: &str) -> bool {
        if !self.recipes_finished.get() {
            if let Some(e) = self.listed(path) {
                return e;
            }
        }
        if let Some(&e) = self.exists_cache.borrow().get(path) {
            return e;
        }
        let e = std::fs::metadata(path).is_ok();
        self.exists_cache.borrow_mut().insert(path.to_owned(), e);
        e
    }

    /// [`Self::file_exists`] as GNU's `file_exists_p` answers it for implicit rule and vpath
    /// search: a directory globbing (or the makefile search) listed keeps that listing for
    /// the run, recipes or not (GNU's directory cache).
    pub(super) fn file_exists_cached(&self, path: &str) -> bool {
        crate::make::glob::listed_exists(path).unwrap_or_else(|| self.file_exists(path))
    }

    /// The directory listings read so far, for the engine that goes on after this one
    /// (the goals' after the makefiles'): GNU keeps one directory cache per process. None
    /// once a recipe has finished, which may have changed the directories.
    pub fn take_listings(&mut self) -> Listings {
        if self.recipes_finished.get() {
            return Listings::default();
        }
        let (epoch, cache) = self.dir_cache.take();
        Listings(epoch, cache)
    }

    /// Starts from the listings an earlier engine read ([`Engine::take_listings`]).
    pub(super) fn adopt_listings(&mut self, listings: Listings) {
        self.dir_cache = std::cell::RefCell::new((listings.0, listings.1));
    }

    /// The `--jobserver-auth=` value children should see, when a jobserver runs.
    pub fn jobserver_auth(&self) -> Option<String> {
        self.jobserver.as_ref().map(Jobserver::auth)
    }

    /// Whether a directory listing read before any recipe finished (and since xmake last
    /// changed anything) says `path` is not there: its time need not be asked for (GNU asks
    /// `stat`, which could only say the same). Not while a child runs: it may be creating
    /// the file.
    pub(super) fn listed_missing(&self, path: &str) -> bool {
        !self.recipes_finished.get() && self.running.is_empty() && self.listed(path) == Some(false)
    }

    /// Answers from a directory listing when the name is a plain entry of a directory.
    /// `None` when the listing cannot decide (it then falls back to `stat`).
    fn listed(&self, path: &str) -> Option<bool> {
        let (dir, base) = match path.rfind('/') {
            Some(i) => (&path[..i], &path[i + 1..]),
            None => (".", path),
        };
        if base.is_empty() || base == "." || base == ".." || dir.is_empty() {
            return None;
        }
        let mut guard = self.dir_cache.borrow_mut();
        let (epoch, cache) = &mut *guard;
        let now = crate::make::fs_epoch::now();
        if *epoch != now {
            // `$(shell)`, `$(file)` or a process started since: read the directories again.
            cache.clear();
            *epoch = now;
        }
        if !cache.contains_key(dir) {
            let listing = match std::fs::read_dir(dir) {
                Ok(rd) => {
                    let mut entries = super::listing::Entries::default();
                    for e in rd.flatten() {
                        let plain = e.file_type().is_ok_and(|t| !t.is_symlink());
                        entries.add(&e.file_name().to_string_lossy(), plain);
                    }
                    entries.shrink();
                    Listing::Names(entries)
                }
                Err(_) if std::path::Path::new(dir).exists() => Listing::Unreadable,
                Err(_) => Listing::Missing,
            };
            cache.insert(dir.to_owned(), listing);
        }
        match cache.get(dir)? {
            // A listed symlink may dangle: let stat decide those.
            Listing::Names(entries) => match entries.kind(base) {
                Some(true) => Some(true),
                Some(false) => None,
                None => Some(false),
            },
            Listing::Missing => Some(false),
            Listing::Unreadable => None,
        }
    }

    /// Updates the goals in order (concurrently under `-j`), then removes intermediate
    /// files. Returns the exit status.
    pub fn update_goals(&mut self, goals: &[String]) -> i32 {
        super::signals::install();
        let ids: Vec<NodeId> = goals.iter().map(|g| self.g.id(g)).collect();
        let mut pending: Vec<(NodeId, usize)> = ids.iter().map(|&i| (i, 0)).collect();
        // Under -k GNU's exit status is that of the first goal not up to date.
        let mut first_bad = None;
        while !pending.is_empty() {
            // A new pass over the goals (GNU's `considered`, for `--debug=v`).
            self.g.pass += 1;
            let mut next = Vec::new();
            for (id, mut started) in pending {
                if self.stop {
                    break;
                }
                let before = self.commands_started;
                let progress = self.update(id, None, 0);
                started += self.commands_started - before;
                match progress {
                    super::walk::Progress::Running => next.push((id, started)),
                    super::walk::Progress::Done(ok) => {
                        if !ok && first_bad.is_none() {
                            first_bad = Some(if self.failed {
                                EXIT_ERROR
                            } else {
                                EXIT_QUESTION
                            });
                        }
                        self.goal_done(id, ok, started);
                    }
                }
                // A `-q` answer ends the goal that met it, but GNU still looks at the
                // remaining goals (and reports their errors).
                if self.question && !self.failed && self.stop {
                    self.stop = false;
                    self.mark_done(id, true);
                }
            }
            pending = next;
            if self.stop {
                break;
            }
            if !pending.is_empty() {
                self.reap_one();
            }
        }
        self.wait_all();
        super::signals::check(self);
        self.remove_intermediates();
        if self.failed {
            if self.opts.keep_going && self.question && first_bad == Some(EXIT_QUESTION) {
                EXIT_QUESTION
            } else {
                EXIT_ERROR
            }
        } else if self.question {
            EXIT_QUESTION
        } else if self.stop {
            EXIT_ERROR
        } else {
            EXIT_OK
        }
    }

    /// `-q` found `id` out of date (a recipe to run): the answer is "not up to date"; stop
    /// unless `-k`. The node remembers the stage (`-p` shows it).
    pub(super) fn raise_question(&mut self, id: NodeId) {
        let node = &mut self.g.nodes[id];
        let stage = node.stage();
        node.set_needs_update(stage);
        self.question = true;
        self.stop = !self.opts.keep_going;
    }

    fn goal_done(&mut self, id: NodeId, ok: bool, started: usize) {
        if !ok && self.question && !self.failed {
            return;
        }
        if !ok {
            self.failed = true;
            if !self.opts.keep_going {
                self.stop = true;
            }
            return;
        }
        let node = &self.g.nodes[id];
        let quiet =
            self.run_silent() || self.opts.question || self.opts.makefiles || self.opts.explain;
        if started == 0 && !quiet && !self.question {
            let has_recipe = !node.phony && node.has_recipe();
            report::out(&report::nothing_to_be_done(
                &self.opts.program,
                node.path(),
                has_recipe,
            ));
        }
    }

    /// Waits for every running child (after an error, GNU says so first).
    pub(super) fn wait_all(&mut self) {
        if !self.running.is_empty() && (self.failed || self.stop) {
            report::err(&report::waiting(&self.opts.program));
        }
        while !self.running.is_empty() {
            self.reap_one();
        }
    }

    /// GNU removes intermediate files it made, printing `rm a b` (unless `-s`).
    /// GNU walks its file table, so the names come in that table's order.
    pub(super) fn remove_intermediates(&mut self) {
        if self.opts.explain {
            return;
        }
        let mut names = Vec::new();
        let made = if self.made_intermediates.len() > 1 {
            let ids = self.made_intermediates.clone();
            self.in_gnu_table_order(&ids)
        } else {
            self.made_intermediates.clone()
        };
        for &id in &made {
            let n = &self.g.nodes[id];
            let f = self.db.file(&n.name);
            let keep = f.is_some_and(|f| f.flags.secondary || f.flags.precious)
                || self.db.globals().secondary_all
                || self
                    .db
                    .globals()
                    .precious_patterns
                    .iter()
                    .any(|p| crate::make::rule::pattern::matches_plain(p, &n.name));
            let named = self.opts.command_goals.iter().any(|g| **g == *n.name);
            if keep || named || self.opts.question || self.opts.touch {
                continue;
            }
            if self.opts.dry_run || std::fs::symlink_metadata(n.path()).is_ok() {
                names.push(n.path().to_owned());
            }
        }
        if names.is_empty() {
            return;
        }
        if self.opts.debug.basic() {
            super::debug::line("Removing intermediate files...");
        }
        if !self.run_silent() {
            report::out(&format!("rm {}", names.join(" ")));
        }
        if self.opts.dry_run {
            return;
        }
        crate::make::fs_epoch::bump();
        for n in &names {
            let _ = std::fs::remove_file(n);
        }
    }
}
