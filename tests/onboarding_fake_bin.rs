//! The fixture stand-ins keep the command-line contract later targets rely on.

use std::path::Path;
use std::process::Command;

fn fake(root: &Path, args: &[&str]) -> std::process::Output {
    let bin = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/fake-bin")
        .join(args[0]);
    Command::new(bin)
        .args(&args[1..])
        .env("ROOT", root)
        .env_remove("XMAKE_FAKE_STATE")
        .output()
        .unwrap()
}

#[test]
fn post_docker_restart_logs_the_vendor_lines_per_image() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    assert_eq!(
        fake(root, &["systemctl", "restart", "post-docker"])
            .status
            .code(),
        Some(5)
    );
    std::fs::create_dir_all(root.join("etc/systemd/system")).unwrap();
    std::fs::create_dir_all(root.join("etc/xspot")).unwrap();
    std::fs::write(root.join("etc/systemd/system/post-docker.service"), "").unwrap();
    let env = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/trees/full/conf/env.cfg");
    std::fs::copy(env, root.join("etc/xspot/env.cfg")).unwrap();
    assert_eq!(
        fake(root, &["systemctl", "is-active", "post-docker"])
            .status
            .code(),
        Some(3)
    );
    assert!(fake(root, &["systemctl", "restart", "post-docker"])
        .status
        .success());
    assert!(fake(root, &["systemctl", "is-active", "post-docker"])
        .status
        .success());
    let log = fake(
        root,
        &["journalctl", "-u", "post-docker", "--no-pager", "-o", "cat"],
    );
    let text = String::from_utf8_lossy(&log.stdout);
    let expected = "post-docker.sh: Building of conatiner docker-base: SUCCESS!\n\
                    post-docker.sh: Building of conatiner img2: SUCCESS!\n\
                    post-docker.sh: Finished.\n\
                    systemd[1]: Started Post Docker Configuration.\n";
    assert!(text.ends_with(expected), "{text}");
}

#[test]
fn packages_and_jobs_follow_rpm_and_squeue() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    assert_eq!(fake(root, &["rpm", "-q", "xspot"]).status.code(), Some(1));
    assert!(fake(root, &["yum", "install", "-y", "xspot-2.4.1-1.el7"])
        .status
        .success());
    let q = fake(root, &["rpm", "-q", "xspot"]);
    assert_eq!(String::from_utf8_lossy(&q.stdout), "xspot-2.4.1-1.el7\n");
    assert!(fake(root, &["squeue", "-h", "-w", "node1"])
        .stdout
        .is_empty());
    std::fs::write(
        root.join("var/lib/fake-bin/squeue"),
        "7 batch sim bob R 5:00 1 node1\n",
    )
    .unwrap();
    assert!(!fake(root, &["squeue", "-h", "-w", "node1"])
        .stdout
        .is_empty());
    assert!(fake(root, &["squeue", "-h", "-w", "node2"])
        .stdout
        .is_empty());
}
