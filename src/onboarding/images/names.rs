//! Names and paths fixed by the spec: `xspot-base:<release>` (also `:latest`), an entry's
//! full reference (`name` means `name:latest`), its build context
//! `images/<name>/docker_build_path/`, and its saved file `<release>/<ref with / and : as _>.tar`.

use camino::{Utf8Path, Utf8PathBuf};

/// The repository the base snapshot is imported as.
pub const BASE_REPOSITORY: &str = "xspot-base";
/// The base snapshot's file name in a release folder.
pub const BASE_TAR: &str = "base.tar";
/// Its checksum file beside it (`sha256sum` format), written once the base verified.
pub const BASE_SHA256: &str = "base.tar.sha256";
/// The label holding the checksum of the base tarball an image was imported from.
pub const BASE_LABEL: &str = "xmake.base-sha256";
/// The label holding the digest of an image's build inputs.
pub const INPUTS_LABEL: &str = "xmake.inputs-sha256";
/// The build argument naming the base.
pub const BASE_ARG: &str = "BASE";

/// `xspot-base:<release>`.
pub fn base_reference(release: &str) -> String {
    format!("{BASE_REPOSITORY}:{release}")
}

/// `xspot-base:latest`.
pub fn base_latest() -> String {
    format!("{BASE_REPOSITORY}:latest")
}

/// An entry's repository path (no tag, no digest) and tag.
fn split(entry: &str) -> (&str, &str) {
    let entry = entry.split('@').next().unwrap_or(entry);
    let last_slash = entry.rfind('/').map_or(0, |i| i + 1);
    match entry[last_slash..].rfind(':') {
        Some(i) => (&entry[..last_slash + i], &entry[last_slash + i + 1..]),
        None => (entry, "latest"),
    }
}

/// The full reference an entry is built and tagged as (`name` → `name:latest`), or why it
/// cannot be built (a digest names an image that already exists; it cannot be a build's tag).
pub fn reference(entry: &str) -> Result<String, String> {
    if entry.contains('@') {
        return Err(format!(
            "{entry}: a reference with a digest cannot be built (it names an existing image)"
        ));
    }
    let (path, tag) = split(entry);
    Ok(format!("{path}:{tag}"))
}

/// `images/<path>/docker_build_path`, relative to the tree.
pub fn context(entry: &str) -> Utf8PathBuf {
    let (path, _) = split(entry);
    Utf8Path::new("images").join(path).join("docker_build_path")
}

/// The saved file's name: the full reference with `/` and `:` as `_`, then `.tar`.
pub fn saved_file(reference: &str) -> String {
    format!("{}.tar", reference.replace(['/', ':'], "_"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_spec() {
        assert_eq!(reference("solver").unwrap(), "solver:latest");
        assert_eq!(reference("solver:1.2").unwrap(), "solver:1.2");
        assert_eq!(
            reference("reg:5000/team/app").unwrap(),
            "reg:5000/team/app:latest"
        );
        assert!(reference("app@sha256:abcd").is_err());
        assert_eq!(context("solver:1.2"), "images/solver/docker_build_path");
        assert_eq!(context("team/app"), "images/team/app/docker_build_path");
        assert_eq!(saved_file("solver:1.2"), "solver_1.2.tar");
        assert_eq!(saved_file("team/app:latest"), "team_app_latest.tar");
        assert_eq!(base_reference("2.4.1"), "xspot-base:2.4.1");
    }
}
