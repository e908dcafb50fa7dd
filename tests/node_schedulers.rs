//! `upgrade` on a node scheduled by LSF or Grid Engine, with the stand-ins of
//! `fixtures/fake-bin/` (bjobs, badmin, bhosts; qstat, qmod) and no Slurm on PATH (this machine
//! has a real one: each test's PATH is a folder of links to the system's programs without
//! Slurm's, LSF's and Grid Engine's, plus the stand-ins it wants). Under each scheduler: a busy
//! node is refused, listing the job, and `--force` overrides; `--drain` closes the host, waits
//! for the job to end, upgrades, and leaves it closed. With both installed, LSF is asked
//! (the documented order: Slurm, LSF, Grid Engine); `qstat` without `qmod` (PBS's) is not Grid
//! Engine. A bjobs that never stops printing is cut off at the bounded output's limit.

mod support;

use std::path::PathBuf;
use std::process::Output;

use support::scenario::{state_diff, stdout, Scenario};
use support::schedulers::{bin_dir, host, LSF, SGE};

/// A node: the scenario, its PATH folder, and the host name.
struct Node {
    s: Scenario,
    _bin: tempfile::TempDir,
    path: String,
    host: String,
}

/// A node with the previous release's packages, its scheduler's stand-ins on PATH.
fn old_node(stand_ins: &[&str]) -> Node {
    let s = Scenario::new("full").with_etc_xspot();
    let state = s.path("var/lib/fake-bin");
    std::fs::create_dir_all(state.join("journal")).unwrap();
    std::fs::create_dir_all(state.join("lsf")).unwrap();
    std::fs::create_dir_all(state.join("sge")).unwrap();
    std::fs::write(
        state.join("rpmdb"),
        "xspot-2.4.0-1.el7\nxspot-kernel-5.10.186-xspot\nxspot-cli-wrapper-1.2.0\n",
    )
    .unwrap();
    let bin = bin_dir(stand_ins);
    let path = bin.path().display().to_string();
    Node {
        s,
        _bin: bin,
        path,
        host: host(),
    }
}

impl Node {
    fn state(&self, rel: &str) -> PathBuf {
        self.s.path("var/lib/fake-bin").join(rel)
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_env(args, &[])
    }

    fn run_env(&self, args: &[&str], extra: &[(&str, &str)]) -> Output {
        let fake_state = self.s.path("var/lib/fake-bin");
        let mut env = vec![
            ("PATH", self.path.as_str()),
            ("XMAKE_CONTAINER_ENGINE", "/nonexistent"),
            ("XMAKE_FAKE_STATE", fake_state.to_str().unwrap()),
        ];
        env.extend_from_slice(extra);
        self.s.xmake_env(args, &env)
    }

    fn upgraded(&self) -> bool {
        std::fs::read_to_string(self.state("rpmdb"))
            .unwrap()
            .contains("xspot-2.4.1-1.el7")
    }

    fn lsf_job(&self, id: &str, name: &str) {
        std::fs::write(
            self.state("lsf/jobs"),
            format!(
                "{id} alice RUN normal login1 {} {name} Dec  3 10:00\n",
                self.host
            ),
        )
        .unwrap();
    }

    fn sge_job(&self, id: &str, name: &str) {
        std::fs::write(
            self.state("sge/jobs"),
            format!(
                "{id} 0.55500 {name} alice r 12/03/2026 10:00:00 all.q@{} 1\n",
                self.host
            ),
        )
        .unwrap();
    }
}

/// A busy node is refused (nothing changed), then `--force` upgrades it.
fn refused_then_forced(n: &Node, job: &str, env: &[(&str, &str)]) {
    let before = n.s.state(true);
    let out = n.run_env(&["upgrade"], env);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("failed   preconditions: the node is busy: 1 job(s) on"),
        "{text}"
    );
    assert!(text.contains(job), "{text}");
    let after = n.s.state(true);
    assert!(before == after, "{}", state_diff(&before, &after));
    assert!(!n.upgraded());

    let out = n.run_env(&["--force", "upgrade"], env);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("--force: upgrading a busy node: 1 job(s)"),
        "{text}"
    );
    assert!(n.upgraded());
}

#[test]
fn lsf_a_busy_node_is_refused_unless_forced() {
    let n = old_node(&LSF);
    n.lsf_job("4242", "solver");
    refused_then_forced(&n, "4242 alice RUN normal login1", &[]);
}

#[test]
fn lsf_an_idle_node_is_upgraded_whatever_exit_status_bjobs_gives_for_no_job() {
    for consistent in ["N", "Y"] {
        let n = old_node(&LSF);
        let out = n.run_env(
            &["upgrade"],
            &[("LSB_BJOBS_CONSISTENT_EXIT_CODE", consistent)],
        );
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{consistent}: {text}");
        assert!(
            text.contains("no running container and no job on"),
            "{text}"
        );
        assert!(n.upgraded());
    }
}

