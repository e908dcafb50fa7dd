//! `controller` (first install) and `upgrade` (the same on a node with an older release): the
//! packages at env.cfg's versions, the tree's configuration and post-docker assets installed on
//! the node (replaced files saved first), `post-docker.service` enabled (with systemd),
//! changing only what differs. `upgrade` first checks
//! that the node is idle (no running container, no job on this host) and refuses a busy node,
//! listing what runs, unless `--force` (which says what it overrode), and last removes the
//! previous release's images from the engine, each only through the removal guard.

use camino::Utf8Path;

use crate::adapters::engine::Engine;
use crate::adapters::scheduler::{self, SchedulerCall};
use crate::adapters::services::{Systemd, UnitCall};
use crate::onboarding::action::Action;
use crate::onboarding::bounds::{Bound, Kind, Reach};
use crate::onboarding::confirm::{self, Overwrites};
use crate::onboarding::node::{idle, install, old_images, packages};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

/// `controller`: packages and files.
pub fn target() -> Target {
    Target {
        name: "controller",
        overwrites: Some(overwrites),
        preconditions: install_preconditions,
        shared_locks: node_lock,
        read_only: false,
        steps: vec![packages_step(), files_step(), unit_step()],
    }
}

/// `upgrade`: an idle node first, then as `controller`.
pub fn upgrade_target() -> Target {
    Target {
        name: "upgrade",
        overwrites: Some(overwrites),
        preconditions: upgrade_preconditions,
        shared_locks: node_lock,
        read_only: false,
        steps: vec![
            Step {
                name: "drain",
                plan: plan_drain,
                bounds: |cx| {
                    vec![Bound::allowing(
                        Kind::Scheduler,
                        cx.root.dir(),
                        vec![scheduler::short_hostname()],
                    )]
                },
                rules: crate::onboarding::rules::none,
            },
            Step {
                name: "node-idle",
                plan: plan_idle,
                bounds: |_| Vec::new(),
                rules: crate::onboarding::rules::none,
            },
            packages_step(),
            files_step(),
            unit_step(),
            Step {
                name: "old-images",
                plan: plan_old_images,
                bounds: |cx| {
                    let dir = cx.path(&cx.site.image_deploy_dir);
                    vec![Bound::new(Kind::RemoveImage, &dir, Reach::Itself).reading(vec![dir])]
                },
                rules: crate::onboarding::rules::none,
            },
        ],
    }
}

/// `install-xspot-worker`: the worker packages on the scratch worker VM (no node files, no
/// idle check: the VM runs nothing yet).
pub fn worker_target() -> Target {
    Target {
        name: "install-xspot-worker",
        preconditions,
        shared_locks: node_lock,
        read_only: false,
        overwrites: None,
        steps: vec![Step {
            name: "packages",
            plan: |cx| plan_packages_of(cx, packages::worker(&cx.site.versions)),
            bounds: |cx| packages_bounds_of(cx, &packages::worker(&cx.site.versions)),
            rules: crate::onboarding::rules::none,
        }],
    }
}

/// The node files a real run would replace that xmake has no record of installing (a node
/// set up before xmake): they may hold the admin's edits, so the run asks first. A plan that
/// cannot be made is the preconditions' to report.
fn overwrites(cx: &Ctx) -> Overwrites {
    let plan = install::items(cx, cx.site.is_systemd).and_then(|items| install::plan(cx, &items));
    Overwrites {
        place: "on this node that xmake has no record of installing (edits made on the node would be lost)",
        source: "the tree's copy".to_owned(),
        files: plan
            .map(|p| p.unrecorded.iter().map(ToString::to_string).collect())
            .unwrap_or_default(),
        added: 0,
        diff_shown_by: format!("sync-config-preview (for {}/config and scripts)", install::ETC_XSPOT),
    }
}

/// One node-wide lock: two xmakes never install packages on a node at once.
fn node_lock(cx: &Ctx) -> Vec<camino::Utf8PathBuf> {
    vec![cx.path(install::NODE_STATE).join("node.xmake-lock")]
}

