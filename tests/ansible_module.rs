//! The Ansible collection in `contrib/ansible` (`xspot.xmake`) on real ansible-core: the
//! `xmake` module against copies of fixtures/trees/full under `--root` (changed, then not;
//! check mode writes nothing; a failing step fails the task with its message), ansible-lint
//! (profile production), the module's Python unit tests, and the `rolling_upgrade` playbook
//! on a fleet of four local "controllers", each a scratch root prepared as
//! fixtures/demo/upgrade.sh does, where the real `xmake --runbook=upgrade` runs (real podman,
//! each node its own storage; the stand-ins of fixtures/fake-bin, each node its own state;
//! xmake's `upgrade --drain` drains through Slurm's stand-ins, and on one-node fleets through
//! LSF's and Grid Engine's). Without ansible (or podman and busybox) these tests fail, saying how to install them.

mod support;

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::built::{tiny_images, DEPLOY};
use support::engine::{busybox_rootfs_tar, podman, write_sidecar, Podman};
use support::files::{copy_dir, repo};
use support::run::exe;
use support::scenario::Scenario;
use support::schedulers::{bin_dir, host, LSF, SGE};

const ONBOARDING: &str = "/nfs-apps/exostellar/onboarding";

/// Panics (fails the test) when an Ansible program is missing.
fn require(program: &str) {
    let found = Command::new(program)
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    assert!(
        found,
        "`{program}` is not installed: these tests need ansible-core and ansible-lint from PyPI \
         (run .ci/setup, or `python3 -m pip install 'ansible-core>=2.15,<2.18' ansible-lint`)"
    );
}

/// A copy of the collection at `<dir>/ansible_collections/xspot/xmake`, a scratch dir for
/// Ansible's own temp files, and the environment every ansible command gets.
struct Ansible {
    dir: tempfile::TempDir,
}

impl Ansible {
    fn new() -> Self {
        require("ansible");
        require("ansible-playbook");
        let dir = tempfile::tempdir().unwrap();
        copy_dir(
            &repo().join("contrib/ansible"),
            &dir.path().join("ansible_collections/xspot/xmake"),
        );
        Self { dir }
    }

    fn collection(&self) -> PathBuf {
        self.dir.path().join("ansible_collections/xspot/xmake")
    }

    fn command(&self, program: &str) -> Command {
        require(program);
        let tmp = self.dir.path().join("tmp");
        let mut cmd = Command::new(program);
        let path = format!(
            "{}:{}",
            repo().join("fixtures/fake-bin").display(),
            std::env::var("PATH").unwrap_or_default()
        );
        cmd.current_dir(self.dir.path())
            .env("PATH", path)
            .env("ANSIBLE_COLLECTIONS_PATH", self.dir.path())
            .env("ANSIBLE_LOCALHOST_WARNING", "false")
            .env("ANSIBLE_INVENTORY_UNPARSED_WARNING", "false")
            .env("ANSIBLE_NOCOLOR", "1")
            .env("ANSIBLE_LOCAL_TEMP", &tmp)
            .env("ANSIBLE_REMOTE_TEMP", &tmp)
            .env("NO_COLOR", "1")
            .env_remove("XMAKE_NATIVE")
            .env_remove("XMAKE_KEEP_SNAPSHOTS")
            .env_remove("ANSIBLE_CONFIG");
        cmd
    }

    /// `ansible localhost -m xspot.xmake.xmake -a <args>`: the module's result, and what
    /// the callback printed before it (the diff, under `--diff`).
    fn module(&self, args: &Value, extra: &[&str]) -> (Value, String) {
        let out = self
            .command("ansible")
            .args(["localhost", "-m", "xspot.xmake.xmake", "-a"])
            .arg(args.to_string())
            .args(extra)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        // The minimal callback: `localhost | CHANGED => {…}`.
        let Some(at) = stdout.find("localhost | ") else {
            panic!("no result for localhost:\n{}", text(&out));
        };
        let json = &stdout[at..];
        let json = &json[json.find(" => ").map_or(0, |i| i + 4)..];
        let mut result: Value = serde_json::from_str(json)
            .unwrap_or_else(|e| panic!("the result is not JSON ({e}):\n{}", text(&out)));
        // The callback drops `failed` from what it prints and says it in the status word.
        let failed = stdout[at..].starts_with("localhost | FAILED!");
        assert_eq!(failed, !out.status.success(), "{}", text(&out));
        result["failed"] = failed.into();
        (result, stdout[..at].to_string())
    }
}

