//! Issue 9, point 1: the journal (`.xmake/journal.json`) is untrusted input. A planted or
//! damaged journal is refused whole (the `resume` step fails naming the file, exit 2), nothing
//! in it is applied, nothing outside changes (checked byte for byte), and the file is moved
//! aside as `journal.json.rejected-<stamp>`, never deleted; the next run plans afresh.
//!
//! Most planted journals here carry a correct checksum (as an attacker who read the source
//! would write them), so what stops them is the binding to the run and the step's bounds.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use camino::{Utf8Path, Utf8PathBuf};
use support::scenario::{state_diff, stderr, stdout, Scenario};
use xmake::adapters::manifest::{self, Manifest};
use xmake::adapters::packages::PackageCall;
use xmake::adapters::scheduler::{Scheduler, SchedulerCall};
use xmake::adapters::services::UnitCall;
use xmake::onboarding::action::Action;
use xmake::onboarding::journal::{Entry, Journal};

const XSPOT: &str = "scripts/controller/integrate-xspot";

fn utf8(path: &Path) -> Utf8PathBuf {
    Utf8PathBuf::from_path_buf(path.to_owned()).unwrap()
}

/// A directory outside the scratch root holding things worth stealing or deleting.
struct Outside {
    _guard: tempfile::TempDir,
    dir: Utf8PathBuf,
}

impl Outside {
    fn new() -> Self {
        let guard = tempfile::tempdir().unwrap();
        let dir = utf8(guard.path());
        std::fs::create_dir_all(dir.join("X/deep")).unwrap();
        std::fs::write(dir.join("X/deep/data"), "precious\n").unwrap();
        std::fs::write(dir.join("shadow"), "root:$6$secret-hash:19000::::::\n").unwrap();
        std::fs::set_permissions(dir.join("shadow"), std::fs::Permissions::from_mode(0o600))
            .unwrap();
        Self { _guard: guard, dir }
    }

    fn state(&self) -> Manifest {
        manifest::scan(&self.dir, &[]).unwrap()
    }
}

fn scenario() -> Scenario {
    Scenario::new("minimal").with_etc_xspot()
}

/// An entry bound to `s`'s run (right tree, root and release) for `target`/`step`.
fn bound_entry(s: &Scenario, target: &str, step: &str, actions: Vec<Action>) -> Entry {
    Entry {
        target: target.into(),
        step: step.into(),
        release: "2.3.0".into(),
        tree: utf8(&s.tree.canonicalize().unwrap()),
        root: utf8(&s.root),
        actions,
        done: 0,
    }
}

fn state_dir(s: &Scenario) -> Utf8PathBuf {
    let dir = utf8(&s.tree.join(".xmake"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}

/// The node's state folder (`/var/lib/xmake`), made beforehand so that a refused run has
/// nothing else to create.
fn node_state_dir(s: &Scenario) {
    let dir = s.path("var/lib/xmake");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
}

/// Writes `entry` as xmake writes journals (format, checksum and all).
fn plant(s: &Scenario, entry: &Entry) -> PathBuf {
    let journal = Journal::new(&state_dir(s));
    journal.record(entry).unwrap();
    journal.path().as_std_path().to_owned()
}

/// The names in `.xmake/` that are set-aside journals.
fn rejected(s: &Scenario) -> Vec<String> {
    std::fs::read_dir(s.tree.join(".xmake"))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("journal.json.rejected-"))
        .collect()
}

/// Runs `args`, expecting the journal to be refused for `reason`: exit 2, the message names
/// the file, nothing under the root or `outside` changed, the journal is moved aside intact.
fn assert_refused(s: &Scenario, outside: &Outside, args: &[&str], reason: &str) {
    let journal = s.tree.join(".xmake/journal.json");
    let planted = std::fs::symlink_metadata(&journal).ok().map(|m| {
        if m.file_type().is_symlink() {
            format!(
                "link -> {}",
                std::fs::read_link(&journal).unwrap().display()
            )
        } else {
            format!("{:?}", std::fs::read(&journal).unwrap())
        }
    });
    let (root_before, outside_before) = (s.state(false), outside.state());
    let out = s.xmake(args);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}\n{}", stderr(&out));
    assert!(
        text.contains(
            "failed   resume: refusing the journal /nfs-apps/exostellar/onboarding/.xmake/journal.json: "
        ),
        "{text}"
    );
    assert!(text.contains(reason), "wanted {reason:?} in:\n{text}");
    assert!(text.contains("nothing in it was applied"), "{text}");
    let root_after = s.state(false);
    assert!(
        root_before == root_after,
        "the root changed:\n{}",
        state_diff(&root_before, &root_after)
    );
    assert_eq!(outside_before, outside.state(), "something outside changed");
    assert!(std::fs::symlink_metadata(&journal).is_err(), "{text}");
    let aside = rejected(s);
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert!(
        text.contains(&format!("moved it to {}", aside[0])),
        "{text}"
    );
    let moved = s.tree.join(".xmake").join(&aside[0]);
    let kept = std::fs::symlink_metadata(&moved).ok().map(|m| {
        if m.file_type().is_symlink() {
            format!("link -> {}", std::fs::read_link(&moved).unwrap().display())
        } else {
            format!("{:?}", std::fs::read(&moved).unwrap())
        }
    });
    assert_eq!(planted, kept, "the journal was not kept as it was");
}

