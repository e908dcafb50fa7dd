//! The previous release's images, which `upgrade` removes from the local engine only through
//! the removal guard. The previous release is the one `${IMAGE_DEPLOY_DIR}/current` points at
//! (before `deploy` moves it); its images are the engine's names whose saved file
//! (`<old>/<ref with / and : as _>.tar`) is in that release's folder, and `xspot-base:<old>`.
//! A name is kept, with the reason, when the new release uses it too (its image is the new
//! one), a running container uses it, or the guard would refuse it (no saved copy of that very
//! image verifies now; `xspot-base:<old>` has none: its base is `base.tar`, a file system, not
//! a saved image). The guard runs again when the removal runs, on the image the name names
//! then, which must be the one planned; the engine then removes that image by its id.

use camino::Utf8PathBuf;

use crate::adapters::engine::{local_name, Engine};
use crate::adapters::realpath;
use crate::onboarding::images::{current, guard, names};
use crate::onboarding::step::Ctx;

/// What to do with the previous release's images.
#[derive(Debug, Default)]
pub struct Plan {
    /// The previous release (`None`: there is none, or it is this one).
    pub old: Option<String>,
    /// `IMAGE_DEPLOY_DIR`, by its real path.
    pub deploy_dir: Utf8PathBuf,
    /// Names the guard allows removing, with the image id whose saved copy verified.
    pub remove: Vec<Removal>,
    /// `kept: <name> (<reason>)` lines.
    pub kept: Vec<String>,
    /// Why there is nothing to look at, when there is not.
    pub nothing: Option<String>,
}

/// A name the guard allows removing and the very image it named then.
#[derive(Debug)]
pub struct Removal {
    pub reference: String,
    pub id: String,
}

/// Looks at the engine and `IMAGE_DEPLOY_DIR` (changes nothing).
pub fn plan(cx: &Ctx, engine: &Engine) -> Result<Plan, String> {
    let node_dir = &cx.site.image_deploy_dir;
    let mut plan = Plan::default();
    let dir = cx.path(node_dir);
    if !std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
        plan.nothing = Some(format!(
            "{node_dir} is not a directory: no release's images"
        ));
        return Ok(plan);
    }
    plan.deploy_dir = realpath::resolve(&dir).map_err(|e| format!("{node_dir}: {e}"))?;
    let old = match current::release(&plan.deploy_dir) {
        Ok(Some(old)) if old != cx.tree.release => old,
        Ok(Some(_)) => {
            plan.nothing = Some(format!(
                "{node_dir}/current is this release: no older release's images"
            ));
            return Ok(plan);
        }
        Ok(None) => {
            plan.nothing = Some(format!(
                "no release in production ({node_dir}/current is missing): no older release's images"
            ));
            return Ok(plan);
        }
        Err(why) => {
            plan.nothing = Some(format!("kept every image: {why}"));
            return Ok(plan);
        }
    };
    let ours = new_names(cx)?;
    let running = engine
        .running_containers()
        .map_err(|e| format!("cannot list running containers: {e}"))?;
    // Reasons name the deploy directory as the node names it.
    let shown = cx.root.display(&plan.deploy_dir);
    for reference in candidates(engine, &plan.deploy_dir, &old)? {
        match decide(engine, &plan.deploy_dir, &reference, &ours, &running)? {
            Ok(id) => plan.remove.push(Removal { reference, id }),
            Err(why) => {
                let why = why.replace(plan.deploy_dir.as_str(), shown.as_str());
                plan.kept.push(format!("kept: {reference} ({why})"));
            }
        }
    }
    plan.old = Some(old);
    Ok(plan)
}

/// The names this release builds, imports and tags.
fn new_names(cx: &Ctx) -> Result<Vec<String>, String> {
    let mut ours = vec![
        names::base_reference(&cx.tree.release),
        names::base_latest(),
    ];
    for entry in &cx.site.image_names {
        ours.push(names::reference(entry)?);
    }
    Ok(ours)
}

/// `xspot-base:<old>` and every engine name saved in the old release's folder.
fn candidates(engine: &Engine, deploy_dir: &Utf8PathBuf, old: &str) -> Result<Vec<String>, String> {
    let folder = deploy_dir.join(old);
    let base = names::base_reference(old);
    let mut out = Vec::new();
    for reference in engine.image_references().map_err(|e| e.to_string())? {
        let Ok(full) = names::reference(&reference) else {
            continue;
        };
        let saved_there = std::fs::symlink_metadata(folder.join(names::saved_file(&full))).is_ok();
        if (saved_there || full == base) && !out.contains(&full) {
            out.push(full);
        }
    }
    Ok(out)
}

/// `Ok(id)`, the image `reference` names, when the guard allows removing it now; otherwise
/// why it is kept.
fn decide(
    engine: &Engine,
    deploy_dir: &Utf8PathBuf,
    reference: &str,
    ours: &[String],
    running: &[String],
) -> Result<Result<String, String>, String> {
    if ours.iter().any(|r| r == reference) {
        return Ok(Err("this release uses the name too".to_owned()));
    }
    if running.iter().any(|line| runs(line, reference)) {
        return Ok(Err("a running container uses it".to_owned()));
    }
    let Some(id) = engine.image_id(reference).map_err(|e| e.to_string())? else {
        return Ok(Err("the engine no longer has it".to_owned()));
    };
    Ok(guard::guard_removal(deploy_dir, reference, &id)
        .map(|_| id)
        .map_err(|at_risk| at_risk.why))
}

/// Whether a `ps` line (`ID IMAGE NAME`) runs `reference`. `ps` shows the image as it was
/// named at `run`: `solver` is `solver:latest`, `localhost/solver:1` is `solver:1`.
fn runs(line: &str, reference: &str) -> bool {
    line.split_whitespace().nth(1).is_some_and(|image| {
        names::reference(local_name(image)).is_ok_and(|named| named == reference)
    })
}

#[cfg(test)]
mod tests {
    use super::runs;

    #[test]
    fn a_running_image_is_recognised_however_ps_names_it() {
        assert!(runs("abc solver:1.2 web", "solver:1.2"));
        assert!(runs("abc localhost/solver:1.2 web", "solver:1.2"));
        assert!(runs("abc solver web", "solver:latest"));
        assert!(!runs("abc solver:1.3 web", "solver:1.2"));
        assert!(!runs("abc", "solver:1.2"));
    }
}
