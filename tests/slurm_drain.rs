//! `upgrade --drain` against a real one-node Slurm (slurmctld and slurmd on this host, munge
//! for authentication, private ports and state in a temp dir), not a stand-in: with a job
//! running, xmake drains the node through `scontrol`, waits for `squeue` to show no job on it,
//! upgrades, and leaves the node drained. Packages and systemd are still the stand-ins of
//! `fixtures/fake-bin` (no RPM system or systemd runs here). Needs root and `.ci/setup`'s
//! slurm-wlm and munge; fails, saying so, without them.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use support::scenario::{stdout, Scenario};

/// A running one-node cluster, stopped on drop.
struct Slurm {
    dir: tempfile::TempDir,
    conf: PathBuf,
    host: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn run(cmd: &mut Command) -> Output {
    cmd.output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

impl Slurm {
    fn start() -> Slurm {
        for program in [
            "slurmctld",
            "slurmd",
            "munged",
            "sbatch",
            "squeue",
            "scontrol",
        ] {
            assert!(
                Path::new("/usr/sbin").join(program).exists()
                    || Path::new("/usr/bin").join(program).exists(),
                "this test needs a real Slurm: {program} is missing; run `bash .ci/setup` (slurm-wlm, munge)"
            );
        }
        ensure_munge();
        let host = short_hostname();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for sub in ["state", "spool", "log", "run"] {
            std::fs::create_dir_all(d.join(sub)).unwrap();
        }
        let conf = d.join("slurm.conf");
        std::fs::write(
            &conf,
            format!(
                "ClusterName=xmaketest\nSlurmctldHost={host}\nSlurmctldPort={ctld}\nSlurmdPort={slurmd}\n\
                 SlurmUser=root\nSlurmdUser=root\nAuthType=auth/munge\n\
                 StateSaveLocation={d}/state\nSlurmdSpoolDir={d}/spool\n\
                 SlurmctldPidFile={d}/run/slurmctld.pid\nSlurmdPidFile={d}/run/slurmd.pid\n\
                 SlurmctldLogFile={d}/log/slurmctld.log\nSlurmdLogFile={d}/log/slurmd.log\n\
                 ProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\nSchedulerType=sched/builtin\n\
                 SelectType=select/linear\nReturnToService=2\nMpiDefault=none\n\
                 JobAcctGatherType=jobacct_gather/none\n\
                 NodeName={host} CPUs=1 State=UNKNOWN\n\
                 PartitionName=debug Nodes={host} Default=YES MaxTime=INFINITE State=UP\n",
                ctld = free_port(),
                slurmd = free_port(),
                d = d.display(),
            ),
        )
        .unwrap();
        let slurm = Slurm { dir, conf, host };
        let out = run(Command::new("/usr/sbin/slurmctld")
            .arg("-f")
            .arg(&slurm.conf));
        assert!(out.status.success(), "slurmctld: {out:?}");
        let out = run(Command::new("/usr/sbin/slurmd").arg("-f").arg(&slurm.conf));
        assert!(out.status.success(), "slurmd: {out:?}");
        slurm.wait_for("the node to be idle", |s| {
            s.text(&["sinfo", "-h", "-o", "%T"]).trim() == "idle"
        });
        slurm
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("SLURM_CONF", &self.conf);
        cmd
    }

    fn text(&self, args: &[&str]) -> String {
        let out = run(self.command(args[0]).args(&args[1..]));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn wait_for(&self, what: &str, ready: impl Fn(&Slurm) -> bool) {
        let started = Instant::now();
        while !ready(self) {
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "Slurm: gave up waiting for {what}; logs in {}",
                self.dir.path().display()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    fn node_state(&self) -> String {
        self.text(&["scontrol", "show", "node", &self.host])
            .split_whitespace()
            .find_map(|w| w.strip_prefix("State="))
            .unwrap_or_default()
            .to_owned()
    }
}

impl Drop for Slurm {
    fn drop(&mut self) {
        let _ = self
            .command("scancel")
            .args(["--full", "-u", "root"])
            .output();
        for pid in ["slurmd.pid", "slurmctld.pid"] {
            if let Ok(pid) = std::fs::read_to_string(self.dir.path().join("run").join(pid)) {
                let _ = Command::new("kill").arg(pid.trim()).output();
            }
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

fn short_hostname() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    host.trim().split('.').next().unwrap().to_owned()
}

/// munged must answer (started as the munge user when it does not).
fn ensure_munge() {
    let works = || {
        Command::new("sh")
            .args(["-c", "munge -n | unmunge >/dev/null 2>&1"])
            .status()
            .is_ok_and(|s| s.success())
    };
    if works() {
        return;
    }
    let script = "test -s /etc/munge/munge.key || mungekey --create; \
                  chown munge:munge /etc/munge/munge.key; chmod 0400 /etc/munge/munge.key; \
                  mkdir -p /run/munge && chown munge:munge /run/munge; \
                  runuser -u munge -- /usr/sbin/munged";
    let out = run(Command::new("sh").args(["-c", script]));
    assert!(works(), "cannot start munged: {out:?}");
}

/// A bin folder with only the stand-ins that have no real counterpart here (not squeue or
/// scontrol: the real ones answer).
fn stand_ins(dir: &Path) -> PathBuf {
    let fake = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fake-bin");
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for name in ["_state.sh", "rpm", "yum", "systemctl", "journalctl"] {
        std::os::unix::fs::symlink(fake.join(name), bin.join(name)).unwrap();
    }
    bin
}

#[test]
fn upgrade_drains_a_real_slurm_node_waits_for_its_job_and_leaves_it_drained() {
    let slurm = Slurm::start();
    // The job's output file goes to Slurm's temporary directory, not the test's working
    // directory (the source tree).
    let output = format!("--output={}/job-%j.out", slurm.dir.path().display());
    let job = slurm.text(&["sbatch", "--parsable", &output, "--wrap", "sleep 4"]);
    let job = job.trim().to_owned();
    slurm.wait_for("the job to run", |s| {
        s.text(&["squeue", "-h", "-w", &s.host]).contains(&job)
    });

    let s = Scenario::new("full");
    let state = s.path("var/lib/fake-bin");
    std::fs::create_dir_all(state.join("journal")).unwrap();
    std::fs::write(state.join("rpmdb"), "xspot-2.4.0-1.el7\n").unwrap();
    let bin = stand_ins(slurm.dir.path());
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let started = Instant::now();
    let out = s.xmake_env(
        &["--drain", "--timeout=60s", "upgrade"],
        &[
            ("PATH", path.as_str()),
            ("SLURM_CONF", slurm.conf.to_str().unwrap()),
            ("XMAKE_FAKE_STATE", state.to_str().unwrap()),
            ("XMAKE_CONTAINER_ENGINE", "/nonexistent"),
        ],
    );
    let text = stdout(&out);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains(&format!("changed  drain: drain {}", slurm.host)),
        "{text}"
    );
    assert!(text.contains("is drained and idle (waited"), "{text}");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "did not wait for the job"
    );
    assert!(slurm
        .text(&["squeue", "-h", "-w", &slurm.host])
        .trim()
        .is_empty());
    assert!(
        slurm.node_state().contains("DRAIN"),
        "{}",
        slurm.node_state()
    );
    assert!(std::fs::read_to_string(state.join("rpmdb"))
        .unwrap()
        .contains("xspot-2.4.1-1.el7"));
    let _ = slurm
        .command("scontrol")
        .args([
            "update",
            &format!("NodeName={}", slurm.host),
            "State=RESUME",
        ])
        .output();
}