/// After a refusal the next run plans afresh and succeeds.
fn assert_next_run_works(s: &Scenario, target: &str) {
    let out = s.xmake(&[target]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(!stdout(&out).contains("resume"), "{}", stdout(&out));
}

#[test]
fn a_planted_remove_tree_outside_the_root_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    plant(
        &s,
        &bound_entry(
            &s,
            "deploy",
            "snapshot",
            vec![Action::RemoveTree {
                path: outside.dir.join("X"),
            }],
        ),
    );
    assert_refused(
        &s,
        &outside,
        &["deploy"],
        "is outside the directories this step may change",
    );
    assert_next_run_works(&s, "deploy");
    assert!(outside.dir.join("X/deep/data").exists());
}

#[test]
fn a_remove_tree_climbing_out_with_dot_dot_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    let scripts = utf8(&s.path("nfs-apps/exostellar/scripts"));
    std::fs::create_dir_all(&scripts).unwrap();
    std::fs::create_dir_all(s.path("nfs-apps/exostellar/keep")).unwrap();
    std::fs::write(s.path("nfs-apps/exostellar/keep/f"), "x").unwrap();
    plant(
        &s,
        &bound_entry(
            &s,
            "deploy",
            "prune",
            vec![Action::RemoveTree {
                path: scripts.join("../keep"),
            }],
        ),
    );
    assert_refused(&s, &outside, &["deploy"], "not a plain absolute path");
    assert_eq!(
        std::fs::read(s.path("nfs-apps/exostellar/keep/f")).unwrap(),
        b"x"
    );
}

#[test]
fn a_planted_copy_of_a_secret_from_outside_the_tree_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    let to = utf8(&s.tree.join(XSPOT).join("config/stolen"));
    plant(
        &s,
        &bound_entry(
            &s,
            "sync-config",
            "config",
            vec![Action::CopyFile {
                from: outside.dir.join("shadow"),
                to: to.clone(),
                mode: 0o777,
            }],
        ),
    );
    assert_refused(
        &s,
        &outside,
        &["sync-config"],
        "is outside the directories this step may change",
    );
    assert!(!to.exists());
}

#[test]
fn a_planted_copy_to_outside_the_root_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    plant(
        &s,
        &bound_entry(
            &s,
            "sync-config",
            "config",
            vec![Action::CopyFile {
                from: utf8(&s.tree.join(XSPOT).join("config/config.toml")),
                to: outside.dir.join("Y"),
                mode: 0o777,
            }],
        ),
    );
    assert_refused(
        &s,
        &outside,
        &["sync-config"],
        "is outside the directories this step may change",
    );
}

#[test]
fn an_action_kind_the_step_never_makes_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    let scripts = utf8(&s.path("nfs-apps/exostellar/scripts"));
    plant(
        &s,
        &bound_entry(
            &s,
            "deploy",
            "prune",
            vec![Action::CopyTree {
                from: utf8(&s.tree),
                to: scripts.join("copy"),
                exclude: vec![".xmake".into()],
                marker: None,
            }],
        ),
    );
    assert_refused(
        &s,
        &outside,
        &["deploy"],
        "is not a kind of change this step makes",
    );
}

#[test]
fn a_journal_for_another_release_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    let mut entry = bound_entry(&s, "image-folder", "release-dir", Vec::new());
    entry.release = "9.9.9".into();
    plant(&s, &entry);
    assert_refused(
        &s,
        &outside,
        &["image-folder"],
        "it was written for release 9.9.9, this run is 2.3.0",
    );
    assert_next_run_works(&s, "image-folder");
}

