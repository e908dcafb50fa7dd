//! The removal guard on a real podman: a removal with no verified saved copy under
//! `IMAGE_DEPLOY_DIR` is refused and runs no engine removal, as is one planned for another
//! image than the name names now; with one, the image is removed (by its id).
//! (One test: the engine is chosen once per process, from `XMAKE_CONTAINER_ENGINE`.)

mod support;

use camino::Utf8PathBuf;
use support::engine::{busybox_rootfs_tar, podman, write_sidecar};
use xmake::onboarding::action::Action;

#[test]
fn a_removal_needs_a_saved_copy_that_verifies_now() {
    let pm = podman();
    // SAFETY of the test: the only test in this binary, before any thread reads the variable.
    std::env::set_var("XMAKE_CONTAINER_ENGINE", &pm.wrapper);
    let tar = pm.dir.join("base.tar");
    busybox_rootfs_tar(&tar);
    assert!(pm
        .run(&["import", tar.to_str().unwrap(), "solver:1.2"])
        .status
        .success());
    let deploy = pm.dir.join("images");
    let release = deploy.join("2.4.1");
    std::fs::create_dir_all(&release).unwrap();
    let planned = pm.id("solver:1.2").unwrap();
    let remove = Action::RemoveImage {
        reference: "solver:1.2".into(),
        id: planned.clone(),
        deploy_dir: Utf8PathBuf::from_path_buf(deploy.clone()).unwrap(),
    };
    pm.clear_log();

    let err = remove.apply().unwrap_err().to_string();
    assert!(err.contains("refusing to remove solver:1.2"), "{err}");
    assert!(pm.id("solver:1.2").is_some());

    // A saved copy whose checksum no longer matches is no copy.
    let saved = release.join("solver_1.2.tar");
    assert!(pm
        .run(&["save", "-o", saved.to_str().unwrap(), "solver:1.2"])
        .status
        .success());
    write_sidecar(&saved);
    let mut bytes = std::fs::read(&saved).unwrap();
    bytes[0] ^= 1;
    std::fs::write(&saved, &bytes).unwrap();
    let err = remove.apply().unwrap_err().to_string();
    assert!(err.contains("checksum mismatch"), "{err}");
    assert!(pm.id("solver:1.2").is_some());
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());

    bytes[0] ^= 1;
    std::fs::write(&saved, &bytes).unwrap();
    // Planned for another image than the name names now: refused, even with a good copy.
    let moved = Action::RemoveImage {
        reference: "solver:1.2".into(),
        id: "0".repeat(64),
        deploy_dir: Utf8PathBuf::from_path_buf(deploy.clone()).unwrap(),
    };
    let err = moved.apply().unwrap_err().to_string();
    assert!(
        err.contains(&format!("it now names image {planned}, not the planned")),
        "{err}"
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    remove.apply().unwrap();
    assert_eq!(pm.id("solver:1.2"), None);
    assert_eq!(pm.mutating_calls().len(), 1, "{:?}", pm.calls());
}