fn text(out: &Output) -> String {
    format!(
        "status {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The play recap's counts per host (`c1 : ok=3 changed=0 … failed=0 …`).
fn recap(out: &Output) -> BTreeMap<String, BTreeMap<String, u64>> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let Some(at) = stdout.find("PLAY RECAP") else {
        panic!("no play recap:\n{}", text(out));
    };
    let mut hosts = BTreeMap::new();
    for line in stdout[at..].lines().skip(1) {
        let Some((host, counts)) = line.split_once(" : ") else {
            continue;
        };
        let counts = counts
            .split_whitespace()
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), v.parse().unwrap_or(0)))
            .collect();
        hosts.insert(host.trim().to_string(), counts);
    }
    hosts
}

fn module_args(s: &Scenario, targets: &[&str]) -> Value {
    serde_json::json!({
        "chdir": s.tree,
        "root": s.root,
        "target": targets,
        "executable": exe(),
    })
}

#[test]
fn module_changes_then_reports_ok() {
    let ansible = Ansible::new();
    let s = Scenario::new("full");
    let args = module_args(&s, &["image-folder", "deploy"]);

    let (first, _) = ansible.module(&args, &[]);
    assert_eq!(first["changed"], true, "{first:#}");
    assert_eq!(first["failed"], false, "{first:#}");
    let targets = first["report"]["targets"].as_array().unwrap();
    let names: Vec<_> = targets
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["image-folder", "deploy"], "{first:#}");
    assert!(first["report"]["summary"]["changed"].as_u64().unwrap() >= 3);
    assert!(s.path("nfs-apps/exostellar/images/2.4.1").is_dir());
    assert!(s.path("nfs-apps/exostellar/scripts/latest").is_symlink());

    let (second, _) = ansible.module(&args, &[]);
    assert_eq!(second["changed"], false, "{second:#}");
    assert_eq!(second["failed"], false, "{second:#}");
    assert_eq!(second["report"]["summary"]["changed"], 0, "{second:#}");
}

#[test]
fn module_check_mode_changes_nothing_and_diff_shows_the_plan() {
    let ansible = Ansible::new();
    let s = Scenario::new("full");
    let before = s.state_all();
    let (result, printed) = ansible.module(
        &module_args(&s, &["image-folder", "deploy"]),
        &["--check", "--diff"],
    );
    assert_eq!(result["changed"], true, "{result:#}");
    assert!(result["cmd"].as_array().unwrap().contains(&"-n".into()));
    // The callback prints the diff (xmake's text plan) before the result.
    assert!(
        printed.contains("would change release-dir") && printed.contains("mkdir -p"),
        "{printed}"
    );
    let after = s.state_all();
    assert!(
        before == after,
        "check mode changed the root:\n{}",
        support::scenario::state_diff(&before, &after)
    );
}

#[test]
fn module_failing_step_fails_the_task_with_its_message() {
    let ansible = Ansible::new();
    let s = Scenario::new("full"); // no /etc/xspot: sync-config refuses
    let (result, _) = ansible.module(&module_args(&s, &["sync-config"]), &[]);
    assert_eq!(result["failed"], true, "{result:#}");
    assert_eq!(result["rc"], 2);
    let msg = result["msg"].as_str().unwrap();
    assert!(
        msg.starts_with("sync-config/preconditions: /etc/xspot does not exist"),
        "{msg}"
    );
    assert_eq!(result["failed_step"]["target"], "sync-config");
    assert_eq!(result["changed"], false);
}