#[test]
fn sge_a_busy_node_is_refused_unless_forced() {
    let n = old_node(&SGE);
    n.sge_job("4343", "render");
    refused_then_forced(&n, "4343 0.55500 render", &[]);
}

/// `--drain`: the host is closed once, the job ends while xmake waits, the node is upgraded and
/// stays closed; a second run finds it drained.
fn drain_waits_then_leaves_it_drained(n: &Node, jobs: &str, log: &str, drained_line: &str) {
    let jobs = n.state(jobs);
    let ender = {
        let jobs = jobs.clone();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            std::fs::write(&jobs, "").unwrap();
        })
    };
    let out = n.run(&["--drain", "--timeout=20s", "upgrade"]);
    ender.join().unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains(&format!("changed  drain: drain {} in", n.host)),
        "{text}"
    );
    assert!(text.contains("is drained and idle (waited"), "{text}");
    assert!(n.upgraded());
    assert_eq!(
        std::fs::read_to_string(n.state(log)).unwrap(),
        drained_line,
        "drained once, never given back"
    );

    let out = n.run(&["--drain", "upgrade"]);
    let text = stdout(&out);
    assert!(
        text.contains(&format!("ok       drain: {} is drained", n.host)),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(n.state(log)).unwrap(), drained_line);
}

#[test]
fn lsf_drain_closes_the_host_waits_for_the_job_and_leaves_it_closed() {
    let n = old_node(&LSF);
    n.lsf_job("77", "sim");
    drain_waits_then_leaves_it_drained(
        &n,
        "lsf/jobs",
        "badmin.log",
        &format!("{} hclose\n", n.host),
    );
    assert_eq!(
        std::fs::read_to_string(n.state(&format!("lsf/closed/{}", n.host))).unwrap(),
        "xmake upgrade\n",
        "closed with xmake's comment"
    );
}

#[test]
fn sge_drain_disables_the_queues_waits_for_the_job_and_leaves_them_disabled() {
    let n = old_node(&SGE);
    n.sge_job("78", "sim");
    drain_waits_then_leaves_it_drained(
        &n,
        "sge/jobs",
        "qmod.log",
        &format!("{} disable\n", n.host),
    );
    assert!(n.state(&format!("sge/disabled/{}", n.host)).exists());
}

#[test]
fn with_lsf_and_grid_engine_both_installed_lsf_is_asked() {
    let n = old_node(&[LSF.as_slice(), SGE.as_slice()].concat());
    // A job only Grid Engine knows of: LSF, asked first, says the node is idle.
    n.sge_job("79", "other");
    let out = n.run(&["-n", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    n.lsf_job("80", "mine");
    let out = n.run(&["-n", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("80 alice RUN"), "{text}");
    assert!(!text.contains("other"), "{text}");
}

#[test]
fn qstat_without_qmod_is_not_grid_engine() {
    // PBS and Torque have a qstat too, with another command line: without qmod, nobody is asked.
    let n = old_node(&["qstat"]);
    n.sge_job("81", "pbs");
    let out = n.run(&["-n", "upgrade"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("no scheduler client (squeue, bjobs, or qstat and qmod) to ask for jobs"),
        "{text}"
    );
}

#[test]
fn lsf_a_bjobs_that_never_stops_printing_is_refused_not_read_to_its_end() {
    let n = old_node(&["badmin", "bhosts"]);
    // A hostile or broken bjobs: endless job lines.
    let bjobs = n._bin.path().join("bjobs");
    std::fs::write(
        &bjobs,
        format!(
            "#!/bin/sh\nexec yes '4242 alice RUN normal login1 {} solver Dec  3 10:00'\n",
            n.host
        ),
    )
    .unwrap();
    std::fs::set_permissions(&bjobs, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let fake_state = n.s.path("var/lib/fake-bin");
    let mut child =
        n.s.builder()
            .args(["upgrade"])
            .envs(&[
                ("PATH", n.path.as_str()),
                ("XMAKE_CONTAINER_ENGINE", "/nonexistent"),
                ("XMAKE_FAKE_STATE", fake_state.to_str().unwrap()),
            ])
            .command()
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("xmake was still reading bjobs' endless output after 20 s (a real run would hold it all in memory)");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let mut text = String::new();
    std::io::Read::read_to_string(&mut child.stdout.take().unwrap(), &mut text).unwrap();
    assert_eq!(status.code(), Some(2), "{text}");
    assert!(text.contains("printed more than 4 MiB"), "{text}");
    assert!(!n.upgraded());
}
