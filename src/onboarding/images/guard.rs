//! The removal guard: the one check every target that removes an image from the engine
//! passes first. Removal is allowed only when a saved copy of the image
//! (`<release>/<file>.tar`, see [`super::names::saved_file`]) exists under `IMAGE_DEPLOY_DIR`
//! and verifies against its `.sha256` right now. Release folders that are symlinks
//! (`current`) are not followed; saved files are opened without following symlinks.

use camino::{Utf8Path, Utf8PathBuf};

use super::names;
use crate::adapters::checksum;

/// Release folders looked at, at most (the deploy directory is shared, untrusted storage).
const MAX_RELEASES: usize = 10_000;

/// Why an image may not be removed: it would be lost.
#[derive(Debug, thiserror::Error)]
#[error("refusing to remove {reference}: {why}; nothing was removed")]
pub struct AtRisk {
    pub reference: String,
    pub why: String,
}

/// Allows removing `reference` only when a verified saved copy exists under `deploy_dir`
/// (a real path). Returns the copy that verified.
pub fn guard_removal(deploy_dir: &Utf8Path, reference: &str) -> Result<Utf8PathBuf, AtRisk> {
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
        match checksum::verify(&saved) {
            Ok(_) => return Ok(saved),
            Err(e) => problems.push(e.to_string()),
        }
    }
    Err(at_risk(if problems.is_empty() {
        format!("no saved copy {file} under {deploy_dir}")
    } else {
        format!("no saved copy verifies ({})", problems.join("; "))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::adapters::checksum::{line, sidecar};
    use crate::adapters::fs::sha256_hex;

    use crate::test_support::scratch;

    fn save(dir: &Utf8Path, name: &str, bytes: &[u8]) -> Utf8PathBuf {
        std::fs::create_dir_all(dir).unwrap();
        let f = dir.join(name);
        std::fs::write(&f, bytes).unwrap();
        std::fs::write(sidecar(&f), line(&sha256_hex(bytes), name)).unwrap();
        f
    }

    #[test]
    fn a_verified_saved_copy_allows_removal() {
        let (_g, deploy) = scratch();
        let saved = save(&deploy.join("2.3.0"), "solver_1.2.tar", b"image");
        assert_eq!(guard_removal(&deploy, "solver:1.2").unwrap(), saved);
    }

    #[test]
    fn no_copy_is_refused_naming_the_image() {
        let (_g, deploy) = scratch();
        std::fs::create_dir_all(deploy.join("2.3.0")).unwrap();
        let err = guard_removal(&deploy, "solver:1.2")
            .unwrap_err()
            .to_string();
        assert!(err.contains("refusing to remove solver:1.2"), "{err}");
        assert!(err.contains("solver_1.2.tar"), "{err}");
    }

    #[test]
    fn a_corrupted_copy_is_refused_with_both_checksums() {
        let (_g, deploy) = scratch();
        let saved = save(&deploy.join("2.3.0"), "solver_latest.tar", b"image");
        std::fs::write(&saved, b"imagX").unwrap();
        let err = guard_removal(&deploy, "solver").unwrap_err().to_string();
        assert!(err.contains(&sha256_hex(b"image")), "{err}");
        assert!(err.contains(&sha256_hex(b"imagX")), "{err}");
        let missing_sidecar = save(&deploy.join("2.4.0"), "solver_latest.tar", b"image");
        std::fs::remove_file(sidecar(&missing_sidecar)).unwrap();
        assert!(guard_removal(&deploy, "solver").is_err());
    }

    #[test]
    fn copies_reached_through_symlinks_do_not_count() {
        let (_g, base) = scratch();
        let deploy = base.join("deploy");
        save(&base.join("elsewhere"), "solver_latest.tar", b"image");
        std::fs::create_dir_all(&deploy).unwrap();
        std::os::unix::fs::symlink(base.join("elsewhere"), deploy.join("current")).unwrap();
        assert!(guard_removal(&deploy, "solver").is_err());
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
        assert!(guard_removal(&deploy, "solver").is_err());
    }
}
