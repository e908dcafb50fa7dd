//! The one rule for a script xmake runs as root on a node without systemd (`post-docker.sh`
//! with `IS_SYSTEMD=no`): it must be a regular file (not a symlink), owned by root or by
//! xmake's effective user, and writable by neither group nor others. Anything else could be
//! code someone else planted; it is refused, naming the file and the reason.

use std::os::unix::fs::MetadataExt;

use camino::Utf8Path;

use super::line_stream::LineStream;
use super::process::{Command, ProcessError};

/// Starts the script at `path` (a real path) with no arguments, in its own process group, its
/// output read line by line; checked against the rule again first (it may have changed since
/// the plan was made).
pub fn start(path: &Utf8Path) -> Result<LineStream, ProcessError> {
    let command = Command::new(path);
    check(path).map_err(|why| ProcessError::Start {
        command: command.line(),
        source: std::io::Error::other(format!("refused: {why}")),
    })?;
    LineStream::start(&command, true)
}

/// Checks `path` (a real path) against the rule; `Err` says why it is refused.
pub fn check(path: &Utf8Path) -> Result<(), String> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| format!("{path}: {e}"))?;
    let kind = meta.file_type();
    if kind.is_symlink() {
        return Err(format!("{path} is a symlink"));
    }
    if !kind.is_file() {
        return Err(format!("{path} is not a regular file"));
    }
    // SAFETY: geteuid(2) has no preconditions and cannot fail.
    let euid = unsafe { libc::geteuid() };
    if meta.uid() != 0 && meta.uid() != euid {
        return Err(format!(
            "{path} is owned by uid {}, neither root nor the user running xmake",
            meta.uid()
        ));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(format!(
            "{path} is writable by {} (mode {:o})",
            if meta.mode() & 0o002 != 0 {
                "others"
            } else {
                "its group"
            },
            meta.mode() & 0o7777
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn only_a_private_regular_file_passes() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = Utf8Path::from_path(tmp.path()).unwrap();
        let script = dir.join("s.sh");
        std::fs::write(&script, "#!/bin/sh\n").unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(check(&script), Ok(()));
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o775)).unwrap();
        assert!(check(&script).unwrap_err().contains("its group"));
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o757)).unwrap();
        assert!(check(&script).unwrap_err().contains("others"));
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::symlink(&script, dir.join("l")).unwrap();
        assert!(check(&dir.join("l")).unwrap_err().contains("symlink"));
        assert!(check(dir).unwrap_err().contains("not a regular file"));
    }
}
