//! The typed settings native targets use, built from env.cfg and config.toml once they pass
//! check-config: paths without trailing slashes, a parsed size, booleans, version strings.

use camino::Utf8PathBuf;
use serde::Serialize;

/// `CONTAINER_FS_SIZE`: a whole number and a unit.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Size {
    /// As written, e.g. `50G`.
    pub text: String,
    pub bytes: u64,
}

impl Size {
    /// Parses `50G`-style sizes (K, M, G, T, powers of 1024).
    pub fn parse(text: &str) -> Option<Self> {
        let unit = text.chars().last()?;
        let shift = match unit {
            'K' => 10,
            'M' => 20,
            'G' => 30,
            'T' => 40,
            _ => return None,
        };
        let digits = &text[..text.len() - 1];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let number: u64 = digits.parse().ok()?;
        Some(Self {
            text: text.to_owned(),
            bytes: number.checked_mul(1u64 << shift)?,
        })
    }
}

/// The optional services (`*_NEEDED`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Services {
    pub lustre: bool,
    pub autofs: bool,
    pub ldaps: bool,
    pub sssd: bool,
    pub ontap: bool,
}

/// Package versions to install.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Versions {
    pub xspot_rpm: String,
    pub xspot_platform: String,
    pub xspot_kernel: String,
    pub xspot_guest_kernel: String,
    pub cli_wrapper: String,
}

/// What env.cfg checking yields; fields are `None`/empty where the value was missing or wrong.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EnvValues {
    pub remote_dir: Option<Utf8PathBuf>,
    pub container_fs_size: Option<Size>,
    pub image_deploy_dir: Option<Utf8PathBuf>,
    pub script_deploy_dir: Option<Utf8PathBuf>,
    pub services: Services,
    pub ontap_folders: Vec<Utf8PathBuf>,
    pub image_names: Vec<String>,
    /// `None` when any version is missing or empty.
    pub versions: Option<Versions>,
    pub is_systemd: bool,
}

/// The config.toml settings xmake reads (the license key only masked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TomlSettings {
    /// Relative to the tree: which of the two accepted locations was read.
    pub path: Utf8PathBuf,
    pub legacy_location: bool,
    pub ami: Option<String>,
    pub overlay_prefix: String,
    pub on_demand_types: Vec<String>,
    pub spot_fleet_types: Vec<String>,
    pub hyperthreading_disabled: Option<bool>,
    pub instance_tags: Vec<(String, String)>,
    /// The license key with all but its last four characters replaced by `*`.
    pub license_key_masked: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::Size;

    #[test]
    fn parses_sizes() {
        assert_eq!(Size::parse("50G").map(|s| s.bytes), Some(50 << 30));
        assert_eq!(Size::parse("1T").map(|s| s.bytes), Some(1 << 40));
        for bad in [
            "50",
            "G",
            "50g",
            "5.5G",
            "-1G",
            "50GB",
            "",
            "99999999999999T",
        ] {
            assert_eq!(Size::parse(bad), None, "{bad}");
        }
    }
}
