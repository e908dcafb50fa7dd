//! A directory tree described as data: every entry's relative path, kind, permission bits and
//! content checksum (SHA-256). Used to tell whether two trees are the same, to verify a copy,
//! and to copy a tree without following symlinks.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::os::unix::fs::PermissionsExt;

use camino::{Utf8Path, Utf8PathBuf};
use serde::{Deserialize, Serialize};

use super::fs as safe;

/// One entry of a tree. Symlinks are recorded, never followed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Entry {
    Dir {
        mode: u32,
    },
    File {
        mode: u32,
        sha256: String,
        size: u64,
    },
    Symlink {
        target: Utf8PathBuf,
    },
}

/// Relative path (with `/` separators) → entry; the tree's own root is `""`.
pub type Manifest = BTreeMap<Utf8PathBuf, Entry>;

/// Describes the tree under `dir`, leaving out top-level names in `exclude`
/// (e.g. `.git`, `.xmake`). Sockets, fifos and devices are left out.
pub fn scan(dir: &Utf8Path, exclude: &[&str]) -> io::Result<Manifest> {
    scan_noting(dir, exclude).map(|(manifest, _)| manifest)
}

/// [`scan`], with the relative paths of the sockets, fifos and devices it left out (so a
/// caller can say they were not copied).
pub fn scan_noting(dir: &Utf8Path, exclude: &[&str]) -> io::Result<(Manifest, Vec<Utf8PathBuf>)> {
    let mut found = Found::default();
    let mode = fs::metadata(dir)?.permissions().mode() & 0o7777;
    found
        .manifest
        .insert(Utf8PathBuf::new(), Entry::Dir { mode });
    scan_into(dir, Utf8Path::new(""), exclude, &mut found)?;
    Ok((found.manifest, found.special))
}

/// What a scan found: the manifest, and the special files it left out.
#[derive(Default)]
struct Found {
    manifest: Manifest,
    special: Vec<Utf8PathBuf>,
}

fn scan_into(
    base: &Utf8Path,
    rel: &Utf8Path,
    exclude: &[&str],
    found: &mut Found,
) -> io::Result<()> {
    let dir = if rel.as_str().is_empty() {
        base.to_owned()
    } else {
        base.join(rel)
    };
    let mut names = Vec::new();
    for entry in fs::read_dir(&dir)? {
        let entry = entry?;
        let Ok(name) = entry.file_name().into_string() else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{dir} holds a file name that is not UTF-8"),
            ));
        };
        if rel.as_str().is_empty() && exclude.contains(&name.as_str()) {
            continue;
        }
        names.push(name);
    }
    names.sort();
    for name in names {
        let child_rel = rel.join(&name);
        let path = base.join(&child_rel);
        let meta = fs::symlink_metadata(&path)?;
        let mode = meta.permissions().mode() & 0o7777;
        let ft = meta.file_type();
        if ft.is_symlink() {
            let target = Utf8PathBuf::try_from(fs::read_link(&path)?)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
            found.manifest.insert(child_rel, Entry::Symlink { target });
        } else if ft.is_dir() {
            found
                .manifest
                .insert(child_rel.clone(), Entry::Dir { mode });
            scan_into(base, &child_rel, exclude, found)?;
        } else if ft.is_file() {
            let sha256 = safe::sha256_file(&path)?;
            found.manifest.insert(
                child_rel,
                Entry::File {
                    mode,
                    sha256,
                    size: meta.len(),
                },
            );
        } else {
            found.special.push(child_rel);
        }
    }
    Ok(())
}

/// Total size of the regular files in a manifest.
pub fn total_size(manifest: &Manifest) -> u64 {
    manifest
        .values()
        .map(|e| match e {
            Entry::File { size, .. } => *size,
            _ => 0,
        })
        .sum()
}

/// Copies `from` to a new directory `to` (which must not exist), following the manifest made
/// by [`scan`]; each file is streamed (holes kept, memory bounded) and checksum-verified as
/// it is written, and a file replaced by a symlink since the scan is refused. Directory modes are set last
/// so a read-only directory can still be filled.
pub fn copy_tree(from: &Utf8Path, to: &Utf8Path, manifest: &Manifest) -> io::Result<()> {
    for (rel, entry) in manifest {
        let dest = if rel.as_str().is_empty() {
            to.to_owned()
        } else {
            to.join(rel)
        };
        match entry {
            Entry::Dir { .. } => safe::create_dir(&dest, Some(0o700))?,
            Entry::File { mode, sha256, .. } => {
                let got = safe::copy_file_nofollow_verified(&from.join(rel), &dest, *mode)?;
                if &got != sha256 {
                    return Err(io::Error::other(format!(
                        "{} changed while it was being copied",
                        from.join(rel)
                    )));
                }
            }
            Entry::Symlink { target } => safe::create_symlink(target, &dest)?,
        }
    }
    for (rel, entry) in manifest.iter().rev() {
        if let Entry::Dir { mode } = entry {
            safe::set_mode(&to.join(rel), *mode)?;
        }
    }
    Ok(())
}

/// The relative paths where two manifests differ (added, removed or changed).
pub fn differences(a: &Manifest, b: &Manifest) -> Vec<Utf8PathBuf> {
    let mut out: Vec<Utf8PathBuf> = a
        .iter()
        .filter(|(k, v)| b.get(*k) != Some(*v))
        .map(|(k, _)| k.clone())
        .collect();
    out.extend(b.keys().filter(|k| !a.contains_key(*k)).cloned());
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_has_the_same_manifest() {
        let dir = tempfile::tempdir().unwrap();
        let base = Utf8PathBuf::from_path_buf(dir.path().to_owned()).unwrap();
        let src = base.join("src");
        fs::create_dir_all(src.join("sub/.git")).unwrap();
        fs::create_dir_all(src.join(".git")).unwrap();
        fs::write(src.join("sub/a.sh"), "echo hi\n").unwrap();
        fs::set_permissions(src.join("sub/a.sh"), fs::Permissions::from_mode(0o750)).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", src.join("link")).unwrap();
        let manifest = scan(&src, &[".git"]).unwrap();
        assert!(!manifest.contains_key(Utf8Path::new(".git")));
        assert!(manifest.contains_key(Utf8Path::new("sub/.git")));
        copy_tree(&src, &base.join("dst"), &manifest).unwrap();
        let copy = scan(&base.join("dst"), &[]).unwrap();
        assert_eq!(differences(&manifest, &copy), Vec::<Utf8PathBuf>::new());
        fs::write(base.join("dst/sub/a.sh"), "changed\n").unwrap();
        let copy = scan(&base.join("dst"), &[]).unwrap();
        assert_eq!(
            differences(&manifest, &copy),
            vec![Utf8PathBuf::from("sub/a.sh")]
        );
    }
}
