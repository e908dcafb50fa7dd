//! `build-image` on a real podman (private storage per test, every engine call logged):
//! the first run imports the base and builds; a second run changes nothing and runs no
//! mutating engine call; a changed Dockerfile rebuilds that image only; `-n` changes nothing;
//! a corrupted base is reported and never imported.

mod support;

use support::engine::{busybox_rootfs_tar, podman, sha256sum, write_sidecar, Podman};
use support::scenario::{state_diff, stdout, summary, Scenario};

const RELEASE: &str = "2.4.1";

/// The `full` tree (`IMAGE_NAME_LIST`: docker-base, img2:7.9) with Dockerfiles busybox can run,
/// and a base snapshot in `${IMAGE_DEPLOY_DIR}/2.4.1/`.
fn scenario() -> Scenario {
    let s = Scenario::new("full");
    let images = s.tree.join("images");
    std::fs::remove_dir_all(&images).unwrap();
    let base = images.join("docker-base/docker_build_path");
    std::fs::create_dir_all(&base).unwrap();
    std::fs::write(
        base.join("Dockerfile"),
        "ARG BASE\nFROM ${BASE}\nRUN echo docker-base > /etc/role\nCOPY motd /etc/motd\n",
    )
    .unwrap();
    std::fs::write(base.join("motd"), "welcome\n").unwrap();
    let img2 = images.join("img2/docker_build_path");
    std::fs::create_dir_all(&img2).unwrap();
    std::fs::write(
        img2.join("Dockerfile"),
        "FROM xspot-base:latest\nRUN mkdir -p /opt/img2 && echo 7.9 > /opt/img2/version\n",
    )
    .unwrap();
    let release = s.path("nfs-apps/exostellar/images").join(RELEASE);
    std::fs::create_dir_all(&release).unwrap();
    busybox_rootfs_tar(&release.join("base.tar"));
    write_sidecar(&release.join("base.tar"));
    s
}

fn build_image(s: &Scenario, pm: &Podman, extra: &[&str]) -> (i32, serde_json::Value) {
    let mut args = vec!["--format=json"];
    args.extend_from_slice(extra);
    args.push("build-image");
    let out = s.xmake_env(
        &args,
        &[("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())],
    );
    let doc = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            stdout(&out),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), doc)
}

/// The root is as it was (`before` taken with or without mtimes: a run that takes its locks
/// touches the directories that hold them).
fn assert_unchanged(s: &Scenario, before: &std::collections::BTreeMap<String, String>) {
    let with_mtime = before.values().any(|v| v.contains("mtime="));
    let after = s.state(with_mtime);
    assert!(before == &after, "{}", state_diff(before, &after));
}

