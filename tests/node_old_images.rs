//! `upgrade`'s last step on a real (private) podman: the previous release's images (the
//! release `current` points at, 2.4.0) are removed from the engine only when the removal guard
//! allows it; every other one is kept, with the reason in the plan. Packages, systemd and the
//! scheduler are the stand-ins of `fixtures/fake-bin`.
//!
//! In the engine, all saved under `images/2.4.0/`: `oldtool:2.4.0` (a verified copy of that
//! image: removed), `broken:1` (its copy no longer matches its checksum), `stale:1` (its copy
//! holds an older image of that name), `docker-base:latest` (a name the new release uses) and
//! `xspot-base:2.4.0` (no saved copy: its base is `base.tar`). Also `unrelated:1`, saved nowhere.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use support::engine::{busybox_rootfs_tar, podman, write_sidecar, Podman};
use support::scenario::{state_diff, stdout, Scenario};

const DEPLOY: &str = "nfs-apps/exostellar/images";

fn fake_bin() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin")
}

/// Imports the busybox root file system as `reference`, a distinct image (`label`).
fn import(pm: &Podman, tar: &Path, reference: &str, label: &str) {
    let change = format!("LABEL made.for={label}");
    let out = pm.run(&[
        "import",
        "--change",
        &change,
        tar.to_str().unwrap(),
        reference,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Saves `reference` as `dir/<file>` with its `.sha256`.
fn save(pm: &Podman, dir: &Path, reference: &str, file: &str) -> PathBuf {
    let saved = dir.join(file);
    let out = pm.run(&["save", "-o", saved.to_str().unwrap(), reference]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    write_sidecar(&saved);
    saved
}

fn node(pm: &Podman) -> Scenario {
    let s = Scenario::new("full").with_etc_xspot();
    let state = s.path("var/lib/fake-bin");
    std::fs::create_dir_all(state.join("journal")).unwrap();
    std::fs::write(state.join("rpmdb"), "xspot-2.4.0-1.el7\n").unwrap();
    let deploy = s.path(DEPLOY);
    let old = deploy.join("2.4.0");
    std::fs::create_dir_all(&old).unwrap();
    std::os::unix::fs::symlink("2.4.0", deploy.join("current")).unwrap();

    let tar = pm.dir.join("rootfs.tar");
    busybox_rootfs_tar(&tar);
    import(pm, &tar, "xspot-base:2.4.0", "base");
    import(pm, &tar, "oldtool:2.4.0", "oldtool");
    save(pm, &old, "oldtool:2.4.0", "oldtool_2.4.0.tar");
    import(pm, &tar, "broken:1", "broken");
    let broken = save(pm, &old, "broken:1", "broken_1.tar");
    let mut bytes = std::fs::read(&broken).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&broken, bytes).unwrap();
    import(pm, &tar, "stale:1", "stale-old");
    save(pm, &old, "stale:1", "stale_1.tar");
    import(pm, &tar, "stale:1", "stale-new");
    import(pm, &tar, "docker-base:latest", "docker-base");
    save(pm, &old, "docker-base:latest", "docker-base_latest.tar");
    import(pm, &tar, "unrelated:1", "unrelated");
    s
}

fn run(s: &Scenario, pm: &Podman, args: &[&str]) -> Output {
    run_with_engine(s, &pm.wrapper, args)
}

const ALL: [&str; 6] = [
    "xspot-base:2.4.0",
    "oldtool:2.4.0",
    "broken:1",
    "stale:1",
    "docker-base:latest",
    "unrelated:1",
];

#[test]
fn only_images_the_guard_allows_are_removed_the_others_are_kept_saying_why() {
    let pm = podman();
    let s = node(&pm);
    let ids: Vec<Option<String>> = ALL.iter().map(|r| pm.id(r)).collect();
    assert!(ids.iter().all(Option::is_some), "{ids:?}");
    pm.clear_log();

    let before = s.state(true);
    let out = run(&s, &pm, &["-n", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("would change old-images: remove release 2.4.0's oldtool:2.4.0 (saved and verified under /nfs-apps/exostellar/images)"),
        "{text}"
    );
    for kept in [
        "kept: xspot-base:2.4.0 (no saved copy xspot-base_2.4.0.tar under /nfs-apps/exostellar/images)",
        "kept: broken:1 (no saved copy of it verifies (/nfs-apps/exostellar/images/2.4.0/broken_1.tar: checksum mismatch",
        "kept: stale:1 (no saved copy of it verifies (/nfs-apps/exostellar/images/2.4.0/stale_1.tar holds image",
        "kept: docker-base:latest (this release uses the name too)",
    ] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
    assert!(text.contains("not the engine's"), "{text}");
    assert!(!text.contains("unrelated"), "{text}");
    let after = s.state(true);
    assert!(
        before == after,
        "-n changed: {}",
        state_diff(&before, &after)
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    assert_eq!(ALL.iter().map(|r| pm.id(r)).collect::<Vec<_>>(), ids);

    let out = run(&s, &pm, &["upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("changed  old-images: remove release 2.4.0's oldtool:2.4.0"),
        "{text}"
    );
    assert_eq!(pm.id("oldtool:2.4.0"), None);
    for kept in ALL.iter().filter(|r| **r != "oldtool:2.4.0") {
        assert!(pm.id(kept).is_some(), "{kept} was removed");
    }
    // By the verified id: the name could have moved to another image since the check.
    let oldtool = ids[1].clone().unwrap();
    assert_eq!(
        pm.mutating_calls(),
        vec![format!("image rm -- {oldtool}")],
        "{:?}",
        pm.calls()
    );
    // The saved copies are all still there.
    assert!(s.path(DEPLOY).join("2.4.0/oldtool_2.4.0.tar").is_file());

    let out = run(&s, &pm, &["upgrade"]);
    let text = stdout(&out);
    assert!(text.contains("upgrade: ok=6 changed=0"), "{text}");
    assert!(
        text.contains("ok       old-images: nothing of release 2.4.0 can be removed: 4 kept"),
        "{text}"
    );
}

#[test]
fn no_release_in_production_means_nothing_to_remove() {
    let pm = podman();
    let s = node(&pm);
    std::fs::remove_file(s.path(DEPLOY).join("current")).unwrap();
    pm.clear_log();
    let out = run(&s, &pm, &["upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("ok       old-images: no release in production"),
        "{text}"
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    assert!(pm.id("oldtool:2.4.0").is_some());
}

/// An engine wrapper that, the first time xmake removes or untags an image, first imports a
/// new, unsaved image under `oldtool:2.4.0` (the name moves between the guard's check and the
/// removal), then runs the call.
fn racing_engine(pm: &Podman, tar: &Path) -> PathBuf {
    let racing = pm.dir.join("racing-podman");
    let flag = pm.dir.join("raced");
    std::fs::write(
        &racing,
        format!(
            "#!/bin/sh\ncase \"$*\" in\n\"image rm\"*|untag*)\n  if [ ! -e '{flag}' ]; then\n    : > '{flag}'\n    '{pm}' import --change 'LABEL made.for=intruder' '{tar}' oldtool:2.4.0 >/dev/null 2>&1 || exit 99\n  fi;;\nesac\nexec '{pm}' \"$@\"\n",
            flag = flag.display(),
            pm = pm.wrapper.display(),
            tar = tar.display(),
        ),
    )
    .unwrap();
    std::fs::set_permissions(&racing, std::fs::Permissions::from_mode(0o755)).unwrap();
    racing
}

fn run_with_engine(s: &Scenario, engine: &Path, args: &[&str]) -> Output {
    let path = format!(
        "{}:{}",
        fake_bin().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let state = s.path("var/lib/fake-bin");
    s.xmake_env(
        args,
        &[
            ("PATH", &path),
            ("XMAKE_CONTAINER_ENGINE", engine.to_str().unwrap()),
            ("XMAKE_FAKE_STATE", state.to_str().unwrap()),
        ],
    )
}

#[test]
fn a_name_moved_to_another_image_after_the_check_never_removes_that_image() {
    let pm = podman();
    let s = node(&pm);
    let verified = pm.id("oldtool:2.4.0").unwrap();
    let racing = racing_engine(&pm, &pm.dir.join("rootfs.tar"));
    let out = run_with_engine(&s, &racing, &["upgrade"]);
    let text = stdout(&out);
    assert!(pm.dir.join("raced").exists(), "no removal ran: {text}");
    // The intruder, saved nowhere, keeps the name; the verified image is gone.
    let intruder = pm.id("oldtool:2.4.0");
    assert!(
        intruder.is_some(),
        "the image the name moved to was removed: {text}\n{:?}",
        pm.calls()
    );
    assert_ne!(intruder.as_deref(), Some(verified.as_str()));
    assert_eq!(pm.id(&verified), None, "{text}\n{:?}", pm.calls());
}

#[test]
fn an_old_image_with_two_names_loses_each_name_from_that_very_image() {
    let pm = podman();
    let s = node(&pm);
    let old = s.path(DEPLOY).join("2.4.0");
    let tag = pm.run(&["tag", "oldtool:2.4.0", "oldtool:latest"]);
    assert!(tag.status.success());
    save(&pm, &old, "oldtool:latest", "oldtool_latest.tar");
    let id = pm.id("oldtool:2.4.0").unwrap();
    pm.clear_log();
    let out = run(&s, &pm, &["upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(pm.id(&id), None, "{text}\n{:?}", pm.calls());
    assert_eq!(
        pm.mutating_calls(),
        vec![
            format!("untag {id} oldtool:2.4.0"),
            format!("image rm -- {id}"),
        ],
        "{text}"
    );
}
