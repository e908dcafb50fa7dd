//! `restart-post-docker`: restart the post-docker unit and watch it load or build every image
//! of `IMAGE_NAME_LIST`, with a line per image as its success line appears, until its success
//! lines (see [`crate::onboarding::post_docker`]), a failure (the last journal lines shown),
//! or the time limit (`--timeout`, default 30 minutes). Only lines logged after the restart
//! count: the journal's cursor is taken before it and followed from there. With
//! `IS_SYSTEMD=no` the script `/etc/xspot/post-docker.sh` is run directly (only when
//! [`crate::adapters::trusted_script`] accepts it) and its output read the same way.
//!
//! A restart is not a change to journal and replay: run twice, it restarts the unit twice,
//! and it is only worth anything while someone watches it. So the one step has no actions:
//! under `-n`/`-q` it reports `changed` with the commands it would run (as notes), and on a
//! real run it does the work itself, under the tree's lock, and reports the result. A run
//! killed while waiting leaves nothing to resume; run it again to restart again.

use std::time::{Duration, Instant};

use camino::Utf8PathBuf;

use crate::adapters::line_stream::Next;
use crate::adapters::services::{Entry, Systemd};
use crate::adapters::trusted_script;
use crate::diag::redact;
use crate::onboarding::dispatch::Format;
use crate::onboarding::post_docker::{show_duration, Event, Watch};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

/// The unit (the only one this target restarts).
pub const UNIT: &str = "post-docker.service";
/// The script the unit runs (its `ExecStart`), run directly when `IS_SYSTEMD=no`.
pub const SCRIPT: &str = "/etc/xspot/post-docker.sh";
/// How often the unit's state is asked while waiting.
const POLL: Duration = Duration::from_secs(2);

pub fn target() -> Target {
    Target {
        name: "restart-post-docker",
        preconditions,
        shared_locks: |_| Vec::new(),
        read_only: false,
        overwrites: None,
        steps: vec![Step {
            name: "post-docker",
            plan,
            bounds: |_| Vec::new(),
            rules: crate::onboarding::rules::none,
        }],
    }
}

fn preconditions(cx: &Ctx) -> Result<(), String> {
    if cx.site.is_systemd {
        Systemd::find()
            .map(|_| ())
            .map_err(|e| format!("{e}; nothing was changed"))
    } else {
        script(cx).map(|_| ())
    }
}

/// The script's path under the root prefix, when it may be run.
fn script(cx: &Ctx) -> Result<Utf8PathBuf, String> {
    let refuse =
        |why: String| format!("refusing to run {SCRIPT} (IS_SYSTEMD=no): {why}; nothing was run");
    let path = cx.path(SCRIPT);
    trusted_script::check(&path).map_err(|why| refuse(cx.root.display(why).to_string()))?;
    cx.root.confine(SCRIPT).map_err(|e| refuse(e.to_string()))?;
    Ok(path)
}

fn plan(cx: &Ctx) -> Outcome {
    let watch = Watch::new(&cx.site.image_names);
    let limit = show_duration(cx.options.wait_timeout);
    let images = watch.names().join(", ");
    if !cx.options.mode.applies() {
        let (detail, commands) = if cx.site.is_systemd {
            let sd = Systemd::find_or_names();
            (
                format!("restart {UNIT} and wait up to {limit} for its success lines ({images})"),
                vec![
                    format!(
                        "{} (the cursor before the restart)",
                        sd.cursor_command(UNIT).line()
                    ),
                    sd.restart_command(UNIT).line(),
                    sd.follow_command(UNIT, Some("<cursor>")).line(),
                    format!(
                        "systemctl show -p ActiveState --value {UNIT} (every {}s)",
                        POLL.as_secs()
                    ),
                ],
            )
        } else {
            (
                format!("run {SCRIPT} (IS_SYSTEMD=no) and wait up to {limit} for its success lines ({images})"),
                vec![SCRIPT.to_owned()],
            )
        };
        let mut outcome = Outcome::changed(detail, Vec::new());
        outcome.notes = commands
            .into_iter()
            .map(|c| format!("would run: {c}"))
            .collect();
        return outcome;
    }
    let run = Run::new(cx, watch);
    if cx.site.is_systemd {
        run.unit()
    } else {
        match script(cx) {
            Ok(path) => run.script(&path),
            Err(why) => Outcome::failed(why),
        }
    }
}

/// One real run: the watch, the clock, and where progress goes.
struct Run<'a> {
    cx: &'a Ctx<'a>,
    watch: Watch,
    started: Instant,
    deadline: Instant,
}

impl<'a> Run<'a> {
    fn new(cx: &'a Ctx<'a>, watch: Watch) -> Self {
        let started = Instant::now();
        Self {
            cx,
            watch,
            started,
            deadline: started + cx.options.wait_timeout,
        }
    }

    /// A progress line, in text mode only (stdout holds the JSON document otherwise).
    fn say(&self, text: &str) {
        let opts = self.cx.options;
        if opts.format == Format::Text && opts.mode.applies() {
            crate::stdio::out(&format!("             {}\n", redact::clean(text)));
        }
    }

    /// Reads one line; `Some` when it decides the run.
    fn line(&mut self, line: &str) -> Option<Result<(), String>> {
        match self.watch.line(line)? {
            Event::Image { name, done, total } => {
                self.say(&format!("[{done}/{total}] {name}: SUCCESS"));
                None
            }
            Event::Finished | Event::Started => None,
            Event::Failure(line) => Some(Err(line)),
        }
    }

    fn elapsed(&self) -> String {
        format!("{}s", self.started.elapsed().as_secs())
    }

