//! The programs xmake calls, and what they print, are untrusted (xmake runs as root): each
//! query is bounded in bytes and time. Through the real executable, with hostile stand-ins
//! put in front of the usual ones (`fixtures/fake-bin`, the logging podman wrapper): an `rpm
//! -q` that never answers or never stops printing, a `systemctl is-enabled` and a `systemctl
//! show` that never answer, a `podman version` that never answers and a `podman image
//! inspect` that never answers or never stops printing. Each run stops within seconds, names
//! the command and the limit, and changes nothing. `XMAKE_QUERY_TIMEOUT=2` stands for the
//! real limits (a minute or two) so the tests stay quick.

mod support;

use std::collections::BTreeMap;
use std::io::Read as _;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use support::engine::podman;
use support::run::Xmake;
use support::scenario::{state_diff, Scenario};
use support::schedulers::bin_dir;

/// The time limit the tests give every query.
const LIMIT: &str = "2";
/// How long a run may take at most before the test calls it hung.
const PATIENCE: Duration = Duration::from_secs(40);

/// Runs xmake, killing it (and failing the test) if it is still running after [`PATIENCE`].
/// Returns its exit code and stdout.
fn run_patiently(run: &Xmake, what: &str) -> (Option<i32>, String) {
    let mut child = run
        .command()
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > PATIENCE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("xmake still waited for {what} after {PATIENCE:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    (status.code(), reader.join().unwrap())
}

/// Writes an executable shell script at `path`.
fn script(path: &Path, body: &str) {
    std::fs::write(path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// A node with the previous release's packages, the stand-ins of `fixtures/fake-bin` on PATH.
struct Node {
    s: Scenario,
    bin: tempfile::TempDir,
}

impl Node {
    fn new() -> Self {
        Self::on(Scenario::new("full").with_etc_xspot())
    }

    fn on(s: Scenario) -> Self {
        let s = s.with_old_release_packages();
        Self {
            s,
            bin: bin_dir(&[]),
        }
    }

    /// Puts a hostile `name` on PATH: `hostile` for the calls `when` matches (a shell `case`
    /// pattern over all arguments), the usual stand-in for the others.
    fn hostile(&self, name: &str, when: &str, hostile: &str) {
        let usual = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/fake-bin")
            .join(name);
        let at = self.bin.path().join(name);
        std::fs::remove_file(&at).unwrap();
        script(
            &at,
            &format!(
                "case \"$*\" in {when}) {hostile} ;; esac\nexec '{}' \"$@\"",
                usual.display()
            ),
        );
    }

    fn xmake(&self, args: &[&str]) -> Xmake {
        let state = self.s.path("var/lib/fake-bin");
        self.s.builder().args(args.iter().copied()).envs(&[
            ("PATH", self.bin.path().to_str().unwrap()),
            ("ROOT", self.s.root.to_str().unwrap()),
            ("XMAKE_CONTAINER_ENGINE", "/nonexistent"),
            ("XMAKE_FAKE_STATE", state.to_str().unwrap()),
            ("XMAKE_QUERY_TIMEOUT", LIMIT),
        ])
    }

    fn rpmdb(&self) -> String {
        std::fs::read_to_string(self.s.path("var/lib/fake-bin/rpmdb")).unwrap()
    }
}

/// Every file under the root with its content and mode, xmake's own state (its lock folder
/// `/var/lib/xmake`, `.xmake/`) left out.
fn files(s: &Scenario) -> BTreeMap<String, String> {
    let mut state = s.state(false);
    state.retain(|path, _| !path.starts_with("var/lib/xmake"));
    state
}

fn unchanged(s: &Scenario, before: &BTreeMap<String, String>) {
    let after = files(s);
    assert!(before == &after, "{}", state_diff(before, &after));
}

#[test]
fn an_rpm_query_that_never_answers_is_stopped_and_nothing_is_installed() {
    let n = Node::new();
    n.hostile("rpm", "*-q*", "exec sleep 600");
    let before = files(&n.s);
    let rpmdb = n.rpmdb();
    let (code, text) = run_patiently(&n.xmake(&["upgrade"]), "rpm -q");
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("rpm"), "{text}");
    assert!(
        text.contains("did not finish within 2 s, xmake's limit for it: stopped it"),
        "{text}"
    );
    assert_eq!(n.rpmdb(), rpmdb);
    assert!(!n.s.path("var/lib/fake-bin/yum.log").exists());
    unchanged(&n.s, &before);
}

#[test]
fn an_rpm_query_that_never_stops_printing_is_cut_off_and_nothing_is_installed() {
    let n = Node::new();
    n.hostile("rpm", "*-q*", "exec yes 2.4.1-1.el7");
    let before = files(&n.s);
    let (code, text) = run_patiently(&n.xmake(&["upgrade"]), "rpm -q");
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("printed more than 64 KiB, xmake's limit for it: stopped it"),
        "{text}"
    );
    assert!(!n.s.path("var/lib/fake-bin/yum.log").exists());
    unchanged(&n.s, &before);
}

/// A controller with the post-docker unit installed (as `make controller` leaves it).
fn controller() -> Node {
    Node::on(
        Scenario::new("full")
            .with_etc_xspot()
            .with_post_docker_unit(),
    )
}

#[test]
fn a_systemctl_show_that_never_answers_does_not_hold_the_wait_past_its_timeout() {
    let n = controller();
    n.hostile("systemctl", "show*", "exec sleep 600");
    let started = Instant::now();
    let run = n
        .xmake(&["restart-post-docker", "--timeout", "4"])
        .env("FAKE_POST_DOCKER_HANG", "1");
    let (code, text) = run_patiently(&run, "systemctl show");
    assert_ne!(code, Some(0), "{text}");
    assert!(
        text.contains("gave up after the time limit of 4s"),
        "{text}"
    );
    assert!(
        text.contains("-p ActiveState --value post-docker.service` did not finish within 2 s"),
        "{text}"
    );
    assert!(started.elapsed() < Duration::from_secs(30), "{text}");
}

#[test]
fn a_systemctl_that_never_answers_stops_controller_before_it_enables_the_unit() {
    let n = controller();
    n.hostile("systemctl", "*is-enabled*", "exec sleep 600");
    let (code, text) = run_patiently(&n.xmake(&["controller"]), "systemctl is-enabled");
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("is-enabled post-docker.service` did not finish within 2 s"),
        "{text}"
    );
    assert!(!n.s.path("var/lib/fake-bin/post-docker.enabled").exists());
}