fn packages_step() -> Step {
    Step {
        name: "packages",
        plan: plan_packages,
        bounds: packages_bounds,
        rules: crate::onboarding::rules::none,
    }
}

fn unit_step() -> Step {
    Step {
        name: "post-docker-unit",
        plan: plan_unit,
        bounds: |cx| {
            vec![Bound::allowing(
                Kind::Unit,
                cx.root.dir(),
                vec![POST_DOCKER_UNIT.to_owned()],
            )]
        },
        rules: crate::onboarding::rules::none,
    }
}

/// The unit `controller` enables.
const POST_DOCKER_UNIT: &str = "post-docker.service";

/// With systemd, `post-docker.service` is enabled (so it runs at boot).
fn plan_unit(cx: &Ctx) -> Outcome {
    if !cx.site.is_systemd {
        return Outcome::ok(
            "IS_SYSTEMD=no: post-docker runs as a script, there is no unit to enable",
        );
    }
    let enabled = Systemd::find().map_err(|e| e.to_string()).and_then(|sd| {
        sd.is_enabled(POST_DOCKER_UNIT, cx.root.dir())
            .map_err(|e| e.to_string())
    });
    match enabled {
        Ok(true) => Outcome::ok(format!("{POST_DOCKER_UNIT} is enabled")),
        Ok(false) => Outcome::changed(
            format!("enable {POST_DOCKER_UNIT}"),
            vec![Action::Unit(UnitCall::Enable {
                unit: POST_DOCKER_UNIT.to_owned(),
                root: cx.root.dir().to_owned(),
            })],
        ),
        // Without systemctl a plan cannot know; a real run needs it.
        Err(why) => Outcome::failed(format!("{why}; nothing was changed")),
    }
}

fn files_step() -> Step {
    Step {
        name: "files",
        plan: plan_files,
        bounds: install::bounds,
        rules: crate::onboarding::node::install_rules::rules,
    }
}

/// A busy node stops `upgrade` before anything changes (not even a lock is taken), unless
/// `--force`; then as `controller`.
fn upgrade_preconditions(cx: &Ctx) -> Result<(), String> {
    if !cx.options.force && !cx.options.drain {
        let host = scheduler::short_hostname();
        let busy = idle::check(&host).map_err(|why| format!("{why}; nothing was changed"))?;
        if !busy.is_idle() {
            return Err(busy_refusal(&busy, &host));
        }
    }
    install_preconditions(cx)
}

/// The files to install can all be planned (nothing refused in the tree or on the node), so a
/// refusal stops the target before any package changes; then as [`preconditions`].
fn install_preconditions(cx: &Ctx) -> Result<(), String> {
    install::items(cx, cx.site.is_systemd).and_then(|items| install::plan(cx, &items))?;
    preconditions(cx)
}

/// `/var/lib/xmake` (the node lock's folder), when it exists, is a real directory under the
/// root prefix.
fn preconditions(cx: &Ctx) -> Result<(), String> {
    let state = cx
        .root
        .confine(install::NODE_STATE)
        .map_err(|e| format!("{}: {e}; nothing was changed", install::NODE_STATE))?;
    if let Ok(m) = std::fs::symlink_metadata(&state) {
        if !m.is_dir() {
            return Err(format!(
                "{} is not a directory; nothing was changed",
                cx.root.display(&state)
            ));
        }
    }
    // A missing one is made with the node lock (see `engine`), after any question.
    Ok(())
}