    fn success(&self, what: &str) -> Outcome {
        let (done, _) = self.watch.progress();
        Outcome::changed(
            format!(
                "{what}: {done} image(s) ready ({}), post-docker.sh finished, in {}",
                self.watch.names().join(", "),
                self.elapsed()
            ),
            Vec::new(),
        )
    }

    fn failure(&self, detail: String) -> Outcome {
        let mut outcome = Outcome::failed(detail);
        let last = self.watch.last_lines();
        if last.is_empty() {
            outcome
                .notes
                .push("nothing was logged after the restart".to_owned());
        } else {
            outcome.notes.push(format!(
                "the last {} line(s) logged since the restart:",
                last.len()
            ));
            outcome
                .notes
                .extend(last.into_iter().map(|l| format!("  {l}")));
        }
        outcome
    }

    fn waiting_for(&self) -> String {
        let (done, total) = self.watch.progress();
        let missing = self.watch.missing();
        if missing.is_empty() {
            format!("{done} of {total} image(s) done, waiting for `post-docker.sh: Finished.`")
        } else {
            format!(
                "{done} of {total} image(s) done, waiting for {}",
                missing.join(", ")
            )
        }
    }

    /// systemd: the cursor, the restart, then the journal after the cursor.
    fn unit(mut self) -> Outcome {
        let sd = match Systemd::find() {
            Ok(sd) => sd,
            Err(e) => return Outcome::failed(format!("{e}; nothing was changed")),
        };
        let cursor = match sd.cursor(UNIT) {
            Ok(cursor) => cursor,
            Err(e) => {
                return Outcome::failed(format!(
                    "cannot read {UNIT}'s journal: {e}; nothing was changed"
                ))
            }
        };
        let mut journal = match sd.follow(UNIT, cursor.as_deref()) {
            Ok(stream) => stream,
            Err(e) => {
                return Outcome::failed(format!(
                    "cannot follow {UNIT}'s journal: {e}; nothing was changed"
                ))
            }
        };
        if let Err(e) = sd.restart(UNIT) {
            return Outcome::failed(format!("restarting {UNIT} failed: {e}"));
        }
        self.say(&format!(
            "restarted {UNIT}; following its journal (up to {})",
            show_duration(self.cx.options.wait_timeout)
        ));
        let mut next_poll = Instant::now() + POLL;
        loop {
            match journal.next(self.deadline.min(next_poll)) {
                Next::Line(json) => {
                    let Ok(entry) = Entry::parse(&json) else {
                        continue;
                    };
                    match self.line(&entry.display()) {
                        Some(Err(line)) => return self.failure(format!("{UNIT} failed: {line}")),
                        Some(Ok(())) => {}
                        None if self.watch.finished_all() && self.watch.started() => {
                            return self.success(&format!("restarted {UNIT}"));
                        }
                        None => {}
                    }
                }
                Next::Ended(code) => {
                    let how = code
                        .map_or_else(|| "ended".to_owned(), |c| format!("exited with status {c}"));
                    return self.failure(format!(
                        "journalctl stopped following {UNIT} ({how}); {}",
                        self.waiting_for()
                    ));
                }
                Next::Timeout if Instant::now() >= self.deadline => {
                    let state = sd
                        .active_state(UNIT)
                        .unwrap_or_else(|e| format!("in an unknown state ({e})"));
                    return self.failure(format!(
                        "gave up after the time limit of {} (--timeout): {UNIT} is {state}, {}; it was left running",
                        show_duration(self.cx.options.wait_timeout),
                        self.waiting_for()
                    ));
                }
                Next::Timeout => {
                    next_poll = Instant::now() + POLL;
                    if let Some(outcome) = self.poll(&sd) {
                        return outcome;
                    }
                }
            }
        }
    }

    /// The unit's state, asked between lines: `failed` (once the restart has logged
    /// something, so a failure from before it is not taken for this one), or `active` after
    /// every success line.
    fn poll(&self, sd: &Systemd) -> Option<Outcome> {
        let state = sd.active_state(UNIT).ok()?;
        if state == "failed" && self.watch.seen > 0 {
            return Some(self.failure(format!(
                "{UNIT} entered the failed state; {}",
                self.waiting_for()
            )));
        }
        if state == "active" && self.watch.finished_all() {
            return Some(self.success(&format!("restarted {UNIT}")));
        }
        None
    }

    /// IS_SYSTEMD=no: the script, run directly, read line by line.
    fn script(mut self, path: &Utf8PathBuf) -> Outcome {
        let shown = self.cx.root.display(path).to_string();
        let mut run = match trusted_script::start(path) {
            Ok(stream) => stream,
            Err(e) => return Outcome::failed(format!("cannot run {shown}: {e}")),
        };
        self.say(&format!(
            "running {shown} (IS_SYSTEMD=no; up to {})",
            show_duration(self.cx.options.wait_timeout)
        ));
        loop {
            match run.next(self.deadline) {
                Next::Line(line) => {
                    if let Some(Err(line)) = self.line(&line) {
                        return self.failure(format!("{shown} failed: {line}; it was stopped"));
                    }
                }
                Next::Ended(Some(0)) if self.watch.finished_all() => {
                    return self.success(&format!("ran {shown}"));
                }
                Next::Ended(code) => {
                    let how = code.map_or_else(
                        || "was killed by a signal".to_owned(),
                        |c| format!("exited with status {c}"),
                    );
                    return self.failure(format!("{shown} {how}; {}", self.waiting_for()));
                }
                Next::Timeout => {
                    return self.failure(format!(
                        "gave up after the time limit of {} (--timeout): {}; {shown} was stopped",
                        show_duration(self.cx.options.wait_timeout),
                        self.waiting_for()
                    ));
                }
            }
        }
    }
}
