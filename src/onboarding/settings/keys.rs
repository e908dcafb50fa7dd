//! The env.cfg keys xmake knows, from the onboarding spec's table: the one list that unknown-key
//! warnings, "did you mean" suggestions and `--show-config` agree on.

/// How a key's value is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An absolute directory; trailing slashes are stripped.
    Dir,
    /// A size: a number and K, M, G or T.
    Size,
    /// `0` or `1`.
    Flag,
    /// `yes` or `no`.
    YesNo,
    /// A non-empty version string.
    Version,
    /// An array of absolute directories.
    DirList,
    /// An array of image references.
    ImageList,
}

/// One known key.
#[derive(Clone, Copy, Debug)]
pub struct Key {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn key(name: &'static str, kind: Kind, required: bool) -> Key {
    Key {
        name,
        kind,
        required,
    }
}

/// Every key env.cfg may set, in the order the vendor's file lists them.
pub const KEYS: [Key; 17] = [
    key("REMOTE_DIR", Kind::Dir, true),
    key("CONTAINER_FS_SIZE", Kind::Size, true),
    key("IMAGE_DEPLOY_DIR", Kind::Dir, false),
    key("SCRIPT_DEPLOY_DIR", Kind::Dir, false),
    key("LUSTRE_NEEDED", Kind::Flag, false),
    key("AUTOFS_NEEDED", Kind::Flag, false),
    key("LDAPS_NEEDED", Kind::Flag, false),
    key("SSSD_NEEDED", Kind::Flag, false),
    key("ONTAP_NEEDED", Kind::Flag, false),
    key("ONTAP_FOLDERS", Kind::DirList, false),
    key("IMAGE_NAME_LIST", Kind::ImageList, true),
    key("XSPOT_RPM_VERSION", Kind::Version, true),
    key("XSPOT_PLATFORM", Kind::Version, true),
    key("XSPOT_KERNEL", Kind::Version, true),
    key("XSPOT_GUEST_KERNEL", Kind::Version, true),
    key("CLI_WRAPPER_VERSION", Kind::Version, true),
    key("IS_SYSTEMD", Kind::YesNo, false),
];

/// [`KEYS`]' names, in the same order.
pub const KEY_NAMES: [&str; KEYS.len()] = {
    let mut names = [""; KEYS.len()];
    let mut i = 0;
    while i < KEYS.len() {
        names[i] = KEYS[i].name;
        i += 1;
    }
    names
};

/// The known key called `name`.
pub fn lookup(name: &str) -> Option<&'static Key> {
    KEYS.iter().find(|k| k.name == name)
}

/// All known key names.
pub fn names() -> impl Iterator<Item = &'static str> {
    KEYS.iter().map(|k| k.name)
}
