//! `controller` and `upgrade` natively, under `--root` with the stand-ins of
//! `fixtures/fake-bin/` (rpm, yum, squeue) first on PATH: a fresh controller; an upgrade from an
//! older release (the plan names each package `old -> new` and changes nothing; the run
//! upgrades only what differs and saves each replaced node file, after stopping, naming `--yes`,
//! when a file it has no record of installing would be overwritten and nobody can be asked); a
//! second run that changes nothing and runs no yum; a busy node refused (and `--force`); nothing written through a
//! symlink on the node.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

use support::scenario::{state_diff, stderr, stdout, Scenario};

fn fake_bin() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin")
}

fn path_env() -> String {
    format!(
        "{}:{}",
        fake_bin().display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn run(s: &Scenario, args: &[&str]) -> Output {
    let path = path_env();
    let fake_state = state(s);
    // No container engine: the node-idle step asks only the scheduler (whose stand-in, like
    // the real squeue, knows nothing of --root: it is told where its state is).
    s.xmake_env(
        args,
        &[
            ("PATH", &path),
            ("XMAKE_CONTAINER_ENGINE", "/nonexistent"),
            ("XMAKE_FAKE_STATE", fake_state.to_str().unwrap()),
        ],
    )
}

fn state(s: &Scenario) -> PathBuf {
    s.path("var/lib/fake-bin")
}

fn rpmdb(s: &Scenario) -> String {
    std::fs::read_to_string(state(s).join("rpmdb")).unwrap_or_default()
}

fn yum_calls(s: &Scenario) -> usize {
    std::fs::read_to_string(state(s).join("yum.log"))
        .unwrap_or_default()
        .lines()
        .count()
}

/// A node running the previous release: older packages, its /etc/xspot with an admin's edit.
fn old_node() -> Scenario {
    let s = Scenario::new("full").with_etc_xspot();
    std::fs::create_dir_all(state(&s).join("journal")).unwrap();
    std::fs::write(
        state(&s).join("rpmdb"),
        "xspot-2.4.0-1.el7\nxspot-kernel-5.10.186-xspot\nxspot-cli-wrapper-1.2.0\nbash-5.1\n",
    )
    .unwrap();
    let config = s.path("etc/xspot/config/config.toml");
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str("# site edit made during validation\n");
    std::fs::write(&config, text).unwrap();
    s
}

#[test]
fn a_fresh_controller_is_installed_then_left_alone() {
    let s = Scenario::new("full");
    let out = run(&s, &["controller"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("xspot (not installed) -> 2.4.1-1.el7"),
        "{text}"
    );
    assert_eq!(
        rpmdb(&s),
        "xspot-2.4.1-1.el7\nxspot-kernel-5.10.186-xspot\nxspot-cli-wrapper-1.3.0\n"
    );
    let tree_config = s
        .tree
        .join("scripts/controller/integrate-xspot/config/config.toml");
    assert_eq!(
        std::fs::read(s.path("etc/xspot/config/config.toml")).unwrap(),
        std::fs::read(tree_config).unwrap()
    );
    assert_eq!(
        std::fs::read(s.path("etc/xspot/env.cfg")).unwrap(),
        std::fs::read(s.tree.join("conf/env.cfg")).unwrap()
    );
    assert!(s.path("etc/systemd/system/post-docker.service").is_file());
    assert!(
        state(&s).join("post-docker.enabled").exists(),
        "post-docker.service was not enabled: {text}"
    );
    let script = s.path("etc/xspot/post-docker.sh");
    assert_eq!(
        std::fs::metadata(&script).unwrap().permissions().mode() & 0o7777,
        0o755
    );

    let calls = yum_calls(&s);
    let before = s.state(true);
    let out = run(&s, &["controller"]);
    assert!(
        stdout(&out).contains("controller: ok=3 changed=0"),
        "{}",
        stdout(&out)
    );
    assert_eq!(yum_calls(&s), calls, "a second run ran yum");
    let after = s.state(true);
    assert!(before == after, "{}", state_diff(&before, &after));
}

#[test]
fn an_upgrade_plans_old_to_new_then_changes_only_what_differs() {
    let s = old_node();
    let before = s.state(true);
    let out = run(&s, &["-n", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("xspot 2.4.0-1.el7 -> 2.4.1-1.el7, xspot-cli-wrapper 1.2.0-1 -> 1.3.0"),
        "{text}"
    );
    assert!(!text.contains("xspot-kernel 5.10"), "{text}");
    assert!(
        text.contains("replaces /etc/xspot/config/config.toml"),
        "{text}"
    );
    let after = s.state(true);
    assert!(
        before == after,
        "-n changed: {}",
        state_diff(&before, &after)
    );

    let edited = std::fs::read(s.path("etc/xspot/config/config.toml")).unwrap();
    // xmake has no record of installing the edited file: nobody can be asked here (CI is
    // set), so the upgrade stops before anything changes, listing it and naming --yes. The
    // question comes once the locks are held: xmake's own state (the tree's `.xmake/`, the
    // node's lock folder) is all it leaves.
    let but_xmake_state = |mut state: std::collections::BTreeMap<String, String>| {
        state.retain(|path, _| !path.starts_with("var/lib/xmake"));
        state
    };
    let before = but_xmake_state(s.state(false));
    let out = run(&s, &["upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("failed   confirm: upgrade would overwrite 1 file(s)"),
        "{text}"
    );
    assert!(text.contains("run again with --yes"), "{text}");
    assert!(
        stderr(&out).contains("\n  /etc/xspot/config/config.toml\n"),
        "{}",
        stderr(&out)
    );
    let after = but_xmake_state(s.state(false));
    assert!(
        before == after,
        "a refused upgrade changed: {}",
        state_diff(&before, &after)
    );

    let out = run(&s, &["--yes", "upgrade"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        rpmdb(&s),
        "xspot-kernel-5.10.186-xspot\nbash-5.1\nxspot-2.4.1-1.el7\nxspot-cli-wrapper-1.3.0\n"
    );
    let log = std::fs::read_to_string(state(&s).join("yum.log")).unwrap();
    assert_eq!(
        log, "yum install xspot-2.4.1-1.el7 xspot-cli-wrapper-1.3.0\n",
        "only what differs is installed"
    );
    // The admin's edit is saved, private, before the file is replaced.
    let backups: Vec<PathBuf> = std::fs::read_dir(s.path("var/lib/xmake/backup"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1);
    let saved = backups[0].join("etc/xspot/config/config.toml");
    assert_eq!(std::fs::read(&saved).unwrap(), edited);
    assert_eq!(
        std::fs::metadata(&saved).unwrap().permissions().mode() & 0o777,
        0o600
    );

    let out = run(&s, &["upgrade"]);
    assert!(
        stdout(&out).contains("upgrade: ok=6 changed=0"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_busy_node_is_refused_unless_forced() {
    let s = old_node();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    let host = host.trim().split('.').next().unwrap().to_owned();
    std::fs::write(
        state(&s).join("squeue"),
        format!("4242 batch solver alice R 1:00 1 {host}\n"),
    )
    .unwrap();
    let before = s.state(true);
    let out = run(&s, &["upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("failed   preconditions: the node is busy: 1 job(s) on"),
        "{text}"
    );
    assert!(text.contains("4242 batch solver alice"), "{text}");
    let after = s.state(true);
    assert!(before == after, "{}", state_diff(&before, &after));

    let out = run(&s, &["--force", "--yes", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("--force: upgrading a busy node: 1 job(s)"),
        "{text}"
    );
    assert!(rpmdb(&s).contains("xspot-2.4.1-1.el7"));
}

#[test]
fn nothing_is_written_through_a_symlink_on_the_node() {
    let s = old_node();
    let outside = s.path("outside.toml");
    std::fs::write(&outside, "precious\n").unwrap();
    let config = s.path("etc/xspot/config/config.toml");
    std::fs::remove_file(&config).unwrap();
    std::os::unix::fs::symlink(&outside, &config).unwrap();
    let out = run(&s, &["upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("failed   preconditions: refused:"), "{text}");
    assert!(text.contains("is not a regular file"), "{text}");
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "precious\n");
    assert!(std::fs::symlink_metadata(&config)
        .unwrap()
        .file_type()
        .is_symlink());
}

#[test]
fn a_file_the_admin_edited_after_xmake_installed_it_is_kept() {
    let s = Scenario::new("full");
    assert_eq!(run(&s, &["controller"]).status.code(), Some(0));
    let config = s.path("etc/xspot/config/config.toml");
    let mut edited = std::fs::read_to_string(&config).unwrap();
    edited.push_str("# validated on this node\n");
    std::fs::write(&config, &edited).unwrap();
    let out = run(&s, &["upgrade"]);
    let text = stdout(&out);
    assert!(text.contains("upgrade: ok=6 changed=0"), "{text}");
    assert!(
        text.contains(
            "/etc/xspot/config/config.toml was edited on this node since xmake installed it: kept"
        ),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), edited);
    // A file xmake installed and nobody edited still follows the tree.
    let tree_script = s
        .tree
        .join("scripts/controller/integrate-xspot/scripts/startup.sh");
    std::fs::write(&tree_script, "#!/bin/sh\necho new release\n").unwrap();
    let out = run(&s, &["upgrade"]);
    assert!(
        stdout(&out).contains("install 0 new and 1 changed"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        std::fs::read_to_string(s.path("etc/xspot/scripts/startup.sh")).unwrap(),
        "#!/bin/sh\necho new release\n"
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), edited);
}

fn host() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    host.trim().split('.').next().unwrap().to_owned()
}

#[test]
fn drain_waits_for_the_jobs_then_upgrades_and_leaves_the_node_drained() {
    let s = old_node();
    let queue = state(&s).join("squeue");
    std::fs::write(&queue, format!("77 batch sim bob R 0:05 1 {}\n", host())).unwrap();
    // The job ends a second after xmake starts waiting.
    let ender = {
        let queue = queue.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            std::fs::write(&queue, "").unwrap();
        })
    };
    let out = run(&s, &["--drain", "--yes", "--timeout=20s", "upgrade"]);
    ender.join().unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains(&format!("changed  drain: drain {}", host())),
        "{text}"
    );
    assert!(text.contains("is drained and idle (waited"), "{text}");
    assert!(rpmdb(&s).contains("xspot-2.4.1-1.el7"));
    let log = std::fs::read_to_string(state(&s).join("scontrol.log")).unwrap();
    assert_eq!(
        log,
        format!("{} DRAIN\n", host()),
        "drained once, never resumed"
    );

    // Run again: already drained, nothing to wait for.
    let out = run(&s, &["--drain", "upgrade"]);
    assert!(
        stdout(&out).contains(&format!("ok       drain: {} is drained", host())),
        "{}",
        stdout(&out)
    );
}

#[test]
fn drain_gives_up_at_the_time_limit_and_changes_nothing_else() {
    let s = old_node();
    std::fs::write(
        state(&s).join("squeue"),
        format!("78 batch forever carol R 9:00 1 {}\n", host()),
    )
    .unwrap();
    let packages = rpmdb(&s);
    let out = run(&s, &["--drain", "--yes", "--timeout=2s", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("gave up after the time limit of 2s (--timeout): still 1 job(s)"),
        "{text}"
    );
    assert_eq!(rpmdb(&s), packages);
    assert!(!s.path("etc/xspot/env.cfg").exists());
}

#[test]
fn the_worker_vm_gets_its_package_once() {
    let s = Scenario::new("full");
    let out = run(&s, &["-n", "install-xspot-worker"]);
    assert!(
        stdout(&out).contains("xspot-worker (not installed) -> 2.4.1-1.el7"),
        "{}",
        stdout(&out)
    );
    assert_eq!(rpmdb(&s), "");
    assert_eq!(run(&s, &["install-xspot-worker"]).status.code(), Some(0));
    assert_eq!(rpmdb(&s), "xspot-worker-2.4.1-1.el7\n");
    let out = run(&s, &["install-xspot-worker"]);
    assert!(
        stdout(&out).contains("install-xspot-worker: ok=1 changed=0"),
        "{}",
        stdout(&out)
    );
    assert_eq!(yum_calls(&s), 1);
}

#[test]
fn a_tree_file_hard_linked_to_another_file_is_never_installed() {
    let s = Scenario::new("full");
    let secret = s.path("secret-of-this-machine");
    std::fs::write(&secret, "root:$6$hash:19000::::::\n").unwrap();
    let config = s
        .tree
        .join("scripts/controller/integrate-xspot/config/log_upload.env");
    std::fs::remove_file(&config).unwrap();
    std::fs::hard_link(&secret, &config).unwrap();
    let out = run(&s, &["controller"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("failed   preconditions: refused:"), "{text}");
    assert!(text.contains("has 2 hard links"), "{text}");
    assert!(!s.path("etc/xspot/config/log_upload.env").exists());
    assert!(
        !s.path("var/lib/fake-bin/rpmdb").exists(),
        "packages changed"
    );
}

#[test]
fn a_tree_folder_leading_out_of_the_tree_or_a_huge_file_is_never_installed() {
    let s = Scenario::new("full");
    let outside = s.path("elsewhere");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(
        outside.join("post-docker.sh"),
        "#!/bin/sh\necho not the tree's\n",
    )
    .unwrap();
    std::fs::write(outside.join("post-docker.service"), "[Unit]\n").unwrap();
    let templates = s.tree.join("scripts/templates");
    std::fs::rename(&templates, s.path("templates-moved")).unwrap();
    std::os::unix::fs::symlink(&outside, &templates).unwrap();
    let out = run(&s, &["controller"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("its folder is not inside the tree"), "{text}");
    assert!(!s.path("etc/xspot").exists());

    let s = Scenario::new("full");
    let big = s
        .tree
        .join("scripts/controller/integrate-xspot/scripts/huge.sh");
    let file = std::fs::File::create(&big).unwrap();
    file.set_len(17 << 20).unwrap();
    let out = run(&s, &["controller"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("over the 16777216 bytes"), "{text}");
    assert!(!s.path("etc/xspot").exists());
}

#[test]
fn a_tree_file_is_copied_from_the_real_path_whose_folder_was_checked() {
    // `scripts/templates` is a link to a folder inside the tree: allowed, and the copy the
    // plan (and the journal) names is the file at the real path that was checked, so the link
    // re-pointed after planning cannot redirect it.
    let s = Scenario::new("full");
    let templates = s.tree.join("scripts/templates");
    std::fs::rename(&templates, s.tree.join("templates-real")).unwrap();
    std::os::unix::fs::symlink("../templates-real", &templates).unwrap();
    let out = run(&s, &["-n", "controller"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains(
            "copy /nfs-apps/exostellar/onboarding/templates-real/post-docker.sh to /etc/xspot/post-docker.sh"
        ),
        "{text}"
    );
    assert!(!text.contains("scripts/templates/post-docker.sh"), "{text}");
    let out = run(&s, &["controller"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        std::fs::read(s.path("etc/xspot/post-docker.sh")).unwrap(),
        std::fs::read(s.tree.join("templates-real/post-docker.sh")).unwrap()
    );
}