#[test]
fn module_check_config_alone_and_recipes() {
    let ansible = Ansible::new();
    let s = Scenario::new("full");
    // check-config alone prints its diagnostics document: one step, ok.
    let (ok, _) = ansible.module(&module_args(&s, &["check-config"]), &[]);
    assert_eq!(ok["changed"], false, "{ok:#}");
    assert_eq!(ok["failed"], false, "{ok:#}");
    assert_eq!(ok["report"]["targets"][0]["steps"][0]["status"], "ok");
    assert!(ok["report"]["check_config"]["diagnostics"].is_array());
    // A recipe target under --root: xmake refuses, the task fails with xmake's line.
    let (refused, _) = ansible.module(&module_args(&s, &["help"]), &[]);
    assert_eq!(refused["failed"], true, "{refused:#}");
    assert!(refused["msg"]
        .as_str()
        .unwrap()
        .contains("--root confines native targets only"));
    // A recipe target without --root runs from the Makefile and counts as changed.
    let args = serde_json::json!({"chdir": s.tree, "target": "help", "executable": exe()});
    let (recipe, _) = ansible.module(&args, &[]);
    assert_eq!(recipe["changed"], true, "{recipe:#}");
    assert_eq!(recipe["recipe_targets"], serde_json::json!(["help"]));
    // With --format=json the recipe's output goes to stderr; stdout is the document.
    assert!(recipe["stderr"].as_str().unwrap().contains("targets:"));
    assert_eq!(recipe["report"]["targets"][0]["mode"], "recipe");
    assert_eq!(recipe["report"]["targets"].as_array().unwrap().len(), 1);
}

#[test]
fn collection_is_lint_clean_and_playbook_parses() {
    let ansible = Ansible::new();
    let lint = ansible
        .command("ansible-lint")
        .args(["--profile", "production", "--nocolor", "--offline"])
        .current_dir(ansible.collection())
        .env("ANSIBLE_STDOUT_CALLBACK", "default")
        .output()
        .unwrap();
    assert!(lint.status.success(), "ansible-lint:\n{}", text(&lint));
    let syntax = ansible
        .command("ansible-playbook")
        .args(["--syntax-check", "-i", "localhost,"])
        .arg(ansible.collection().join("playbooks/rolling_upgrade.yml"))
        .env("ANSIBLE_STDOUT_CALLBACK", "default")
        .output()
        .unwrap();
    assert!(syntax.status.success(), "syntax-check:\n{}", text(&syntax));
}

#[test]
fn module_unit_tests_pass() {
    let ansible = Ansible::new();
    let out = ansible
        .command("python3")
        .args(["-m", "unittest", "-v"])
        .arg("ansible_collections.xspot.xmake.tests.unit.plugins.modules.test_xmake")
        .env("PYTHONPATH", ansible.dir.path())
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "unit tests:\n{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Ran 8 tests"),
        "{}",
        text(&out)
    );
}

/// One "controller" on this machine, prepared as fixtures/demo/upgrade.sh prepares its
/// scratch root: a node on release 2.4.0 (busybox base in `current`, older packages in the
/// rpm stand-in's database, tiny Dockerfiles), its own podman storage behind a logging
/// wrapper, and its own stand-in state (`<root>/var/lib/fake-bin`: rpm, systemd, journal,
/// Slurm's view of the node and its `scontrol.log`).
struct Node {
    name: String,
    s: Scenario,
    pm: Podman,
    /// The node's `PATH` (its scheduler's stand-ins), when not the test's.
    path: Option<String>,
}

impl Node {
    fn new(name: &str) -> Self {
        let s = Scenario::new("full");
        tiny_images(&s);
        let old = s.path(DEPLOY).join("2.4.0");
        std::fs::create_dir_all(&old).unwrap();
        busybox_rootfs_tar(&old.join("base.tar"));
        write_sidecar(&old.join("base.tar"));
        std::os::unix::fs::symlink("2.4.0", s.path(DEPLOY).join("current")).unwrap();
        let s = s.with_old_release_packages();
        Self {
            name: name.to_owned(),
            s,
            pm: podman(),
            path: None,
        }
    }

    fn fake_state(&self) -> PathBuf {
        self.s.path("var/lib/fake-bin")
    }