fn label(pm: &Podman, reference: &str, key: &str) -> String {
    let format = format!("{{{{index .Config.Labels \"{key}\"}}}}");
    let out = pm.run(&["image", "inspect", "--format", &format, reference]);
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn builds_once_then_changes_nothing_then_rebuilds_only_a_changed_image() {
    let pm = podman();
    let s = scenario();
    let (code, first) = build_image(&s, &pm, &[]);
    assert_eq!(code, 0, "{first}");
    assert_eq!(summary(&first), (0, 3, 0, 0), "{first}");
    assert!(s
        .tree
        .join(".xmake/shipped/2.4.1/images/img2/docker_build_path/Dockerfile")
        .is_file());
    let base_id = pm.id("xspot-base:2.4.1").expect("base imported");
    assert_eq!(pm.id("xspot-base:latest").as_ref(), Some(&base_id));
    let tar = s.path("nfs-apps/exostellar/images/2.4.1/base.tar");
    assert_eq!(
        label(&pm, "xspot-base:2.4.1", "xmake.base-sha256"),
        sha256sum(&tar)
    );
    let docker_base = pm.id("docker-base:latest").expect("docker-base built");
    let img2 = pm.id("img2:7.9").expect("img2 built");
    assert_eq!(label(&pm, "img2:7.9", "xmake.inputs-sha256").len(), 64);
    let builds: Vec<_> = pm
        .mutating_calls()
        .into_iter()
        .filter(|c| c.starts_with("build"))
        .collect();
    assert_eq!(builds.len(), 2, "{builds:?}");
    assert!(builds
        .iter()
        .all(|b| b.contains("--isolation chroot") && b.contains("BASE=xspot-base:2.4.1")));

    // Second run: every step ok, only queries.
    pm.clear_log();
    let before = s.state(true);
    let (code, second) = build_image(&s, &pm, &[]);
    assert_eq!(code, 0, "{second}");
    assert_eq!(summary(&second), (3, 0, 0, 0), "{second}");
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    assert!(!pm.calls().is_empty(), "the engine was asked");
    assert_unchanged(&s, &before);

    // One changed Dockerfile: that image alone is rebuilt.
    let dockerfile = s.tree.join("images/img2/docker_build_path/Dockerfile");
    let mut text = std::fs::read_to_string(&dockerfile).unwrap();
    text.push_str("RUN echo again > /opt/img2/again\n");
    std::fs::write(&dockerfile, text).unwrap();
    pm.clear_log();
    let (code, third) = build_image(&s, &pm, &[]);
    assert_eq!(code, 0, "{third}");
    assert_eq!(summary(&third), (2, 1, 0, 0), "{third}");
    let calls = pm.mutating_calls();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(calls[0].contains("--tag img2:7.9"), "{calls:?}");
    assert_eq!(pm.id("docker-base:latest"), Some(docker_base));
    assert_ne!(pm.id("img2:7.9"), Some(img2));

    // A changed context file (not the Dockerfile) also counts.
    std::fs::write(
        s.tree.join("images/docker-base/docker_build_path/motd"),
        "hi\n",
    )
    .unwrap();
    pm.clear_log();
    let (code, fourth) = build_image(&s, &pm, &[]);
    assert_eq!(code, 0, "{fourth}");
    let calls = pm.mutating_calls();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert!(calls[0].contains("--tag docker-base:latest"), "{calls:?}");
}

#[test]
fn dry_run_lists_the_engine_calls_and_changes_nothing() {
    let pm = podman();
    let s = scenario();
    let before = s.state(true);
    let out = s.xmake_env(
        &["-n", "build-image"],
        &[("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains(" import --change "), "{text}");
    assert!(
        text.contains(" tag xspot-base:2.4.1 xspot-base:latest"),
        "{text}"
    );
    assert_eq!(
        text.matches(" build --isolation chroot ").count(),
        2,
        "{text}"
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    assert_eq!(pm.id("xspot-base:2.4.1"), None);
    assert_unchanged(&s, &before);
}

#[test]
fn a_corrupted_base_is_reported_and_never_imported() {
    let pm = podman();
    let s = scenario();
    let tar = s.path("nfs-apps/exostellar/images/2.4.1/base.tar");
    let expected = sha256sum(&tar);
    let mut bytes = std::fs::read(&tar).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&tar, &bytes).unwrap();
    let actual = sha256sum(&tar);
    let before = s.state(false);
    let out = s.xmake_env(
        &["build-image"],
        &[("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("/nfs-apps/exostellar/images/2.4.1/base.tar: checksum mismatch"),
        "{text}"
    );
    assert!(text.contains(&expected) && text.contains(&actual), "{text}");
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    assert_unchanged(&s, &before);
}

#[test]
fn without_a_working_engine_nothing_is_changed() {
    let s = scenario();
    let before = s.state(true);
    let out = s.xmake_env(
        &["build-image"],
        &[("XMAKE_CONTAINER_ENGINE", "/bin/false")],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("XMAKE_CONTAINER_ENGINE=/bin/false does not work"),
        "{text}"
    );
    assert!(text.contains("nothing was changed"), "{text}");
    assert_unchanged(&s, &before);
}

#[test]
fn rebuild_shows_how_dockerfiles_differ_from_the_shipped_ones_and_builds_all_without_cache() {
    let pm = podman();
    let s = scenario();
    let (code, first) = build_image(&s, &pm, &[]);
    assert_eq!(code, 0, "{first}");
    let dockerfile = s.tree.join("images/img2/docker_build_path/Dockerfile");
    let mut text = std::fs::read_to_string(&dockerfile).unwrap();
    text.push_str("RUN echo site-edit > /opt/img2/site\n");
    std::fs::write(&dockerfile, text).unwrap();
    pm.clear_log();
    let out = s.xmake_env(
        &["rebuild-image"],
        &[("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("--- shipped/images/img2/docker_build_path/Dockerfile"),
        "{text}"
    );
    assert!(
        text.contains("+RUN echo site-edit > /opt/img2/site"),
        "{text}"
    );
    assert!(
        text.contains("1 Dockerfile(s) changed since the release shipped, 1 unchanged"),
        "{text}"
    );
    let builds: Vec<_> = pm
        .mutating_calls()
        .into_iter()
        .filter(|c| c.starts_with("build"))
        .collect();
    assert_eq!(builds.len(), 2, "{builds:?}");
    assert!(
        builds.iter().all(|b| b.contains("--no-cache")),
        "{builds:?}"
    );

    // The rebuilt images carry their inputs' digest: build-image has nothing left to do.
    pm.clear_log();
    let (code, after) = build_image(&s, &pm, &[]);
    assert_eq!(code, 0, "{after}");
    assert_eq!(summary(&after), (3, 0, 0, 0), "{after}");
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
}
