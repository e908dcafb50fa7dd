//! Facts about directories on the node, read through the `--root` prefix: whether a directory
//! exists, and which filesystem type `/proc/mounts` says holds a path.

use camino::Utf8Path;

use crate::adapters::root::Root;

/// Filesystem types a shared `REMOTE_DIR` may live on (ONTAP exports are NFS).
pub const NETWORK_FS: [&str; 4] = ["nfs", "nfs4", "lustre", "autofs"];

/// One `/proc/mounts` entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mount {
    pub point: String,
    pub fstype: String,
}

/// The mounts in `<root>/proc/mounts`, or `None` when it cannot be read.
pub fn read_mounts(root: &Root) -> Option<Vec<Mount>> {
    let text = std::fs::read_to_string(root.path("/proc/mounts")).ok()?;
    Some(parse_mounts(&text))
}

/// Parses the mounts table; mount points use octal escapes such as `\040` for a space.
pub fn parse_mounts(text: &str) -> Vec<Mount> {
    text.lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let _device = fields.next()?;
            let point = unescape(fields.next()?);
            let fstype = fields.next()?.to_owned();
            Some(Mount { point, fstype })
        })
        .collect()
}

fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| bytes[i] == b'\\' && d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match octal {
            Some(d) => {
                out.push(
                    d.iter()
                        .fold(0u8, |acc, b| acc.wrapping_mul(8).wrapping_add(b - b'0')),
                );
                i += 4;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The mount holding `path`: the last-listed mount with the longest matching mount point.
pub fn mount_of<'m>(mounts: &'m [Mount], path: &Utf8Path) -> Option<&'m Mount> {
    mounts
        .iter()
        .filter(|m| path.starts_with(&m.point))
        .max_by_key(|m| m.point.len())
}

/// Whether `dir` (as the node names it) is a directory under the root prefix.
pub fn dir_exists(root: &Root, dir: &Utf8Path) -> bool {
    root.path(dir).is_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_innermost_mount() {
        let mounts = parse_mounts("/dev/sda1 / xfs rw 0 0\nsrv:/apps /nfs-apps nfs4 rw 0 0\nx /nfs-apps/my\\040dir ext4 rw 0 0\n");
        assert_eq!(
            mount_of(&mounts, "/nfs-apps/xio".into()).unwrap().fstype,
            "nfs4"
        );
        assert_eq!(
            mount_of(&mounts, "/nfs-apps/my dir/a".into())
                .unwrap()
                .fstype,
            "ext4"
        );
        assert_eq!(
            mount_of(&mounts, "/nfs-appsX".into()).unwrap().fstype,
            "xfs"
        );
    }
}