    /// The scontrol stand-in on this node's state, as an admin would run it.
    fn scontrol(&self, args: &[&str]) {
        let program = repo().join("fixtures/fake-bin/scontrol");
        let out = Command::new(program)
            .args(args)
            .env("XMAKE_FAKE_STATE", self.fake_state())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out));
    }

    /// The role's mark: it has this node drained.
    fn marker(&self) -> PathBuf {
        self.s.path("var/lib/xmake-rollout/drained")
    }

    fn marked(&self) -> bool {
        self.marker().exists()
    }

    /// Leaves the role's mark, as a roll-out that stopped after draining the node does.
    fn mark(&self) {
        std::fs::create_dir_all(self.marker().parent().unwrap()).unwrap();
        std::fs::write(
            self.marker(),
            "drained by the xmake rolling upgrade; removed when it gives the node back\n",
        )
        .unwrap();
        std::fs::set_permissions(
            self.marker(),
            std::os::unix::fs::PermissionsExt::from_mode(0o600),
        )
        .unwrap();
    }

    fn scontrol_log(&self) -> String {
        std::fs::read_to_string(self.fake_state().join("scontrol.log")).unwrap_or_default()
    }

    /// The node's environment: its stand-in state, its root for the systemctl stand-in, its
    /// podman; `fail` makes its post-docker fail on docker-base.
    fn environment(&self, fail: bool) -> Value {
        let mut env = serde_json::json!({
            "XMAKE_FAKE_STATE": self.fake_state(),
            "ROOT": self.s.root,
            "XMAKE_CONTAINER_ENGINE": self.pm.wrapper,
        });
        if fail {
            env["FAKE_POST_DOCKER_FAIL"] = "docker-base".into();
        }
        if let Some(path) = &self.path {
            env["PATH"] = path.clone().into();
        }
        env
    }
}

/// Four controllers, c1 to c4 (c1 is the canary: the first of the group).
struct Fleet {
    nodes: Vec<Node>,
}

impl Fleet {
    fn new() -> Self {
        Self::of(&["c1", "c2", "c3", "c4"])
    }

    fn of(names: &[&str]) -> Self {
        let nodes = names.iter().map(|n| Node::new(n)).collect();
        Self { nodes }
    }

    /// The inventory: each host its root and environment (per-host `xmake_environment`);
    /// the hosts in `failing` get a post-docker that fails.
    fn inventory(&self, dir: &Path, failing: &[&str]) -> PathBuf {
        let mut hosts = serde_json::Map::new();
        for node in &self.nodes {
            let fail = failing.contains(&node.name.as_str());
            hosts.insert(
                node.name.clone(),
                serde_json::json!({
                    "xmake_root": node.s.root,
                    "xmake_environment": node.environment(fail),
                }),
            );
        }
        let inv = serde_json::json!({"all": {"children": {"xspot_controllers": {
        "hosts": hosts,
        "vars": {
            "ansible_connection": "local",
            "ansible_python_interpreter": "{{ ansible_playbook_python }}",
            "xmake_tree": ONBOARDING,
            "xmake_executable": exe(),
            "xmake_post_docker_timeout": "60s",
        }}}}});
        // JSON is YAML: the yaml inventory plugin reads it.
        let path = dir.join("inventory.yml");
        std::fs::write(&path, inv.to_string()).unwrap();
        path
    }

    fn play(&self, ansible: &Ansible, extra: &[&str], failing: &[&str]) -> (Output, Recap) {
        let inventory = self.inventory(ansible.dir.path(), failing);
        let out = ansible
            .command("ansible-playbook")
            .arg("-i")
            .arg(&inventory)
            .args(extra)
            .arg("xspot.xmake.rolling_upgrade")
            .output()
            .unwrap();
        let counts = recap(&out);
        (out, counts)
    }

    fn states(&self) -> Vec<BTreeMap<String, String>> {
        self.nodes.iter().map(|n| n.s.state_all()).collect()
    }

    fn scontrol_logs(&self) -> Vec<String> {
        self.nodes.iter().map(Node::scontrol_log).collect()
    }
}

type Recap = BTreeMap<String, BTreeMap<String, u64>>;

fn stat(recap: &Recap, host: &str, key: &str) -> u64 {
    recap
        .get(host)
        .and_then(|c| c.get(key))
        .copied()
        .unwrap_or(0)
}

/// The play's log, from ansible-playbook's default output: `(task, host)` for each host
/// that changed (or failed) in the mark, runbook (which drains) and resume tasks, in the order
/// printed, as `c1 mark`, `c1 runbook`, `c1 resume`, `c2 FAILED runbook`.
fn roll_log(out: &Output) -> Vec<String> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut task = "";
    let mut log = Vec::new();
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("TASK [") {
            task = rest.split(']').next().unwrap_or("");
            continue;
        }
        let what = if task.ends_with("Mark the node as drained by this roll-out") {
            "mark"
        } else if task.contains("Run the runbook") {
            "runbook"
        } else if task.ends_with("Give the node back to its scheduler") {
            "resume"
        } else {
            continue;
        };
        let (prefix, status) = if let Some(rest) = line.strip_prefix("changed: [") {
            (rest, "")
        } else if let Some(rest) = line.strip_prefix("fatal: [") {
            (rest, "FAILED ")
        } else {
            continue;
        };
        let host = prefix.split(']').next().unwrap_or("");
        log.push(format!("{host} {status}{what}"));
    }
    log
}