/// `--drain`: take the node out of production in the scheduler first (it stays drained).
fn plan_drain(cx: &Ctx) -> Outcome {
    if !cx.options.drain {
        return Outcome::ok("not asked to drain the node (--drain)");
    }
    let host = scheduler::short_hostname();
    match scheduler::is_drained(&host) {
        Ok(Some((scheduler, true))) => {
            Outcome::ok(format!("{host} is drained ({})", scheduler.name()))
        }
        Ok(Some((scheduler, false))) => Outcome::changed(
            format!(
                "drain {host} in {} (it stays drained until resumed)",
                scheduler.name()
            ),
            vec![Action::Scheduler(SchedulerCall::Drain {
                host,
                reason: "xmake upgrade".to_owned(),
                scheduler,
            })],
        ),
        Ok(None) => Outcome::failed(
            "--drain: no scheduler to drain this node with (none of squeue, bjobs, or qstat and qmod is on PATH); drain it by hand and run again without --drain; nothing was changed",
        ),
        Err(e) => Outcome::failed(format!("cannot ask the scheduler about {host}: {e}")),
    }
}

fn plan_idle(cx: &Ctx) -> Outcome {
    let host = scheduler::short_hostname();
    let busy = match idle::check(&host) {
        Ok(busy) => busy,
        Err(why) => return Outcome::failed(format!("{why}; nothing was changed")),
    };
    if cx.options.drain && !busy.is_idle() {
        if !cx.options.mode.applies() {
            return Outcome::skipped(format!(
                "would wait (up to {}) for {}",
                crate::onboarding::post_docker::show_duration(cx.options.wait_timeout),
                busy.describe(&host)
            ));
        }
        return wait_until_idle(cx, &host);
    }
    let mut outcome = if busy.is_idle() {
        Outcome::ok(format!("no running container and no job on {host}"))
    } else if cx.options.force {
        Outcome::ok(format!(
            "--force: upgrading a busy node: {}",
            busy.describe(&host)
        ))
    } else {
        // Busy since the preconditions looked.
        Outcome::failed(busy_refusal(&busy, &host))
    };
    outcome.notes = busy.notes;
    outcome
}

fn busy_refusal(busy: &idle::Busy, host: &str) -> String {
    format!(
        "the node is busy: {}; drain it first (or --force); nothing was changed",
        busy.describe(host)
    )
}

/// Waits (polling) until the drained node runs nothing, within the time limit (`--timeout`),
/// saying on stderr what it waits for.
fn wait_until_idle(cx: &Ctx, host: &str) -> Outcome {
    let started = std::time::Instant::now();
    let limit = cx.options.wait_timeout;
    let mut last_said = None::<std::time::Instant>;
    loop {
        let busy = match idle::check(host) {
            Ok(busy) => busy,
            Err(why) => return Outcome::failed(why),
        };
        if busy.is_idle() {
            return Outcome::ok(format!(
                "{host} is drained and idle (waited {})",
                crate::onboarding::post_docker::show_duration(started.elapsed())
            ));
        }
        if started.elapsed() >= limit {
            return Outcome::failed(format!(
                "gave up after the time limit of {} (--timeout): still {}; the node stays drained; nothing else was changed",
                crate::onboarding::post_docker::show_duration(limit),
                busy.describe(host)
            ));
        }
        if last_said.is_none_or(|t| t.elapsed() >= POLL_REPORT) {
            // Job names are anybody's: escaped before they reach the terminal.
            crate::stdio::err_line(&crate::diag::redact::clean(&format!(
                "xmake: upgrade: waiting for {} ({} so far)",
                busy.describe(host),
                crate::onboarding::post_docker::show_duration(started.elapsed())
            )));
            last_said = Some(std::time::Instant::now());
        }
        std::thread::sleep(POLL);
    }
}

/// How often a draining node is asked, and how often the wait is reported.
const POLL: std::time::Duration = std::time::Duration::from_millis(500);
const POLL_REPORT: std::time::Duration = std::time::Duration::from_secs(10);

fn plan_packages(cx: &Ctx) -> Outcome {
    plan_packages_of(cx, packages::controller(&cx.site.versions))
}

