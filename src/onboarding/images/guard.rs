//! The removal guard: the one check every target that removes an image from the engine
//! passes first. Removal is allowed only when a saved copy of the image
//! (`<release>/<file>.tar`, see [`super::names::saved_file`]) exists under `IMAGE_DEPLOY_DIR`,
//! verifies against its `.sha256` right now, and holds that very image (its `manifest.json`
//! names the engine's image id: a copy saved from an older image of the same name is no copy).
//! Release folders that are symlinks (`current`) are not followed; saved files are opened
//! without following symlinks.

use camino::{Utf8Path, Utf8PathBuf};

use super::names;
use crate::adapters::checksum;
use crate::adapters::engine::{bare_id, saved_image_id};

/// Release folders looked at, at most (the deploy directory is shared, untrusted storage).
const MAX_RELEASES: usize = 10_000;

/// Why an image may not be removed: it would be lost.
#[derive(Debug, thiserror::Error)]
#[error("refusing to remove {reference}: {why}; nothing was removed")]
pub struct AtRisk {
    pub reference: String,
    pub why: String,
}

/// Allows removing `reference`, whose image in the engine is `image_id`, only when a verified
/// saved copy of that image exists under `deploy_dir` (a real path). Returns the copy.
pub fn guard_removal(
    deploy_dir: &Utf8Path,
    reference: &str,
    image_id: &str,
) -> Result<Utf8PathBuf, AtRisk> {
    let at_risk = |why: String| AtRisk {
        reference: reference.to_owned(),
        why,
    };
    let full = names::reference(reference).map_err(at_risk)?;
    let file = names::saved_file(&full);
    let entries = std::fs::read_dir(deploy_dir)
        .map_err(|e| at_risk(format!("cannot read {deploy_dir}: {e}")))?;
    let mut problems = Vec::new();
    for entry in entries.take(MAX_RELEASES).flatten() {
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if !is_dir || name.starts_with('.') {
            continue;
        }
        let saved = deploy_dir.join(&name).join(&file);
        if std::fs::symlink_metadata(&saved).is_err() {
            continue;
        }
        let archive = match checksum::verify(&saved) {
            Ok((archive, _)) => archive,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        match saved_image_id(archive) {
            Ok(Some(id)) if id == bare_id(image_id) => return Ok(saved),
            Ok(Some(id)) => problems.push(format!(
                "{saved} holds image {id}, not the engine's {}",
                bare_id(image_id)
            )),
            Ok(None) => problems.push(format!("{saved} names no image in its manifest.json")),
            Err(e) => problems.push(format!("{saved}: {e}")),
        }
    }
    Err(at_risk(if problems.is_empty() {
        format!("no saved copy {file} under {deploy_dir}")
    } else {
        format!("no saved copy of it verifies ({})", problems.join("; "))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::checksum::{line, sidecar};

    use crate::test_support::scratch;

    const ID: &str = "1111111111111111111111111111111111111111111111111111111111111111";
    const OTHER: &str = "2222222222222222222222222222222222222222222222222222222222222222";

    /// A saved image in `dir`: a tar whose manifest.json names `id`, with its `.sha256`.
    fn save(dir: &Utf8Path, name: &str, id: &str) -> Utf8PathBuf {
        std::fs::create_dir_all(dir).unwrap();
        let content = dir.join(format!(".{name}.content"));
        std::fs::create_dir_all(&content).unwrap();
        std::fs::write(
            content.join("manifest.json"),
            format!(r#"[{{"Config":"{id}.json","RepoTags":["solver:1.2"]}}]"#),
        )
        .unwrap();
        let f = dir.join(name);
        let ok = std::process::Command::new("tar")
            .args(["-C", content.as_str(), "-cf", f.as_str(), "manifest.json"])
            .status()
            .unwrap()
            .success();
        assert!(ok);
        std::fs::remove_dir_all(&content).unwrap();
        let bytes = std::fs::read(&f).unwrap();
        let sum = crate::adapters::fs::sha256_hex(&bytes);
        std::fs::write(sidecar(&f), line(&sum, name)).unwrap();
        f
    }

    #[test]
    fn a_verified_saved_copy_of_the_same_image_allows_removal() {
        let (_g, deploy) = scratch();
        let saved = save(&deploy.join("2.3.0"), "solver_1.2.tar", ID);
        assert_eq!(guard_removal(&deploy, "solver:1.2", ID).unwrap(), saved);
        let prefixed = format!("sha256:{ID}");
        assert_eq!(
            guard_removal(&deploy, "solver:1.2", &prefixed).unwrap(),
            saved
        );
    }

    #[test]
    fn a_copy_of_another_image_of_the_same_name_is_no_copy() {
        let (_g, deploy) = scratch();
        save(&deploy.join("2.3.0"), "solver_1.2.tar", OTHER);
        let err = guard_removal(&deploy, "solver:1.2", ID)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("holds image {OTHER}, not the engine's {ID}")),
            "{err}"
        );
        // Another release's copy of the very image allows it.
        let good = save(&deploy.join("2.4.0"), "solver_1.2.tar", ID);
        assert_eq!(guard_removal(&deploy, "solver:1.2", ID).unwrap(), good);
    }

    #[test]
    fn no_copy_is_refused_naming_the_image() {
        let (_g, deploy) = scratch();
        std::fs::create_dir_all(deploy.join("2.3.0")).unwrap();
        let err = guard_removal(&deploy, "solver:1.2", ID)
            .unwrap_err()
            .to_string();
        assert!(err.contains("refusing to remove solver:1.2"), "{err}");
        assert!(err.contains("solver_1.2.tar"), "{err}");
    }

    #[test]
    fn a_corrupted_copy_is_refused_with_both_checksums() {
        let (_g, deploy) = scratch();
        let saved = save(&deploy.join("2.3.0"), "solver_latest.tar", ID);
        let good = std::fs::read(&saved).unwrap();
        let mut bad = good.clone();
        bad[0] ^= 1;
        std::fs::write(&saved, &bad).unwrap();
        let err = guard_removal(&deploy, "solver", ID)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&crate::adapters::fs::sha256_hex(&good)),
            "{err}"
        );
        assert!(
            err.contains(&crate::adapters::fs::sha256_hex(&bad)),
            "{err}"
        );
        let missing_sidecar = save(&deploy.join("2.4.0"), "solver_latest.tar", ID);
        std::fs::remove_file(sidecar(&missing_sidecar)).unwrap();
        assert!(guard_removal(&deploy, "solver", ID).is_err());
    }

    #[test]
    fn copies_reached_through_symlinks_do_not_count() {
        let (_g, base) = scratch();
        let deploy = base.join("deploy");
        save(&base.join("elsewhere"), "solver_latest.tar", ID);
        std::fs::create_dir_all(&deploy).unwrap();
        std::os::unix::fs::symlink(base.join("elsewhere"), deploy.join("current")).unwrap();
        assert!(guard_removal(&deploy, "solver", ID).is_err());
        let real = deploy.join("2.3.0");
        std::fs::create_dir_all(&real).unwrap();
        std::os::unix::fs::symlink(
            base.join("elsewhere/solver_latest.tar"),
            real.join("solver_latest.tar"),
        )
        .unwrap();
        std::fs::copy(
            base.join("elsewhere/solver_latest.tar.sha256"),
            real.join("solver_latest.tar.sha256"),
        )
        .unwrap();
        assert!(guard_removal(&deploy, "solver", ID).is_err());
    }
}
