//! Engine calls as journaled actions: how a plan line shows them (the command line of the
//! engine this run uses) and how they are applied. Removals are a separate action that passes
//! [`super::guard::guard_removal`] at the moment it runs; a bare engine removal is refused.

use camino::Utf8Path;

use super::guard::guard_removal;
use crate::adapters::engine::{Engine, EngineCall};

/// The plan line of an engine call.
pub fn describe(call: &EngineCall) -> String {
    match Engine::shared() {
        Ok(engine) => engine.describe(call),
        Err(_) => format!("(no container engine) {call:?}"),
    }
}

/// Runs an engine call (not a removal: see [`remove`]).
pub fn apply(call: &EngineCall) -> std::io::Result<()> {
    if matches!(call, EngineCall::Remove { .. }) {
        return Err(std::io::Error::other(
            "an image removal must go through the removal guard",
        ));
    }
    let engine = Engine::shared().map_err(std::io::Error::other)?;
    engine.apply(call).map_err(std::io::Error::other)
}

/// The plan line of a guarded removal.
pub fn describe_remove(reference: &str, deploy_dir: &Utf8Path) -> String {
    let call = EngineCall::Remove {
        reference: reference.to_owned(),
    };
    format!(
        "{} (only if a saved copy of that image under {deploy_dir} verifies then)",
        describe(&call)
    )
}

/// Removes `reference` from the engine if, right now, a verified saved copy of its image
/// exists; a name the engine no longer has is already removed.
pub fn remove(reference: &str, deploy_dir: &Utf8Path) -> std::io::Result<()> {
    let engine = Engine::shared().map_err(std::io::Error::other)?;
    let Some(id) = engine.image_id(reference).map_err(std::io::Error::other)? else {
        return Ok(());
    };
    guard_removal(deploy_dir, reference, &id).map_err(std::io::Error::other)?;
    engine
        .apply(&EngineCall::Remove {
            reference: reference.to_owned(),
        })
        .map_err(std::io::Error::other)
}
