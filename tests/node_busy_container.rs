//! `upgrade` on a node running a real container (a private podman, a busybox container that
//! sleeps): refused, listing the container, nothing changed; `--force` upgrades. Packages and
//! the scheduler are the stand-ins of `fixtures/fake-bin` (Slurm's, with no job).
//!
//! Running a container in this sandbox needs two things the test does itself, changing nothing
//! outside it: rlimits within the hard limits (`--ulimit nofile=1024:1024 --ulimit
//! nproc=1024:1024`: podman's defaults are higher, and raising a hard limit needs
//! `CAP_SYS_RESOURCE`, which the sandbox lacks), and, on a hybrid cgroup host whose cgroup v2
//! still lists a controller (crun refuses: "cgroups in hybrid mode not supported"), a private
//! mount namespace (`unshare -m`) in which that controller is mounted as cgroup v1, so crun sees
//! none in v2. Plain `podman run` is tried first.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use support::engine::{busybox_rootfs_tar, podman, Podman};
use support::scenario::{state_diff, stdout, Scenario};

const NAME: &str = "xmake-busy";

/// Removes the container when the test ends, whatever happened.
struct Running<'a>(&'a Podman);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        let _ = self.0.run(&["rm", "-f", "-t", "0", NAME]);
    }
}

fn podman_args(pm: &Podman) -> Vec<String> {
    vec![
        "podman".into(),
        "--root".into(),
        pm.dir.join("store").display().to_string(),
        "--runroot".into(),
        pm.dir.join("run").display().to_string(),
        "--storage-driver".into(),
        "vfs".into(),
        "run".into(),
        "-d".into(),
        "--name".into(),
        NAME.into(),
        "--ulimit".into(),
        "nofile=1024:1024".into(),
        "--ulimit".into(),
        "nproc=1024:1024".into(),
        "busy:1".into(),
        "/bin/busybox".into(),
        "sleep".into(),
        "600".into(),
    ]
}

/// Starts the sleeping container, plainly or in a private mount namespace.
fn start(pm: &Podman) -> Running<'_> {
    let args = podman_args(pm);
    let plain = Command::new(&args[0]).args(&args[1..]).output().unwrap();
    if !plain.status.success() {
        let _ = pm.run(&["rm", "-f", NAME]);
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let script = format!(
            "mount -t tmpfs tmpfs /mnt && mkdir /mnt/h && mount -t cgroup -o hugetlb cgroup /mnt/h && exec {}",
            quoted.join(" ")
        );
        let out = Command::new("unshare")
            .args(["-m", "--propagation", "private", "sh", "-c", &script])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "cannot run a container here, plainly ({}) nor in a private mount namespace ({})",
            String::from_utf8_lossy(&plain.stderr),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Running(pm)
}

fn fake_bin() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin")
}

#[test]
fn a_node_running_a_container_is_refused_unless_forced() {
    let pm = podman();
    let tar = pm.dir.join("rootfs.tar");
    busybox_rootfs_tar(&tar);
    assert!(pm
        .run(&["import", tar.to_str().unwrap(), "busy:1"])
        .status
        .success());
    let _running = start(&pm);
    let ps = pm.run(&["ps", "--format", "{{.Names}}"]);
    assert_eq!(String::from_utf8_lossy(&ps.stdout).trim(), NAME);

    let s = Scenario::new("full").with_etc_xspot();
    let state = s.path("var/lib/fake-bin");
    std::fs::create_dir_all(state.join("journal")).unwrap();
    std::fs::write(state.join("rpmdb"), "xspot-2.4.0-1.el7\n").unwrap();
    let path = format!(
        "{}:{}",
        fake_bin().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let run = |args: &[&str]| {
        s.xmake_env(
            args,
            &[
                ("PATH", &path),
                ("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap()),
                ("XMAKE_FAKE_STATE", state.to_str().unwrap()),
            ],
        )
    };
    let before = s.state(true);
    let out = run(&["upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("failed   preconditions: the node is busy: 1 running container(s) ("),
        "{text}"
    );
    assert!(
        text.contains(&format!("localhost/busy:1 {NAME})")),
        "{text}"
    );
    let after = s.state(true);
    assert!(before == after, "{}", state_diff(&before, &after));

    let out = run(&["--force", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("--force: upgrading a busy node: 1 running container(s)"),
        "{text}"
    );
    assert!(std::fs::read_to_string(state.join("rpmdb"))
        .unwrap()
        .contains("xspot-2.4.1-1.el7"));
}
