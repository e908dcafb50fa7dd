//! `xmake deploy` with its image half, from the command line on a real podman: the images are
//! saved before the tree snapshot and `current` is switched after it; a second run changes
//! nothing; and a run killed (SIGKILL) at every filesystem mutation of the image half, then
//! run again, ends with `current` whole and every saved image verified.

mod support;

use std::os::unix::process::ExitStatusExt;
use std::path::Path;

use support::built::{built_scenario, DEPLOY};
use support::engine::{podman, sha256sum, Podman};
use support::scenario::{stdout, Scenario};

const SAVED: [&str; 2] = ["docker-base_latest.tar", "img2_7.9.tar"];

fn deploy(s: &Scenario, pm: &Podman, env: &[(&str, &str)]) -> std::process::Output {
    let mut all = vec![("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())];
    all.extend_from_slice(env);
    s.xmake_env(&["deploy"], &all)
}

/// `current`, if present, names the release whose base and saved images all verify.
fn assert_current_whole(deploy: &Path, context: &str) {
    let current = deploy.join("current");
    if std::fs::symlink_metadata(&current).is_err() {
        return;
    }
    assert_eq!(
        std::fs::read_link(&current).unwrap(),
        Path::new("2.4.1"),
        "{context}"
    );
    for file in std::iter::once("base.tar").chain(SAVED) {
        let saved = deploy.join("2.4.1").join(file);
        let sidecar = std::fs::read_to_string(deploy.join("2.4.1").join(format!("{file}.sha256")))
            .unwrap_or_else(|e| panic!("{context}: {file}.sha256: {e}"));
        assert_eq!(
            sidecar,
            format!("{}  {file}\n", sha256sum(&saved)),
            "{context}"
        );
    }
}

/// Back to the state before the first deploy (the engine's images stay built).
fn undeploy(s: &Scenario, deploy: &Path) {
    let _ = std::fs::remove_dir_all(s.path("nfs-apps/exostellar/scripts"));
    let _ = std::fs::remove_file(deploy.join("current"));
    for entry in std::fs::read_dir(deploy.join("2.4.1")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().into_string().unwrap();
        if !name.starts_with("base.tar") {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    let _ = std::fs::remove_dir_all(s.tree.join(".xmake"));
}

#[test]
fn deploy_saves_images_snapshots_the_tree_switches_current_and_survives_kills() {
    let pm = podman();
    let s = built_scenario(&pm);
    let deploy_dir = s.path(DEPLOY);

    pm.clear_log();
    let out = deploy(&s, &pm, &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let order: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .filter(|w| w.ends_with(':'))
        .collect();
    assert_eq!(
        order,
        [
            "script-deploy-dir:",
            "save-images:",
            "snapshot:",
            "current:",
            "prune:"
        ],
        "{text}"
    );
    assert!(text.contains("deploy: ok=1 changed=4"), "{text}");
    assert_current_whole(&deploy_dir, "first run");
    assert!(deploy_dir.join("current").exists());
    assert!(s.path("nfs-apps/exostellar/scripts/latest").exists());
    // The lock beside IMAGE_DEPLOY_DIR was taken as well.
    assert!(s.path("nfs-apps/exostellar/.images.xmake-lock").is_file());

    pm.clear_log();
    let out = deploy(&s, &pm, &[]);
    assert!(
        stdout(&out).contains("deploy: ok=5 changed=0"),
        "{}",
        stdout(&out)
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());

    // Killed at each mutation until the tree snapshot starts, then run again.
    let mut kills = 0;
    for n in 1.. {
        undeploy(&s, &deploy_dir);
        let n = n.to_string();
        let out = deploy(&s, &pm, &[("XMAKE_FAULT_AFTER", &n)]);
        if out.status.signal() != Some(9) {
            break;
        }
        kills += 1;
        let context = format!("killed after mutation {n}");
        assert_current_whole(&deploy_dir, &context);
        let snapshot_started = std::fs::read_dir(s.path("nfs-apps/exostellar/scripts"))
            .map(|d| d.count() > 0)
            .unwrap_or(false);
        let out = deploy(&s, &pm, &[]);
        assert_eq!(out.status.code(), Some(0), "{context}: {}", stdout(&out));
        assert_current_whole(&deploy_dir, &context);
        assert!(deploy_dir.join("current").exists(), "{context}");
        let out = deploy(&s, &pm, &[]);
        assert!(
            stdout(&out).contains("deploy: ok=5 changed=0"),
            "{context}: {}",
            stdout(&out)
        );
        if snapshot_started {
            break;
        }
    }
    assert!(kills >= 4, "the image half was killed only {kills} time(s)");
}
