//! The node's package manager, over the real programs' command lines: `rpm -q --qf` reads which
//! versions of a package are installed; `yum install -y NAME-VERSION…` (`dnf` where there is no
//! `yum`) installs or upgrades them. Under a root prefix the calls say so the programs' own way
//! (`rpm --root DIR`, `yum --installroot=DIR`), so a test (or an image build) never touches the
//! host's packages. No RPM system runs here: tests put the stand-ins of `fixtures/fake-bin/` first
//! on `PATH`, which answer exactly these arguments.

use camino::{Utf8Path, Utf8PathBuf};
use serde::{Deserialize, Serialize};

use super::process::{self, Command, Limit, ProcessError};

/// The query format: one `VERSION-RELEASE` line per installed instance.
const QUERY_FORMAT: &str = "%{VERSION}-%{RELEASE}\\n";

/// A change to the installed packages (journaled as part of an action).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PackageCall {
    /// `yum install -y SPEC…`, each spec `NAME-VERSION` (a newer version upgrades in place).
    Install {
        specs: Vec<String>,
        /// The root prefix (`/` on a real node).
        root: Utf8PathBuf,
    },
}

/// Why the package manager could not answer or act.
#[derive(Debug, thiserror::Error)]
pub enum PackagesError {
    #[error("no package manager: neither `{0}` nor `dnf` is on PATH")]
    NoInstaller(&'static str),
    #[error("`rpm` is not on PATH: cannot tell which packages are installed")]
    NoRpm,
    #[error("{0} is not a package name xmake installs (letters, digits and ._+~- only, not starting with -)")]
    BadSpec(String),
    #[error(transparent)]
    Process(#[from] ProcessError),
}

/// A name or `NAME-VERSION` spec that no program can read as an option or a path.
pub fn is_plain_spec(spec: &str) -> bool {
    !spec.is_empty()
        && spec.len() <= 256
        && spec
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && spec
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._+~-".contains(c))
}

fn root_args(root: &Utf8Path, rpm: bool) -> Vec<String> {
    if root == "/" {
        Vec::new()
    } else if rpm {
        vec!["--root".into(), root.to_string()]
    } else {
        vec![format!("--installroot={root}")]
    }
}

/// Every installed `VERSION-RELEASE` of package `name` (empty when it is not installed).
pub fn installed(name: &str, root: &Utf8Path) -> Result<Vec<String>, PackagesError> {
    if !is_plain_spec(name) {
        return Err(PackagesError::BadSpec(name.to_owned()));
    }
    let rpm = process::find("rpm").ok_or(PackagesError::NoRpm)?;
    let command =
        Command::new(rpm)
            .args(root_args(root, true))
            .args(["-q", "--qf", QUERY_FORMAT, name]);
    match command.output_bounded(Limit::ANSWER) {
        Ok(text) => Ok(super::process::nonempty_lines(&text)),
        // rpm's answer for a package that is not installed: status 1, "package X is not installed".
        Err(ProcessError::Failed { code: Some(1), .. }) => Ok(Vec::new()),
        Err(e) => Err(e.into()),
    }
}

/// Whether an installed `VERSION-RELEASE` is the wanted version: equal, or the wanted version
/// names no release and the installed one adds it (`1.3.0` is `1.3.0-1`).
pub fn version_matches(installed: &str, wanted: &str) -> bool {
    installed == wanted
        || installed
            .strip_prefix(wanted)
            .is_some_and(|rest| rest.starts_with('-') && !rest[1..].contains('-'))
}

/// The command a call runs.
pub fn command_for(call: &PackageCall) -> Result<Command, PackagesError> {
    let PackageCall::Install { specs, root } = call;
    if let Some(bad) = specs.iter().find(|s| !is_plain_spec(s)) {
        return Err(PackagesError::BadSpec(bad.clone()));
    }
    let program = process::find("yum")
        .or_else(|| process::find("dnf"))
        .ok_or(PackagesError::NoInstaller("yum"))?;
    Ok(Command::new(program)
        .args(root_args(root, false))
        .args(["install", "-y"])
        .args(specs.iter().cloned()))
}

/// One line for plans: the command as it will run.
pub fn describe(call: &PackageCall) -> String {
    match command_for(call) {
        Ok(command) => command.line(),
        Err(e) => format!("(cannot run: {e})"),
    }
}

/// Runs the call. Installing what is already installed is a no-op for yum, so a resumed run
/// may apply it again.
pub fn apply(call: &PackageCall) -> Result<(), PackagesError> {
    command_for(call)?.run(None)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_specs_are_package_names_never_options_or_paths() {
        assert!(is_plain_spec("xspot-2.4.1-1.el7"));
        assert!(is_plain_spec("xspot-kernel-5.10.186-xspot"));
        for bad in ["", "-y", "--installroot=/x", "a/b", "a b", "$(x)", "../x"] {
            assert!(!is_plain_spec(bad), "{bad}");
        }
    }

    #[test]
    fn a_version_without_release_matches_any_single_release() {
        assert!(version_matches("2.4.1-1.el7", "2.4.1-1.el7"));
        assert!(version_matches("1.3.0-1", "1.3.0"));
        assert!(!version_matches("1.3.0-1", "1.3"));
        assert!(!version_matches("1.3.01-1", "1.3.0"));
        assert!(!version_matches("2.4.0-1.el7", "2.4.1-1.el7"));
        assert!(!version_matches("5.10.186-xspot-2", "5.10.186"));
    }

    #[test]
    fn root_prefix_is_passed_the_programs_own_way() {
        assert_eq!(root_args("/".into(), true), Vec::<String>::new());
        assert_eq!(root_args("/tmp/r".into(), true), ["--root", "/tmp/r"]);
        assert_eq!(root_args("/tmp/r".into(), false), ["--installroot=/tmp/r"]);
    }
}
