//! A tree whose images are built (for tests that deploy them): two tiny images on the
//! busybox base, under a scratch root, built by `xmake build-image` on a private podman.

use super::engine::{busybox_rootfs_tar, write_sidecar, Podman};
use super::scenario::{stdout, Scenario};

/// `IMAGE_DEPLOY_DIR` under the scenario's root.
pub const DEPLOY: &str = "nfs-apps/exostellar/images";

/// Replaces the tree's images by two tiny ones on the busybox base (`RUN` lines busybox runs).
pub fn tiny_images(s: &Scenario) {
    let images = s.tree.join("images");
    std::fs::remove_dir_all(&images).unwrap();
    for (name, run) in [("docker-base", "echo a > /a"), ("img2", "echo b > /b")] {
        let ctx = images.join(name).join("docker_build_path");
        std::fs::create_dir_all(&ctx).unwrap();
        std::fs::write(
            ctx.join("Dockerfile"),
            format!("ARG BASE\nFROM ${{BASE}}\nRUN {run}\n"),
        )
        .unwrap();
    }
}

/// The `minimal` tree (`IMAGE_NAME_LIST`: docker-base) with a busybox base in its release's
/// image folder.
pub fn minimal_with_base() -> Scenario {
    let s = Scenario::new("minimal");
    let release = std::fs::read_to_string(s.tree.join("version")).unwrap();
    let dir = s.path(DEPLOY).join(release.trim());
    std::fs::create_dir_all(&dir).unwrap();
    busybox_rootfs_tar(&dir.join("base.tar"));
    write_sidecar(&dir.join("base.tar"));
    s
}

pub fn built_scenario(pm: &Podman) -> Scenario {
    let s = Scenario::new("full");
    tiny_images(&s);
    let release = s.path(DEPLOY).join("2.4.1");
    std::fs::create_dir_all(&release).unwrap();
    busybox_rootfs_tar(&release.join("base.tar"));
    write_sidecar(&release.join("base.tar"));
    let out = s.xmake_env(
        &["build-image"],
        &[("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    s
}
