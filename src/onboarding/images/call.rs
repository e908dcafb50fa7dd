//! Engine calls as journaled actions: how a plan line shows them (the command line of the
//! engine this run uses) and how they are applied. Removals are a separate action that passes
//! [`super::guard::guard_removal`] at the moment it runs and then removes the verified image
//! by its id; a bare engine removal is refused.

use camino::Utf8Path;

use super::guard::{guard_removal, AtRisk};
use super::names;
use crate::adapters::engine::{bare_id, Engine, EngineCall};

/// The plan line of an engine call.
pub fn describe(call: &EngineCall) -> String {
    match Engine::shared() {
        Ok(engine) => engine.describe(call),
        Err(_) => format!("(no container engine) {call:?}"),
    }
}

/// Runs an engine call (not a removal: see [`remove`]).
pub fn apply(call: &EngineCall) -> std::io::Result<()> {
    if matches!(call, EngineCall::Remove { .. } | EngineCall::Untag { .. }) {
        return Err(std::io::Error::other(
            "an image removal must go through the removal guard",
        ));
    }
    let engine = Engine::shared().map_err(std::io::Error::other)?;
    engine.apply(call).map_err(std::io::Error::other)
}

/// The plan line of a guarded removal.
pub fn describe_remove(reference: &str, id: &str, deploy_dir: &Utf8Path) -> String {
    let image = if id.is_empty() {
        reference
    } else {
        bare_id(id)
    };
    let call = EngineCall::Remove {
        reference: image.to_owned(),
    };
    format!(
        "{} ({reference}; only if {reference} still names that image and a saved copy of it under {deploy_dir} verifies then; when the image has other names, only {reference} comes off it)",
        describe(&call)
    )
}

/// Removes the image `reference` names if it is still `planned` (any image when `planned` is
/// empty) and, right now, a verified saved copy of it exists; a name the engine no longer has
/// is already removed. The engine removes that image by its id, so a name moved to another
/// image in the meantime removes nothing else; when the image has other names too, only
/// `reference` comes off that very image.
pub fn remove(reference: &str, planned: &str, deploy_dir: &Utf8Path) -> std::io::Result<()> {
    let engine = Engine::shared().map_err(std::io::Error::other)?;
    let Some(id) = engine.image_id(reference).map_err(std::io::Error::other)? else {
        return Ok(());
    };
    if !planned.is_empty() && bare_id(&id) != bare_id(planned) {
        return Err(std::io::Error::other(AtRisk {
            reference: reference.to_owned(),
            why: format!(
                "it now names image {}, not the planned {}",
                bare_id(&id),
                bare_id(planned)
            ),
        }));
    }
    guard_removal(deploy_dir, reference, &id).map_err(std::io::Error::other)?;
    let full = names::reference(reference).map_err(std::io::Error::other)?;
    let others = engine
        .image_names(&id)
        .map_err(std::io::Error::other)?
        .into_iter()
        .any(|name| names::reference(&name).map_or(true, |n| n != full));
    let call = if others {
        EngineCall::Untag {
            image: id,
            reference: reference.to_owned(),
        }
    } else {
        EngineCall::Remove { reference: id }
    };
    engine.apply(&call).map_err(std::io::Error::other)
}
