//! The container engine adapter against a real podman (private storage per test).

mod support;

use std::collections::BTreeMap;

use camino::Utf8PathBuf;
use support::engine::{busybox_rootfs_tar, podman, sha256sum};
use xmake::adapters::engine::{Engine, EngineCall, Kind};

fn utf8(p: &std::path::Path) -> Utf8PathBuf {
    Utf8PathBuf::from_path_buf(p.to_owned()).unwrap()
}

#[test]
fn import_tag_build_save_and_remove_on_a_real_podman() {
    let pm = podman();
    let engine = Engine::probe(&utf8(&pm.wrapper)).unwrap();
    assert_eq!(engine.kind, Kind::Podman);
    let tar = pm.dir.join("base.tar");
    busybox_rootfs_tar(&tar);
    let sum = sha256sum(&tar);

    assert_eq!(engine.image_id("xspot-base:1.0").unwrap(), None);
    let import = EngineCall::Import {
        tar: utf8(&tar),
        sha256: sum.clone(),
        reference: "xspot-base:1.0".into(),
        labels: BTreeMap::from([("xmake.base-sha256".into(), sum.clone())]),
    };
    engine.apply(&import).unwrap();
    let base_id = engine.image_id("xspot-base:1.0").unwrap().unwrap();
    assert_eq!(Some(base_id.clone()), pm.id("xspot-base:1.0"));
    assert_eq!(
        engine.label("xspot-base:1.0", "xmake.base-sha256").unwrap(),
        Some(sum.clone())
    );
    assert_eq!(engine.label("xspot-base:1.0", "absent").unwrap(), None);

    engine
        .apply(&EngineCall::Tag {
            source: "xspot-base:1.0".into(),
            target: "xspot-base:latest".into(),
        })
        .unwrap();
    assert_eq!(pm.id("xspot-base:latest"), Some(base_id));

    let ctx = pm.dir.join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(
        ctx.join("Dockerfile"),
        "ARG BASE\nFROM ${BASE}\nRUN echo built > /built && mkdir -p /opt/x\nCOPY motd /etc/motd\n",
    )
    .unwrap();
    std::fs::write(ctx.join("motd"), "hello\n").unwrap();
    let build = EngineCall::Build {
        context: utf8(&ctx),
        dockerfile: utf8(&ctx.join("Dockerfile")),
        build_args: BTreeMap::from([("BASE".into(), "xspot-base:1.0".into())]),
        labels: BTreeMap::from([("xmake.inputs-sha256".into(), "feed".into())]),
        tag: "app:2".into(),
        no_cache: false,
    };
    engine.apply(&build).unwrap();
    assert_eq!(
        engine
            .label("app:2", "xmake.inputs-sha256")
            .unwrap()
            .as_deref(),
        Some("feed")
    );

    let saved = pm.dir.join("app_2.tar");
    engine
        .apply(&EngineCall::Save {
            reference: "app:2".into(),
            file: utf8(&saved),
        })
        .unwrap();
    let listing = std::process::Command::new("tar")
        .arg("-tf")
        .arg(&saved)
        .output()
        .unwrap();
    assert!(listing.status.success() && !listing.stdout.is_empty());

    let remove = EngineCall::Remove {
        reference: "app:2".into(),
    };
    engine.apply(&remove).unwrap();
    assert_eq!(pm.id("app:2"), None);
    pm.clear_log();
    engine.apply(&remove).unwrap();
    assert!(
        pm.mutating_calls().is_empty(),
        "removing a missing image runs no removal: {:?}",
        pm.calls()
    );
}

#[test]
fn an_import_whose_tarball_does_not_match_its_checksum_imports_nothing() {
    let pm = podman();
    let engine = Engine::probe(&utf8(&pm.wrapper)).unwrap();
    let tar = pm.dir.join("base.tar");
    busybox_rootfs_tar(&tar);
    let wrong = "0".repeat(64);
    let err = engine
        .apply(&EngineCall::Import {
            tar: utf8(&tar),
            sha256: wrong.clone(),
            reference: "xspot-base:1.0".into(),
            labels: BTreeMap::new(),
        })
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&wrong) && err.contains(&sha256sum(&tar)),
        "{err}"
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    assert_eq!(pm.id("xspot-base:1.0"), None);
}

#[test]
fn a_failed_build_names_the_command_status_and_reason() {
    let pm = podman();
    let engine = Engine::probe(&utf8(&pm.wrapper)).unwrap();
    let ctx = pm.dir.join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(ctx.join("Dockerfile"), "FROM scratch\nBOGUS instruction\n").unwrap();
    let err = engine
        .apply(&EngineCall::Build {
            context: utf8(&ctx),
            dockerfile: utf8(&ctx.join("Dockerfile")),
            build_args: BTreeMap::new(),
            labels: BTreeMap::new(),
            tag: "bad:1".into(),
            no_cache: false,
        })
        .unwrap_err()
        .to_string();
    assert!(err.contains("build --isolation chroot"), "{err}");
    assert!(err.contains("exit status"), "{err}");
    assert!(err.to_lowercase().contains("bogus"), "{err}");
}