#[test]
fn a_journal_for_another_root_or_tree_or_target_is_refused() {
    type Edit = fn(&mut Entry);
    let cases: [(&str, Edit); 4] = [
        ("it was written for the root prefix /", |e| {
            e.root = "/".into();
        }),
        ("it was written for the tree /srv/other", |e| {
            e.tree = "/srv/other".into();
        }),
        ("it names `rm-rf`, not a target xmake runs", |e| {
            e.target = "rm-rf".into();
        }),
        ("`deploy` has no step `wipe`", |e| e.step = "wipe".into()),
    ];
    for (reason, edit) in cases {
        let s = scenario();
        let outside = Outside::new();
        let mut entry = bound_entry(&s, "deploy", "snapshot", Vec::new());
        edit(&mut entry);
        plant(&s, &entry);
        assert_refused(&s, &outside, &["deploy"], reason);
    }
}

#[test]
fn a_hand_edited_journal_fails_its_checksum() {
    let s = scenario();
    let outside = Outside::new();
    let scripts = utf8(&s.path("nfs-apps/exostellar/scripts"));
    let path = plant(
        &s,
        &bound_entry(
            &s,
            "deploy",
            "prune",
            vec![Action::RemoveTree {
                path: scripts.join("2.3.0-1"),
            }],
        ),
    );
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("2.3.0-1\"", "2.3.0-2\"")).unwrap();
    assert_refused(
        &s,
        &outside,
        &["deploy"],
        "its checksum does not match its contents",
    );
}

#[test]
fn a_journal_of_the_old_unbound_format_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    let old = serde_json::json!({
        "target": "deploy", "step": "snapshot", "done": 0,
        "actions": [{"RemoveTree": {"path": outside.dir.join("X")}}],
    });
    std::fs::write(
        state_dir(&s).join("journal.json"),
        serde_json::to_vec(&old).unwrap(),
    )
    .unwrap();
    assert_refused(
        &s,
        &outside,
        &["deploy"],
        "it is not a journal this xmake wrote",
    );
}

#[test]
fn a_symlinked_journal_is_refused_and_its_target_untouched() {
    let s = scenario();
    let outside = Outside::new();
    // A perfectly valid journal, kept elsewhere and linked in.
    let elsewhere = Journal::new(&outside.dir);
    elsewhere
        .record(&bound_entry(&s, "deploy", "snapshot", Vec::new()))
        .unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), state_dir(&s).join("journal.json")).unwrap();
    assert_refused(&s, &outside, &["deploy"], "journal.json is a symlink");
    assert!(outside.dir.join("journal.json").is_file());
}

#[test]
fn a_journal_owned_by_another_user_is_refused() {
    // SAFETY: geteuid(2) has no memory effects.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: chown needs root");
        return;
    }
    let s = scenario();
    let outside = Outside::new();
    let path = plant(&s, &bound_entry(&s, "deploy", "snapshot", Vec::new()));
    std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
    assert_refused(
        &s,
        &outside,
        &["deploy"],
        "is owned by uid 65534, not by this user",
    );
}

#[test]
fn a_journal_others_may_write_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    let path = plant(&s, &bound_entry(&s, "deploy", "snapshot", Vec::new()));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o666)).unwrap();
    assert_refused(&s, &outside, &["deploy"], "is writable by group or others");
}

