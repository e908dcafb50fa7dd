//! Facts about the node, read through the `--root` prefix: whether a directory exists, which
//! filesystem type `/proc/mounts` says holds a path, and which IPv4 networks the node's
//! routes (`/proc/net/route`) reach directly.

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
        if let Some(d) = octal {
            out.push(
                d.iter()
                    .fold(0u8, |acc, b| acc.wrapping_mul(8).wrapping_add(b - b'0')),
            );
            i += 4;
        } else {
            out.push(bytes[i]);
            i += 1;
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

/// An IPv4 network the node is on: address and prefix length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Network {
    pub addr: std::net::Ipv4Addr,
    pub prefix: u32,
}

impl Network {
    /// Whether the two networks share any address.
    pub fn overlaps(self, other: Network) -> bool {
        let prefix = self.prefix.min(other.prefix);
        let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
        u32::from(self.addr) & mask == u32::from(other.addr) & mask
    }
}

impl std::fmt::Display for Network {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.addr, self.prefix)
    }
}

/// The networks of `<root>/proc/net/route` (the default route left out), or `None` when it
/// cannot be read.
pub fn read_networks(root: &Root) -> Option<Vec<Network>> {
    let text = std::fs::read_to_string(root.path("/proc/net/route")).ok()?;
    Some(parse_routes(&text))
}

/// Parses the kernel's route table: destination and mask are hexadecimal, in host byte order
/// as the kernel prints them (little-endian on the machines X-Spot runs on).
pub fn parse_routes(text: &str) -> Vec<Network> {
    text.lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let dest = u32::from_str_radix(fields.get(1)?, 16).ok()?;
            let mask = u32::from_str_radix(fields.get(7)?, 16).ok()?;
            let mask = u32::from_be_bytes(mask.to_le_bytes());
            (mask != 0).then(|| Network {
                addr: std::net::Ipv4Addr::from(dest.to_le_bytes()),
                prefix: mask.leading_ones(),
            })
        })
        .collect()
}

#[cfg(test)]
mod route_tests {
    use super::*;

    #[test]
    fn reads_networks_and_overlaps() {
        let table =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n\
                     eth0\t00000000\t0100A8C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n\
                     eth0\t0089A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n\
                     eth1\t0000100A\t00000000\t0001\t0\t0\t0\t0000F0FF\t0\t0\t0\n";
        let nets = parse_routes(table);
        assert_eq!(
            nets.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["192.168.137.0/24", "10.16.0.0/12"]
        );
        let overlay = Network {
            addr: "192.168.137.0".parse().unwrap(),
            prefix: 24,
        };
        assert!(nets[0].overlaps(overlay));
        assert!(!nets[1].overlaps(overlay));
        let wide = Network {
            addr: "10.20.0.0".parse().unwrap(),
            prefix: 24,
        };
        assert!(nets[1].overlaps(wide));
    }
}