fn plan_packages_of(cx: &Ctx, wanted: Vec<packages::Wanted>) -> Outcome {
    let changes = match packages::changes(&wanted, cx.root.dir()) {
        Ok(changes) => changes,
        Err(e) => return Outcome::failed(format!("{e}; nothing was changed")),
    };
    if changes.is_empty() {
        let names: Vec<String> = wanted.iter().map(|w| w.spec()).collect();
        return Outcome::ok(format!("installed: {}", names.join(", ")));
    }
    let detail = changes
        .iter()
        .map(packages::Change::describe)
        .collect::<Vec<_>>()
        .join(", ");
    Outcome::changed(
        detail,
        vec![Action::Packages(packages::install_call(
            &changes,
            cx.root.dir(),
        ))],
    )
}

fn packages_bounds(cx: &Ctx) -> Vec<Bound> {
    packages_bounds_of(cx, &packages::controller(&cx.site.versions))
}

fn packages_bounds_of(cx: &Ctx, wanted: &[packages::Wanted]) -> Vec<Bound> {
    let specs = wanted.iter().map(packages::Wanted::spec).collect();
    vec![Bound::allowing(Kind::Packages, cx.root.dir(), specs)]
}

fn plan_files(cx: &Ctx) -> Outcome {
    let plan = install::items(cx, cx.site.is_systemd).and_then(|items| install::plan(cx, &items));
    let plan = match plan {
        Ok(plan) => plan,
        Err(why) => return Outcome::failed(why),
    };
    let unrecorded: Vec<String> = plan.unrecorded.iter().map(ToString::to_string).collect();
    if let Err(why) = confirm::check(cx, &unrecorded) {
        return Outcome::failed(why);
    }
    let mut outcome = if plan.actions.is_empty() {
        Outcome::ok(format!(
            "{} and the post-docker assets match the tree",
            install::ETC_XSPOT
        ))
    } else if plan.added.is_empty() && plan.replaced.is_empty() {
        Outcome::changed(
            format!("record what is installed in {}", install::RECORD),
            plan.actions,
        )
    } else {
        let mut detail = format!(
            "install {} new and {} changed file(s)",
            plan.added.len(),
            plan.replaced.len()
        );
        if !plan.replaced.is_empty() {
            detail.push_str(&format!(
                "; replaced files saved under {}",
                Utf8Path::new(install::BACKUP_DIR).join(&cx.stamp)
            ));
        }
        Outcome::changed(detail, plan.actions)
    };
    outcome.notes = plan.notes;
    outcome
        .notes
        .extend(plan.replaced.iter().map(|p| format!("replaces {p}")));
    outcome
}

/// The previous release's images, removed only through the removal guard; each one kept is a
/// note saying why.
fn plan_old_images(cx: &Ctx) -> Outcome {
    let engine = match Engine::shared() {
        Ok(engine) => engine,
        Err(why) => {
            return Outcome::ok(format!("no container engine to remove images from ({why})"))
        }
    };
    let plan = match old_images::plan(cx, engine) {
        Ok(plan) => plan,
        Err(why) => return Outcome::failed(format!("{why}; nothing was removed")),
    };
    if let Some(nothing) = plan.nothing {
        return Outcome::ok(nothing);
    }
    let old = plan.old.unwrap_or_default();
    let mut outcome = if plan.remove.is_empty() && plan.kept.is_empty() {
        Outcome::ok(format!("the engine holds no image of release {old}"))
    } else if plan.remove.is_empty() {
        Outcome::ok(format!(
            "nothing of release {old} can be removed: {} kept",
            plan.kept.len()
        ))
    } else {
        let actions = plan
            .remove
            .iter()
            .map(|removal| Action::RemoveImage {
                reference: removal.reference.clone(),
                id: removal.id.clone(),
                deploy_dir: plan.deploy_dir.clone(),
            })
            .collect();
        let names: Vec<&str> = plan.remove.iter().map(|r| r.reference.as_str()).collect();
        Outcome::changed(
            format!(
                "remove release {old}'s {} (saved and verified under {})",
                names.join(", "),
                cx.site.image_deploy_dir
            ),
            actions,
        )
    };
    outcome.notes = plan.kept;
    outcome
}