#[test]
fn an_oversized_journal_is_refused_before_it_is_parsed() {
    let s = scenario();
    let outside = Outside::new();
    let path = state_dir(&s).join("journal.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(17 << 20).unwrap();
    assert_refused(&s, &outside, &["deploy"], "is larger than 16777216 bytes");
}

#[test]
fn a_dry_run_reports_a_planted_journal_and_changes_nothing() {
    let s = scenario();
    let outside = Outside::new();
    let path = plant(
        &s,
        &bound_entry(
            &s,
            "deploy",
            "snapshot",
            vec![Action::RemoveTree {
                path: outside.dir.join("X"),
            }],
        ),
    );
    let journal_before = std::fs::read(&path).unwrap();
    let (root_before, outside_before) = (s.state(false), outside.state());
    let out = s.xmake(&["-n", "deploy"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("refusing the journal"), "{text}");
    assert!(text.contains("a real run moves it aside"), "{text}");
    assert!(root_before == s.state(false));
    assert_eq!(outside_before, outside.state());
    assert_eq!(std::fs::read(&path).unwrap(), journal_before);
    assert!(rejected(&s).is_empty());
}

#[test]
fn a_journal_made_by_xmake_itself_is_still_resumed() {
    let s = scenario();
    let scripts = utf8(&s.path("nfs-apps/exostellar/scripts"));
    plant(
        &s,
        &bound_entry(
            &s,
            "deploy",
            "script-deploy-dir",
            vec![Action::CreateDirAll {
                path: scripts.clone(),
            }],
        ),
    );
    let out = s.xmake(&["deploy"]);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("changed  resume: finished the interrupted deploy/script-deploy-dir"),
        "{text}"
    );
    assert!(std::fs::symlink_metadata(scripts.join("latest")).is_ok());
    assert!(rejected(&s).is_empty());
    assert!(!Utf8Path::new(&s.tree.join(".xmake/journal.json").to_string_lossy()).exists());
}

#[test]
fn a_copy_whose_source_leaves_etc_xspot_through_a_symlink_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    let link = s.path("etc/xspot/config/innocent.toml");
    std::os::unix::fs::symlink(outside.dir.join("shadow"), &link).unwrap();
    let to = utf8(&s.tree.join(XSPOT).join("config/innocent.toml"));
    plant(
        &s,
        &bound_entry(
            &s,
            "sync-config",
            "config",
            vec![Action::CopyFile {
                from: utf8(&link),
                to: to.clone(),
                mode: 0o644,
            }],
        ),
    );
    assert_refused(
        &s,
        &outside,
        &["sync-config"],
        "is outside the directories this step may change",
    );
    assert!(!to.exists());
}

#[test]
fn a_planted_package_install_the_step_does_not_name_is_refused() {
    let s = scenario();
    let outside = Outside::new();
    node_state_dir(&s);
    for (spec, root) in [
        ("evil-1.0", utf8(&s.root)),
        ("xspot-2.3.0-1.el7", Utf8PathBuf::from("/")),
        ("--installroot=/", utf8(&s.root)),
    ] {
        plant(
            &s,
            &bound_entry(
                &s,
                "controller",
                "packages",
                vec![Action::Packages(PackageCall::Install {
                    specs: vec![spec.into()],
                    root,
                })],
            ),
        );
        assert_refused(
            &s,
            &outside,
            &["controller"],
            "installs packages this step does not name",
        );
        for name in rejected(&s) {
            std::fs::remove_file(s.tree.join(".xmake").join(name)).unwrap();
        }
    }
}

/// Plants a node step's journal entry (the state folder made first) whose `actions` (given
/// the attacker's folder) reach beyond the step, and expects `args` to refuse it for `reason`.
fn planted_node_entry_is_refused(
    (target, step): (&str, &str),
    actions: impl FnOnce(&Outside) -> Vec<Action>,
    args: &[&str],
    reason: &str,
) {
    let s = scenario();
    let outside = Outside::new();
    node_state_dir(&s);
    plant(&s, &bound_entry(&s, target, step, actions(&outside)));
    assert_refused(&s, &outside, args, reason);
}

#[test]
fn a_planted_drain_of_another_host_is_refused() {
    planted_node_entry_is_refused(
        ("upgrade", "drain"),
        |_| {
            vec![Action::Scheduler(SchedulerCall::Drain {
                host: "another-controller".into(),
                reason: "planted".into(),
                scheduler: Scheduler::Slurm,
            })]
        },
        &["--force", "upgrade"],
        "drains a host this step does not name",
    );
}

#[test]
fn a_planted_image_removal_guarded_by_another_folder_is_refused() {
    // Copies an attacker controls must not vouch for a removal: only IMAGE_DEPLOY_DIR's do.
    planted_node_entry_is_refused(
        ("upgrade", "old-images"),
        |outside| {
            vec![Action::RemoveImage {
                reference: "solver:1.2".into(),
                id: String::new(),
                deploy_dir: outside.dir.clone(),
            }]
        },
        &["--force", "upgrade"],
        "is outside the directories this step may change",
    );
}

#[test]
fn a_planted_unit_enable_outside_the_root_prefix_is_refused() {
    planted_node_entry_is_refused(
        ("controller", "post-docker-unit"),
        |_| {
            vec![Action::Unit(UnitCall::Enable {
                unit: "post-docker.service".into(),
                root: Utf8PathBuf::from("/"),
            })]
        },
        &["controller"],
        "enables a unit this step does not name",
    );
}
