//! Shared helpers for the onboarding integration tests: a scratch root holding a copy of a
//! fixture tree at `/nfs-apps/exostellar/onboarding`, runners for `xmake` (native targets),
//! for the tree's own Makefile recipes under GNU make and under `xmake --no-native`, and a
//! snapshot of every file under the root to compare end states.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use super::files::copy_dir;
use super::run::{exe, Xmake};

pub const TREE: &str = "nfs-apps/exostellar/onboarding";

pub struct Scenario {
    _guard: tempfile::TempDir,
    pub root: PathBuf,
    pub tree: PathBuf,
}

impl Scenario {
    /// A root with `/nfs-apps/exostellar` and a copy of `fixtures/trees/<name>` in it.
    pub fn new(name: &str) -> Self {
        let guard = tempfile::tempdir().unwrap();
        let root = guard.path().to_owned();
        let fixture = super::files::repo().join("fixtures/trees").join(name);
        let tree = root.join(TREE);
        copy_dir(&fixture, &tree);
        Self {
            _guard: guard,
            root,
            tree,
        }
    }

    /// Installs `/etc/xspot/{config,scripts}` from the tree, as `make controller` would.
    pub fn with_etc_xspot(self) -> Self {
        let xspot = self.tree.join("scripts/controller/integrate-xspot");
        let etc = self.root.join("etc/xspot");
        copy_dir(&xspot.join("config"), &etc.join("config"));
        copy_dir(&xspot.join("scripts"), &etc.join("scripts"));
        if xspot.join("config.toml").is_file() {
            std::fs::copy(xspot.join("config.toml"), etc.join("config/config.toml")).unwrap();
        }
        self
    }

    /// Installs the post-docker unit and `/etc/xspot/env.cfg` from the tree, as `make
    /// controller` leaves a controller.
    pub fn with_post_docker_unit(self) -> Self {
        std::fs::create_dir_all(self.path("etc/systemd/system")).unwrap();
        std::fs::copy(
            self.tree.join("scripts/templates/post-docker.service"),
            self.path("etc/systemd/system/post-docker.service"),
        )
        .unwrap();
        std::fs::copy(
            self.tree.join("conf/env.cfg"),
            self.path("etc/xspot/env.cfg"),
        )
        .unwrap();
        self
    }

    /// The fake-bin stand-ins' state (`/var/lib/fake-bin`) of a node running release 2.4.0:
    /// its package database and an empty journal.
    pub fn with_old_release_packages(self) -> Self {
        let state = self.path("var/lib/fake-bin");
        std::fs::create_dir_all(state.join("journal")).unwrap();
        std::fs::write(
            state.join("rpmdb"),
            "xspot-2.4.0-1.el7\nxspot-kernel-5.10.186-xspot\nxspot-cli-wrapper-1.2.0\n",
        )
        .unwrap();
        self
    }

    /// Replaces `from` by `to` in the tree's `conf/env.cfg`.
    pub fn edit_env_cfg(&self, from: &str, to: &str) {
        let env = self.tree.join("conf/env.cfg");
        let text = std::fs::read_to_string(&env).unwrap();
        assert!(text.contains(from), "env.cfg has no `{from}`");
        std::fs::write(&env, text.replace(from, to)).unwrap();
    }

    /// Edits the working configuration the way an admin does during validation.
    pub fn with_admin_edits(self) -> Self {
        let etc = self.root.join("etc/xspot");
        let toml = etc.join("config/config.toml");
        let text = std::fs::read_to_string(&toml).unwrap();
        std::fs::write(
            &toml,
            text.replace("ami-0a1b2c3d4e5f60718", "ami-0fedcba9876543210"),
        )
        .unwrap();
        std::fs::write(etc.join("scripts/site_hook.sh"), "#!/bin/bash\necho hook\n").unwrap();
        std::fs::set_permissions(
            etc.join("scripts/site_hook.sh"),
            std::fs::Permissions::from_mode(0o750),
        )
        .unwrap();
        std::fs::create_dir_all(etc.join("scripts/extra")).unwrap();
        std::fs::write(etc.join("scripts/extra/notes.txt"), "validated\n").unwrap();
        self
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// The run builder set to `-C <tree> --root <root>` (see [`Xmake`]).
    pub fn builder(&self) -> Xmake {
        Xmake::new().dir(&self.tree).root(&self.root)
    }

    /// Runs the native driver on the tree with extra environment.
    pub fn xmake_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        self.builder().args(args.iter().copied()).envs(env).output()
    }

    /// Runs `xmake -C <tree>` without `--root` (which refuses any recipe): for runs where
    /// recipes may run, on a tree whose env.cfg names directories inside the scratch root
    /// (see [`Scenario::with_absolute_remote_dir`]).
    pub fn xmake_unconfined(&self, args: &[&str]) -> Output {
        Xmake::new()
            .dir(&self.tree)
            .args(args.iter().copied())
            .output()
    }

