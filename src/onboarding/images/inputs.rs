//! An image's build inputs and their digest: the context folder (which must be a real folder
//! inside the tree: a symlink out of it would send another directory's files into an image),
//! its Dockerfile (a regular file), every entry of the context (path, kind, mode, contents;
//! symlinks as their target text, never followed), the base's checksum and the build
//! arguments. Equal digests mean a build would be given the same inputs.

use std::collections::BTreeMap;

use camino::{Utf8Path, Utf8PathBuf};

use crate::adapters::fs::sha256_hex;
use crate::adapters::manifest;

/// Bumped when what the digest covers changes, so old labels stop matching.
const SCHEME: &str = "xmake-image-inputs-1";

/// The build context of `entry` in the tree, checked: a directory whose real path is inside
/// the tree's real path, with a regular `Dockerfile`.
pub fn checked_context(tree_dir: &Utf8Path, rel: &Utf8Path) -> Result<Utf8PathBuf, String> {
    let real_tree = tree_dir
        .canonicalize_utf8()
        .map_err(|e| format!("cannot resolve the tree {tree_dir}: {e}"))?;
    let dir = tree_dir.join(rel);
    let real = dir
        .canonicalize_utf8()
        .map_err(|e| format!("{rel}: no build context ({e})"))?;
    if !real.starts_with(&real_tree) || real == real_tree {
        return Err(format!(
            "{rel} leads outside the tree (to {real}): xmake builds only from folders inside the tree"
        ));
    }
    if !real.is_dir() {
        return Err(format!("{rel} is not a directory"));
    }
    let dockerfile = real.join("Dockerfile");
    match std::fs::symlink_metadata(&dockerfile) {
        Ok(m) if m.file_type().is_file() => Ok(real),
        Ok(_) => Err(format!("{rel}/Dockerfile is not a regular file")),
        Err(e) => Err(format!("{rel}/Dockerfile: {e}")),
    }
}

/// The digest of a build's inputs (hex SHA-256).
pub fn digest(
    context: &Utf8Path,
    base_sha256: &str,
    build_args: &BTreeMap<String, String>,
) -> std::io::Result<String> {
    let files = manifest::scan(context, &[])?;
    let doc = serde_json::json!({
        "scheme": SCHEME,
        "context": files,
        "base_sha256": base_sha256,
        "build_args": build_args,
    });
    let bytes = serde_json::to_vec(&doc).map_err(std::io::Error::other)?;
    Ok(sha256_hex(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::scratch;

    #[test]
    fn every_input_changes_the_digest() {
        let (_g, tree) = scratch();
        let ctx = tree.join("images/a/docker_build_path");
        std::fs::create_dir_all(&ctx).unwrap();
        std::fs::write(ctx.join("Dockerfile"), "FROM x\n").unwrap();
        std::fs::write(ctx.join("motd"), "hi\n").unwrap();
        let args = BTreeMap::from([("BASE".to_owned(), "xspot-base:1".to_owned())]);
        let d0 = digest(&ctx, "b1", &args).unwrap();
        assert_eq!(d0, digest(&ctx, "b1", &args).unwrap(), "stable");
        assert_ne!(d0, digest(&ctx, "b2", &args).unwrap(), "base");
        let other = BTreeMap::from([("BASE".to_owned(), "xspot-base:2".to_owned())]);
        assert_ne!(d0, digest(&ctx, "b1", &other).unwrap(), "build args");
        std::fs::write(ctx.join("motd"), "ho\n").unwrap();
        let d1 = digest(&ctx, "b1", &args).unwrap();
        assert_ne!(d0, d1, "a context file");
        std::fs::write(ctx.join("Dockerfile"), "FROM y\n").unwrap();
        assert_ne!(d1, digest(&ctx, "b1", &args).unwrap(), "the Dockerfile");
    }

    #[test]
    fn a_context_outside_the_tree_or_a_linked_dockerfile_is_refused() {
        let (_g, base) = scratch();
        let tree = base.join("tree");
        std::fs::create_dir_all(tree.join("images/a")).unwrap();
        std::fs::create_dir_all(base.join("elsewhere")).unwrap();
        std::fs::write(base.join("elsewhere/Dockerfile"), "FROM x\n").unwrap();
        std::os::unix::fs::symlink(
            base.join("elsewhere"),
            tree.join("images/a/docker_build_path"),
        )
        .unwrap();
        let err = checked_context(&tree, Utf8Path::new("images/a/docker_build_path")).unwrap_err();
        assert!(err.contains("outside the tree"), "{err}");

        let ctx = tree.join("images/b/docker_build_path");
        std::fs::create_dir_all(&ctx).unwrap();
        std::os::unix::fs::symlink(base.join("elsewhere/Dockerfile"), ctx.join("Dockerfile"))
            .unwrap();
        let err = checked_context(&tree, Utf8Path::new("images/b/docker_build_path")).unwrap_err();
        assert!(err.contains("not a regular file"), "{err}");
    }
}
