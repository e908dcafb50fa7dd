//! The packages a controller runs, at the versions env.cfg names: `xspot` at
//! `XSPOT_RPM_VERSION.XSPOT_PLATFORM`, `xspot-kernel` at `XSPOT_KERNEL`, `xspot-cli-wrapper` at
//! `CLI_WRAPPER_VERSION` (the specs the vendor's recipe installs); a worker VM's
//! `xspot-worker`; each compared with what rpm says is installed, and the one `yum install -y`
//! that brings the node there.

use crate::adapters::packages::{self, PackageCall};
use crate::onboarding::settings::Versions;

/// A package and the version env.cfg wants.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub name: &'static str,
    pub version: String,
}

impl Wanted {
    /// `NAME-VERSION`, as yum takes it.
    pub fn spec(&self) -> String {
        format!("{}-{}", self.name, self.version)
    }
}

/// The controller's packages.
pub fn controller(v: &Versions) -> Vec<Wanted> {
    vec![
        Wanted {
            name: "xspot",
            version: format!("{}.{}", v.xspot_rpm, v.xspot_platform),
        },
        Wanted {
            name: "xspot-kernel",
            version: v.xspot_kernel.clone(),
        },
        Wanted {
            name: "xspot-cli-wrapper",
            version: v.cli_wrapper.clone(),
        },
    ]
}

/// The worker image's packages (`install-xspot-worker`, on the scratch worker VM): `xspot-worker`
/// at `XSPOT_RPM_VERSION.XSPOT_PLATFORM`, the spec the vendor's `customize_worker_ami.sh`
/// installs.
pub fn worker(v: &Versions) -> Vec<Wanted> {
    vec![Wanted {
        name: "xspot-worker",
        version: format!("{}.{}", v.xspot_rpm, v.xspot_platform),
    }]
}

/// A package whose installed version is not the wanted one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub wanted: Wanted,
    /// The installed versions (empty: not installed).
    pub installed: Vec<String>,
}

impl Change {
    /// `xspot 2.4.0-1.el7 -> 2.4.1-1.el7` (or `xspot (not installed) -> …`).
    pub fn describe(&self) -> String {
        let old = if self.installed.is_empty() {
            "(not installed)".to_owned()
        } else {
            self.installed.join(", ")
        };
        format!("{} {old} -> {}", self.wanted.name, self.wanted.version)
    }
}

/// The packages that differ, asking rpm under `root`.
pub fn changes(
    wanted: &[Wanted],
    root: &camino::Utf8Path,
) -> Result<Vec<Change>, packages::PackagesError> {
    let mut out = Vec::new();
    for w in wanted {
        if !packages::is_plain_spec(&w.spec()) {
            return Err(packages::PackagesError::BadSpec(w.spec()));
        }
        let installed = packages::installed(w.name, root)?;
        if !installed
            .iter()
            .any(|v| packages::version_matches(v, &w.version))
        {
            out.push(Change {
                wanted: w.clone(),
                installed,
            });
        }
    }
    Ok(out)
}

/// The call installing `changes`.
pub fn install_call(changes: &[Change], root: &camino::Utf8Path) -> PackageCall {
    PackageCall::Install {
        specs: changes.iter().map(|c| c.wanted.spec()).collect(),
        root: root.to_owned(),
    }
}