/// A wrapper around the test's podman wrapper that does `hostile` for the calls `when`
/// matches.
fn hostile_engine(dir: &Path, wrapper: &Path, when: &str, hostile: &str) -> PathBuf {
    let at = dir.join("hostile-podman");
    script(
        &at,
        &format!(
            "case \"$*\" in {when}) {hostile} ;; esac\nexec '{}' \"$@\"",
            wrapper.display()
        ),
    );
    at
}

fn build_image_with(s: &Scenario, engine: &Path, what: &str) -> (Option<i32>, String) {
    let run = s.builder().args(["build-image"]).envs(&[
        ("XMAKE_CONTAINER_ENGINE", engine.to_str().unwrap()),
        ("XMAKE_QUERY_TIMEOUT", LIMIT),
    ]);
    run_patiently(&run, what)
}

#[test]
fn an_engine_whose_version_never_answers_is_not_used() {
    let pm = podman();
    let s = support::built::minimal_with_base();
    let engine = hostile_engine(&pm.dir, &pm.wrapper, "version", "exec sleep 600");
    let before = files(&s);
    let (code, text) = build_image_with(&s, &engine, "podman version");
    assert_eq!(code, Some(2), "{text}");
    assert!(
        text.contains("hostile-podman version` did not finish within 2 s"),
        "{text}"
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    unchanged(&s, &before);
}

#[test]
fn an_image_inspect_that_never_answers_or_never_stops_printing_changes_no_image() {
    let pm = podman();
    let s = support::built::minimal_with_base();
    let before = files(&s);
    let hang = hostile_engine(&pm.dir, &pm.wrapper, "image\\ inspect*", "exec sleep 600");
    let (code, text) = build_image_with(&s, &hang, "podman image inspect");
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("image inspect"), "{text}");
    assert!(text.contains("did not finish within 2 s"), "{text}");
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    unchanged(&s, &before);

    let endless = hostile_engine(
        &pm.dir,
        &pm.wrapper,
        "image\\ inspect*",
        "exec yes sha256:1111",
    );
    let (code, text) = build_image_with(&s, &endless, "podman image inspect");
    assert_eq!(code, Some(2), "{text}");
    assert!(text.contains("image inspect"), "{text}");
    assert!(
        text.contains("printed more than 4 MiB, xmake's limit for it: stopped it"),
        "{text}"
    );
    assert!(pm.mutating_calls().is_empty(), "{:?}", pm.calls());
    unchanged(&s, &before);
}