#[test]
fn playbook_rolls_canary_first_stops_at_a_failed_canary_and_is_idempotent() {
    let ansible = Ansible::new();
    let fleet = Fleet::new();
    // The canary alone, then the three others in one batch.
    let batches = ["-e", r#"{"xmake_serial": [1, 3]}"#];

    // --check --diff: a preview that changes nothing anywhere, not even the scheduler.
    let before = fleet.states();
    let (out, doc) = fleet.play(
        &ansible,
        &[&batches[..], &["--check", "--diff"]].concat(),
        &[],
    );
    assert!(out.status.success(), "{}", text(&out));
    for node in &fleet.nodes {
        assert!(stat(&doc, &node.name, "changed") > 0, "{doc:?}");
        assert!(node.pm.mutating_calls().is_empty(), "{:?}", node.pm.calls());
        node.pm.clear_log();
    }
    assert!(before == fleet.states(), "--check changed a root");
    assert_eq!(
        fleet.scontrol_logs(),
        ["", "", "", ""],
        "--check drained a node"
    );
    assert!(
        fleet.nodes.iter().all(|n| !n.marked()),
        "--check marked a node"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("would change release-dir"),
        "{}",
        text(&out)
    );

    // The canary's post-docker fails: the roll-out stops there, the canary drained (by
    // xmake's `upgrade --drain`, under this machine's host name) and marked.
    let host = host();
    let (out, doc) = fleet.play(&ansible, &batches, &["c1"]);
    assert!(!out.status.success(), "{}", text(&out));
    assert_eq!(stat(&doc, "c1", "failed"), 1, "{doc:?}");
    assert_eq!(
        roll_log(&out),
        ["c1 mark", "c1 FAILED runbook"],
        "{}",
        text(&out)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("restart-post-docker/post-docker"),
        "{}",
        text(&out)
    );
    assert_eq!(
        fleet.scontrol_logs(),
        [
            format!("{host} DRAIN\n"),
            String::new(),
            String::new(),
            String::new()
        ]
    );
    assert!(fleet.nodes[0].marked());
    let after = fleet.states();
    for i in 1..fleet.nodes.len() {
        assert!(
            before[i] == after[i],
            "{} was touched:\n{}",
            fleet.nodes[i].name,
            support::scenario::state_diff(&before[i], &after[i])
        );
        let calls = fleet.nodes[i].pm.calls();
        assert!(calls.is_empty(), "{}: {calls:?}", fleet.nodes[i].name);
    }
    assert!(before[0] != after[0], "the canary ran its runbook");

    // Fixed, run again: the canary (whose plan has only post-docker's restart left, but whose
    // validation fails, and which is still drained and marked) is finished, validated and
    // resumed first (xmake finds it drained: no second drain), then the batch of three.
    let (out, doc) = fleet.play(&ansible, &batches, &[]);
    assert!(out.status.success(), "{}", text(&out));
    let log = roll_log(&out);
    assert_eq!(log[..2], ["c1 runbook", "c1 resume"], "{log:?}");
    let batch: Vec<_> = log[2..]
        .iter()
        .map(|e| e.split_once(' ').unwrap().1)
        .collect();
    assert_eq!(
        batch,
        ["mark", "mark", "mark", "runbook", "runbook", "runbook", "resume", "resume", "resume"],
        "{log:?}"
    );
    let drained_and_resumed = format!("{host} DRAIN\n{host} RESUME\n");
    assert_eq!(fleet.scontrol_logs(), vec![drained_and_resumed; 4]);
    for node in &fleet.nodes {
        assert!(!node.marked(), "{}", node.name);
        assert!(stat(&doc, &node.name, "changed") > 0, "{doc:?}");
        let current = std::fs::read_link(node.s.path(DEPLOY).join("current")).unwrap();
        assert_eq!(current, Path::new("2.4.1"), "{}", node.name);
        let unit = std::fs::read_to_string(node.fake_state().join("post-docker.state"));
        assert_eq!(unit.unwrap(), "active\n", "{}", node.name);
        node.pm.clear_log();
    }

    // A re-run: every host planned, found done, left alone (not even drained, post-docker not
    // restarted): changed=0 and every root byte for byte as it was.
    let before = fleet.states();
    let (out, doc) = fleet.play(&ansible, &batches, &[]);
    assert!(out.status.success(), "{}", text(&out));
    for node in &fleet.nodes {
        assert_eq!(stat(&doc, &node.name, "changed"), 0, "{doc:?}");
        assert_eq!(stat(&doc, &node.name, "failed"), 0, "{doc:?}");
        assert!(node.pm.mutating_calls().is_empty(), "{:?}", node.pm.calls());
    }
    assert_eq!(roll_log(&out), Vec::<String>::new());
    let after = fleet.states();
    for (i, node) in fleet.nodes.iter().enumerate() {
        assert!(
            before[i] == after[i],
            "the re-run changed {}:\n{}",
            node.name,
            support::scenario::state_diff(&before[i], &after[i])
        );
    }

    // c3 left drained and marked by a roll-out that stopped after its runbook (say RESUME
    // failed): it is upgraded again (post-docker restarted) and given back. c4 drained for
    // maintenance (no mark): it has no work, so it is left alone, drained.
    let node = format!("NodeName={host}");
    fleet.nodes[2].scontrol(&["update", &node, "State=DRAIN", "Reason=xmake upgrade"]);
    fleet.nodes[2].mark();
    fleet.nodes[3].scontrol(&["update", &node, "State=DRAIN", "Reason=disk swap"]);
    let (out, doc) = fleet.play(&ansible, &batches, &[]);
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(
        roll_log(&out),
        ["c3 runbook", "c3 resume"],
        "{}",
        text(&out)
    );
    assert!(!fleet.nodes[2].marked());
    for name in ["c1", "c2", "c4"] {
        assert_eq!(stat(&doc, name, "changed"), 0, "{doc:?}");
    }
    assert!(fleet.nodes[3]
        .scontrol_log()
        .ends_with(&format!("{host} DRAIN\n")));
}

#[test]
fn playbook_refuses_to_start_below_the_minimum_in_production() {
    let ansible = Ansible::new();
    let fleet = Fleet::new();
    let before = fleet.states();
    let (out, _) = fleet.play(&ansible, &["-e", "xmake_min_in_production=4"], &[]);
    assert!(!out.status.success(), "{}", text(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("xmake_min_in_production=4"),
        "{}",
        text(&out)
    );
    assert_eq!(fleet.scontrol_logs(), ["", "", "", ""]);
    assert!(before == fleet.states());
}

#[test]
fn playbook_drains_and_gives_back_through_lsf_and_grid_engine_too() {
    let ansible = Ansible::new();
    let host = host();
    for (stand_ins, log, drained, expected) in [
        (
            &LSF[..],
            "badmin.log",
            format!("lsf/closed/{host}"),
            format!("{host} hclose\n{host} hopen\n"),
        ),
        (
            &SGE[..],
            "qmod.log",
            format!("sge/disabled/{host}"),
            format!("{host} disable\n{host} enable\n"),
        ),
    ] {
        let mut fleet = Fleet::of(&["n1"]);
        let bin = bin_dir(stand_ins);
        fleet.nodes[0].path = Some(bin.path().display().to_string());
        let (out, doc) = fleet.play(&ansible, &[], &[]);
        assert!(out.status.success(), "{stand_ins:?}: {}", text(&out));
        assert_eq!(
            roll_log(&out),
            ["n1 mark", "n1 runbook", "n1 resume"],
            "{}",
            text(&out)
        );
        let node = &fleet.nodes[0];
        let state = node.fake_state();
        assert_eq!(
            std::fs::read_to_string(state.join(log)).unwrap_or_default(),
            expected,
            "{stand_ins:?}: {}",
            text(&out)
        );
        assert!(
            !state.join(&drained).exists(),
            "{stand_ins:?}: left drained"
        );
        assert!(!node.marked());
        assert_eq!(node.scontrol_log(), "", "{stand_ins:?}: Slurm was asked");
        assert!(stat(&doc, "n1", "changed") > 0, "{doc:?}");
        let current = std::fs::read_link(node.s.path(DEPLOY).join("current")).unwrap();
        assert_eq!(current, Path::new("2.4.1"));
    }
}