    /// Points env.cfg's `REMOTE_DIR` (and the directories under it) at the scratch root's
    /// `/nfs-apps/exostellar` by its real path, so runs without `--root` stay inside it.
    pub fn with_absolute_remote_dir(self) -> Self {
        let remote = self.root.join("nfs-apps/exostellar");
        self.edit_env_cfg(
            "REMOTE_DIR=/nfs-apps/exostellar",
            &format!("REMOTE_DIR={}", remote.display()),
        );
        self
    }

    pub fn xmake(&self, args: &[&str]) -> Output {
        self.xmake_env(args, &[])
    }

    /// Runs `xmake` with `--format=json` and parses the document.
    pub fn xmake_json(&self, args: &[&str]) -> (i32, serde_json::Value) {
        let mut all = vec!["--format=json"];
        all.extend_from_slice(args);
        let out = self.xmake(&all);
        let doc = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", stdout(&out), stderr(&out)));
        (out.status.code().unwrap_or(-1), doc)
    }

    /// Runs the tree's Makefile recipe with GNU make (the vendor's legacy path).
    pub fn make(&self, target: &str) -> Output {
        self.recipe("/usr/bin/make", &[target])
    }

    /// Runs the tree's Makefile recipe with xmake's own engine (`--no-native`).
    pub fn xmake_recipe(&self, target: &str) -> Output {
        self.recipe(exe(), &["--no-native", target])
    }

    fn recipe(&self, program: &str, args: &[&str]) -> Output {
        self.recipe_env(program, args, &[])
    }

    /// Runs a recipe (`program` is GNU make or xmake with `--no-native` in `args`) with extra
    /// environment (a `PATH` with the stand-ins first).
    pub fn recipe_env(&self, program: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = Command::new(program);
        cmd.arg("-C")
            .arg(&self.tree)
            .arg(format!("ROOT={}", self.root.display()))
            .args(args)
            .env_remove("MAKEFLAGS")
            .env_remove("MAKELEVEL");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    /// Every path under the root with its kind, mode, contents and (if asked) mtime; xmake's
    /// own state (`.xmake/`, lock files, snapshot markers) is left out.
    pub fn state(&self, with_mtime: bool) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        walk(&self.root, &self.root, with_mtime, false, &mut out);
        out
    }

    /// Every path under the root, xmake's own state (`.xmake/`, lock files) included, with
    /// kind, mode, contents and mtime: what a read-only run must leave byte for byte.
    pub fn state_all(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        walk(&self.root, &self.root, true, true, &mut out);
        out
    }
}

fn walk(
    base: &Path,
    dir: &Path,
    with_mtime: bool,
    with_xmake_state: bool,
    out: &mut BTreeMap<String, String>,
) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .collect();
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !with_xmake_state
            && (name == ".xmake" || name.ends_with(".xmake-lock") || name == ".xmake-snapshot.json")
        {
            continue;
        }
        let path = entry.path();
        let rel = path
            .strip_prefix(base)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let meta = std::fs::symlink_metadata(&path).unwrap();
        let mode = meta.permissions().mode() & 0o7777;
        let mtime = if with_mtime {
            format!(" mtime={:?}", meta.modified().unwrap())
        } else {
            String::new()
        };
        let desc = if meta.file_type().is_symlink() {
            format!("link -> {}", std::fs::read_link(&path).unwrap().display())
        } else if meta.is_dir() {
            walk(base, &path, with_mtime, with_xmake_state, out);
            format!("dir {mode:o}{mtime}")
        } else if !meta.is_file() {
            // A FIFO or device: never opened (a FIFO would block).
            format!("special {:?} {mode:o}{mtime}", meta.file_type())
        } else {
            let bytes = std::fs::read(&path).unwrap();
            format!(
                "file {mode:o} {}{mtime}",
                xmake::adapters::fs::sha256_hex(&bytes)
            )
        };
        out.insert(rel, desc);
    }
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The summary counts of a JSON report.
pub fn summary(doc: &serde_json::Value) -> (u64, u64, u64, u64) {
    let s = &doc["summary"];
    let n = |k: &str| s[k].as_u64().unwrap();
    (n("ok"), n("changed"), n("skipped"), n("failed"))
}

/// The differences between two states, for assertion messages.
pub fn state_diff(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    for (k, v) in a {
        match b.get(k) {
            Some(w) if w == v => {}
            Some(w) => {
                let _ = writeln!(out, "~ {k}: {v} => {w}");
            }
            None => {
                let _ = writeln!(out, "- {k}: {v}");
            }
        }
    }
    for (k, v) in b {
        if !a.contains_key(k) {
            let _ = writeln!(out, "+ {k}: {v}");
        }
    }
    out
}
