//! What a root filesystem snapshot leaves out: the kernel's and the run's own filesystems
//! (`/proc`, `/sys`, `/dev`, `/run`, `/tmp`), the engines' image storage, network mounts (from `/proc/mounts`, read under
//! the root prefix), the shared storage (`REMOTE_DIR`, both deploy directories) and the tree.

use camino::{Utf8Path, Utf8PathBuf};

use crate::onboarding::step::Ctx;

/// Always left out: kernel and run-time filesystems, and the container engines' own image
/// storage (a base image holding every image is neither wanted nor small).
pub const SYSTEM: [&str; 7] = [
    "/proc",
    "/sys",
    "/dev",
    "/run",
    "/tmp",
    "/var/lib/containers",
    "/var/lib/docker",
];
/// Filesystem types that are remote (or cluster) storage.
const NETWORK: [&str; 14] = [
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ceph",
    "glusterfs",
    "fuse.glusterfs",
    "fuse.sshfs",
    "lustre",
    "gpfs",
    "beegfs",
    "afs",
    "9p",
];
/// `/proc/mounts` is read up to this size.
const MAX_MOUNTS: u64 = 4 << 20;

/// Every node path the snapshot of `cx`'s root leaves out, sorted, without repeats.
pub fn paths(cx: &Ctx) -> Vec<Utf8PathBuf> {
    let mut out: Vec<Utf8PathBuf> = SYSTEM.iter().map(Utf8PathBuf::from).collect();
    out.extend(network_mounts(&read_mounts(&cx.path("/proc/mounts"))));
    out.push(cx.site.remote_dir.clone());
    out.push(cx.site.image_deploy_dir.clone());
    out.push(cx.site.script_deploy_dir.clone());
    out.push(cx.root.display(&cx.tree.dir));
    out.retain(|p| p.is_absolute() && p != "/");
    out.sort();
    out.dedup();
    out
}

fn read_mounts(path: &Utf8Path) -> String {
    use std::io::Read;
    let mut text = String::new();
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.take(MAX_MOUNTS).read_to_string(&mut text);
    }
    text
}

/// Mount points of network filesystems in `/proc/mounts` text (octal escapes decoded).
pub fn network_mounts(mounts: &str) -> Vec<Utf8PathBuf> {
    mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split(' ');
            let (_, point, kind) = (fields.next()?, fields.next()?, fields.next()?);
            NETWORK.contains(&kind).then(|| unescape(point).into())
        })
        .collect()
}

/// `\040` and friends back to their bytes.
fn unescape(field: &str) -> String {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes
            .get(i + 1..i + 4)
            .filter(|d| d.iter().all(|b| (b'0'..=b'7').contains(b)));
        match (bytes[i], octal) {
            (b'\\', Some(d)) => {
                out.push((d[0] - b'0') * 64 + (d[1] - b'0') * 8 + (d[2] - b'0'));
                i += 4;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_mounts_are_found_and_unescaped() {
        let mounts = "/dev/vda / ext4 rw 0 0\n\
                      srv:/apps /nfs-apps nfs4 rw 0 0\n\
                      //srv/share /mnt/my\\040share cifs rw 0 0\n\
                      proc /proc proc rw 0 0\n";
        assert_eq!(
            network_mounts(mounts),
            vec![
                Utf8PathBuf::from("/nfs-apps"),
                Utf8PathBuf::from("/mnt/my share")
            ]
        );
    }
}
