//! `${IMAGE_DEPLOY_DIR}/current`: the release in production, a relative symlink to a release
//! folder beside it. It is followed only when it is exactly that: a symlink whose target is
//! one plain name (no `/`, not `.` or `..`) of a real directory in the deploy directory.

use camino::{Utf8Path, Utf8PathBuf};

/// The release `current` points at (`None` when there is no `current`), or why it is unusable.
pub fn release(deploy_dir: &Utf8Path) -> Result<Option<String>, String> {
    let link = deploy_dir.join("current");
    let meta = match std::fs::symlink_metadata(&link) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{link}: {e}")),
    };
    if !meta.file_type().is_symlink() {
        return Err(format!("{link} is not a symlink"));
    }
    let target = std::fs::read_link(&link).map_err(|e| format!("{link}: {e}"))?;
    let name = target
        .to_str()
        .filter(|t| !t.is_empty() && !t.contains('/') && *t != "." && *t != "..")
        .ok_or_else(|| {
            format!(
                "{link} points at {} (xmake follows it only to a release folder beside it)",
                target.display()
            )
        })?;
    let dir: Utf8PathBuf = deploy_dir.join(name);
    match std::fs::symlink_metadata(&dir) {
        Ok(m) if m.is_dir() => Ok(Some(name.to_owned())),
        _ => Err(format!(
            "{link} points at {name}, which is not a release folder"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_link_to_a_folder_beside_it_counts() {
        let dir = tempfile::tempdir().unwrap();
        let d = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        assert_eq!(release(&d).unwrap(), None);
        std::fs::create_dir(d.join("2.3.0")).unwrap();
        std::os::unix::fs::symlink("2.3.0", d.join("current")).unwrap();
        assert_eq!(release(&d).unwrap().as_deref(), Some("2.3.0"));
        std::fs::remove_file(d.join("current")).unwrap();
        std::os::unix::fs::symlink("/etc", d.join("current")).unwrap();
        assert!(release(&d).is_err());
        std::fs::remove_file(d.join("current")).unwrap();
        std::os::unix::fs::symlink("..", d.join("current")).unwrap();
        assert!(release(&d).is_err());
    }
}
