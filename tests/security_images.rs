//! The image targets and untrusted trees and shared storage, through the real executable:
//! a build context that leads out of the tree is never built (another directory's files would
//! go into an image) and a symlink planted at `.xmake/shipped` is not written through.
//! (A `current` leading out of the deploy directory: `tests/images_base.rs`.)

mod support;

use support::built::minimal_with_base;
use support::engine::podman;
use support::scenario::stdout;

#[test]
fn a_build_context_leading_out_of_the_tree_is_refused() {
    let pm = podman();
    let s = minimal_with_base();
    let secret = s.path("root/secret");
    std::fs::create_dir_all(&secret).unwrap();
    std::fs::write(
        secret.join("Dockerfile"),
        "FROM xspot-base:latest\nCOPY . /loot\n",
    )
    .unwrap();
    std::fs::write(secret.join("id_rsa"), "PRIVATE").unwrap();
    let ctx = s.tree.join("images/docker-base/docker_build_path");
    std::fs::remove_dir_all(&ctx).unwrap();
    std::os::unix::fs::symlink(&secret, &ctx).unwrap();
    let out = s.xmake_env(
        &["build-image"],
        &[("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("leads outside the tree"), "{text}");
    assert!(text.contains("nothing was changed"), "{text}");
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
}

#[test]
fn a_symlink_at_xmake_shipped_is_not_written_through() {
    let pm = podman();
    let s = minimal_with_base();
    let elsewhere = s.path("etc/elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::create_dir_all(s.tree.join(".xmake")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, s.tree.join(".xmake/shipped")).unwrap();
    let out = s.xmake_env(
        &["build-image"],
        &[("XMAKE_CONTAINER_ENGINE", pm.wrapper.to_str().unwrap())],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("is a symlink"), "{text}");
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
}
