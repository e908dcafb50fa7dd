//! A journal left by a killed run, then tampered with (its checksum recomputed the way xmake
//! computes it, as an attacker who read the source would), is held at resume to the same
//! rules its step applies when it plans: a removal only of what xmake proves it made, a copy
//! only to the name its step gives that source, from a regular file with no other hard link,
//! after a backup where the step makes one, and with the admin's yes where the step asks.
//! Anything else is refused whole (exit 2, the journal file named, nothing changed).

mod support;

use std::path::{Path, PathBuf};
use std::process::Output;

use camino::Utf8PathBuf;
use support::scenario::{state_diff, stdout, Scenario};
use xmake::onboarding::action::Action;
use xmake::onboarding::journal::{Entry, Journal};

const SHOWN: &str =
    "failed   resume: refusing the journal /nfs-apps/exostellar/onboarding/.xmake/journal.json: ";

fn utf8(path: &Path) -> Utf8PathBuf {
    Utf8PathBuf::from_path_buf(path.to_owned()).unwrap()
}

fn scenario() -> Scenario {
    Scenario::new("full").with_etc_xspot()
}

fn journal(s: &Scenario) -> Journal {
    Journal::new(&utf8(&s.tree.join(".xmake")))
}

/// Runs `args` with fake programs first on `PATH`, killed after `n` changes when given.
fn run(s: &Scenario, args: &[&str], kill_after: Option<u32>) -> Output {
    let mut builder = s
        .builder()
        .fake_bin()
        .args(args.iter().copied())
        .stdin(Vec::new());
    if let Some(n) = kill_after {
        builder = builder.env("XMAKE_FAULT_AFTER", n.to_string());
    }
    builder.output()
}

/// The pending entry, changed by `edit` and written back with a correct checksum.
fn tamper(s: &Scenario, edit: impl FnOnce(&mut Entry)) -> Entry {
    let journal = journal(s);
    let mut entry = journal.pending().unwrap().expect("a pending journal");
    edit(&mut entry);
    journal.record(&entry).unwrap();
    entry
}

/// Runs `args`: the journal is refused for `reason`, and nothing under the root changed
/// (beyond the refused journal being moved aside in `.xmake/`).
fn assert_refused(s: &Scenario, args: &[&str], reason: &str) -> String {
    let before = s.state(false);
    let out = run(s, args, None);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains(SHOWN), "{text}");
    assert!(text.contains(reason), "wanted {reason:?} in:\n{text}");
    let after = s.state(false);
    let moved = |k: &String| k.contains(".xmake/journal.json");
    let strip = |m: &std::collections::BTreeMap<String, String>| {
        m.iter()
            .filter(|(k, _)| !moved(k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<std::collections::BTreeMap<_, _>>()
    };
    assert!(
        strip(&before) == strip(&after),
        "the root changed:\n{}",
        state_diff(&strip(&before), &strip(&after))
    );
    text
}

// --- deploy -------------------------------------------------------------------------------

/// `deploy` done once, an admin's folder beside the snapshots, the tree changed, and a second
/// `deploy` killed inside its `snapshot` step.
fn deploy_killed(s: &Scenario) -> PathBuf {
    assert!(run(s, &["deploy"], None).status.success());
    let scripts = s.path("nfs-apps/exostellar/scripts");
    std::fs::create_dir_all(scripts.join("admin-keep/sub")).unwrap();
    std::fs::write(scripts.join("admin-keep/sub/f"), "mine\n").unwrap();
    let makefile = s.tree.join("Makefile");
    let mut text = std::fs::read_to_string(&makefile).unwrap();
    text.push_str("# c\n");
    std::fs::write(&makefile, text).unwrap();
    let out = run(s, &["deploy"], Some(3));
    assert!(!out.status.success());
    let entry = journal(s).pending().unwrap().unwrap();
    assert_eq!(entry.step, "snapshot", "{entry:?}");
    scripts
}

fn assert_kept(scripts: &Path) {
    assert_eq!(
        std::fs::read_to_string(scripts.join("admin-keep/sub/f")).unwrap(),
        "mine\n"
    );
    assert!(scripts.join("2.4.1-1/.xmake-snapshot.json").is_file());
}

#[test]
fn a_resumed_snapshot_step_never_removes_an_admins_folder() {
    let s = scenario();
    let scripts = deploy_killed(&s);
    tamper(&s, |e| {
        let path = utf8(&scripts.join("admin-keep"));
        e.actions.insert(0, Action::RemoveTree { path });
    });
    assert_refused(&s, &["deploy"], "which xmake cannot prove it made");
    assert_kept(&scripts);
}

#[test]
fn a_resumed_snapshot_step_never_removes_the_previous_snapshot() {
    let s = scenario();
    let scripts = deploy_killed(&s);
    tamper(&s, |e| {
        let path = utf8(&scripts.join("2.4.1-1"));
        e.actions.insert(0, Action::RemoveTree { path });
    });
    assert_refused(&s, &["deploy"], "is not a staging copy or trash folder");
    assert_kept(&scripts);
}

#[test]
fn a_resumed_tree_copy_lands_only_on_its_staging_name() {
    let s = scenario();
    let scripts = deploy_killed(&s);
    tamper(&s, |e| {
        let Action::CopyTree { to, .. } = &mut e.actions[0] else {
            panic!("{e:?}")
        };
        *to = utf8(&scripts.join("admin-keep"));
    });
    assert_refused(
        &s,
        &["deploy"],
        "where its step names .xmake-staging-2.4.1-2",
    );
    assert_kept(&scripts);
}

#[test]
fn a_resumed_tree_copy_never_replaces_a_folder_xmake_did_not_make() {
    let s = scenario();
    let scripts = deploy_killed(&s);
    // The staging name the journal names, taken by a folder of someone else's making.
    let staging = scripts.join(".xmake-staging-2.4.1-2");
    std::fs::create_dir_all(&staging).unwrap();
    std::fs::write(staging.join("notes"), "mine\n").unwrap();
    assert_refused(&s, &["deploy"], "which xmake cannot prove it made");
    assert_eq!(
        std::fs::read_to_string(staging.join("notes")).unwrap(),
        "mine\n"
    );
}

#[test]
fn a_resumed_link_switch_points_only_at_the_snapshot_it_made() {
    let s = scenario();
    let scripts = deploy_killed(&s);
    tamper(&s, |e| {
        let Some(Action::SwitchSymlink { target, .. }) = e.actions.last_mut() else {
            panic!("{e:?}")
        };
        *target = "admin-keep".into();
    });
    assert_refused(&s, &["deploy"], "points latest at admin-keep");
    assert_eq!(
        std::fs::read_link(scripts.join("latest")).unwrap(),
        Path::new("2.4.1-1")
    );
}

#[test]
fn an_untampered_killed_deploy_still_finishes() {
    let s = scenario();
    let scripts = deploy_killed(&s);
    let out = run(&s, &["deploy"], None);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("resume: finished the interrupted deploy/snapshot"),
        "{text}"
    );
    assert_eq!(
        std::fs::read_link(scripts.join("latest")).unwrap(),
        Path::new("2.4.1-2")
    );
    assert_kept(&scripts);
}

/// A `prune` entry planted into a tree (bound to its run) removing what `latest` points at, or
/// a snapshot-looking folder without xmake's marker, is refused.
#[test]
fn a_resumed_prune_removes_only_unpinned_snapshots_with_a_marker() {
    let s = scenario();
    assert!(run(&s, &["deploy"], None).status.success());
    let scripts = s.path("nfs-apps/exostellar/scripts");
    std::fs::create_dir_all(scripts.join("2.4.1-9")).unwrap();
    std::fs::write(scripts.join("2.4.1-9/f"), "by hand\n").unwrap();
    let tree = utf8(&s.tree.canonicalize().unwrap());
    for (name, why) in [
        ("2.4.1-1", "latest, current or this run's tree is in it"),
        ("2.4.1-9", "no valid snapshot marker"),
    ] {
        let entry = Entry {
            target: "deploy".into(),
            step: "prune".into(),
            release: "2.4.1".into(),
            tree: tree.clone(),
            root: utf8(&s.root),
            actions: vec![Action::RemoveTree {
                path: utf8(&scripts.join(name)),
            }],
            done: 0,
        };
        journal(&s).record(&entry).unwrap();
        assert_refused(&s, &["deploy"], why);
        assert!(scripts.join(name).is_dir());
    }
}

// --- sync-config --------------------------------------------------------------------------

/// `/etc/xspot/config` differs from the tree (an edited file, a new one) and a `sync-config`
/// with `--yes` was killed inside its `config` step.
fn sync_killed(s: &Scenario) -> (Utf8PathBuf, Utf8PathBuf) {
    let etc = s.path("etc/xspot/config");
    let mut text = std::fs::read_to_string(etc.join("config.toml")).unwrap();
    text.push_str("# edited on the node\n");
    std::fs::write(etc.join("config.toml"), text).unwrap();
    std::fs::write(etc.join("added.txt"), "new\n").unwrap();
    let out = run(s, &["--yes", "sync-config"], Some(8));
    assert!(!out.status.success());
    let entry = journal(s).pending().unwrap().unwrap();
    assert_eq!(entry.step, "config", "{entry:?}");
    let tree_file = utf8(
        &s.tree
            .canonicalize()
            .unwrap()
            .join("scripts/controller/integrate-xspot/config/config.toml"),
    );
    (utf8(&etc.canonicalize().unwrap()), tree_file)
}

fn tree_toml(s: &Scenario) -> String {
    std::fs::read_to_string(
        s.tree
            .join("scripts/controller/integrate-xspot/config/config.toml"),
    )
    .unwrap()
}

#[test]
fn a_resumed_sync_copies_a_file_only_to_its_own_name() {
    let s = scenario();
    let (etc, tree_file) = sync_killed(&s);
    let before = tree_toml(&s);
    tamper(&s, |e| {
        e.actions = vec![Action::CopyFile {
            from: etc.join("added.txt"),
            to: tree_file.clone(),
            mode: 0o644,
        }];
    });
    let text = assert_refused(
        &s,
        &["sync-config"],
        "but its step copies that source only to",
    );
    assert!(!text.contains("finished"), "{text}");
    assert_eq!(tree_toml(&s), before);
}

#[test]
fn a_resumed_sync_never_overwrites_without_a_backup_first() {
    let s = scenario();
    let (etc, tree_file) = sync_killed(&s);
    let before = tree_toml(&s);
    tamper(&s, |e| {
        e.actions.retain(|a| {
            !matches!(a, Action::CopyFile { to, .. } if to.as_str().contains("/.xmake/backup/"))
        });
        assert!(e.actions.iter().any(
            |a| matches!(a, Action::CopyFile { from, .. } if *from == etc.join("config.toml"))
        ));
    });
    assert_refused(
        &s,
        &["--yes", "sync-config"],
        &format!("overwrites {tree_file} without saving it first"),
    );
    assert_eq!(tree_toml(&s), before);
}

#[test]
fn a_resumed_sync_overwrites_only_with_the_admins_yes() {
    let s = scenario();
    sync_killed(&s);
    let before = tree_toml(&s);
    assert_refused(
        &s,
        &["sync-config"],
        "without the admin's yes: finish it with --yes",
    );
    assert_eq!(tree_toml(&s), before);
}

#[test]
fn a_killed_sync_finishes_with_yes() {
    let s = scenario();
    sync_killed(&s);
    let out = run(&s, &["--yes", "sync-config"], None);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("resume: finished the interrupted sync-config/config"),
        "{text}"
    );
    assert!(tree_toml(&s).ends_with("# edited on the node\n"));
}

#[test]
fn a_resumed_sync_never_reads_a_hard_linked_source() {
    let s = scenario();
    let (etc, _) = sync_killed(&s);
    // The new file on the node becomes a hard link to a secret of the node.
    let secret = s.path("etc/shadow");
    std::fs::write(&secret, "root:$6$hash:19000::::::\n").unwrap();
    std::fs::remove_file(etc.join("added.txt")).unwrap();
    std::fs::hard_link(&secret, etc.join("added.txt")).unwrap();
    assert_refused(&s, &["--yes", "sync-config"], "which has 2 hard links");
    assert!(!s
        .tree
        .join("scripts/controller/integrate-xspot/config/added.txt")
        .exists());
}

// --- controller ---------------------------------------------------------------------------

/// A `controller` run killed inside its `files` step; the index of the action installing
/// `/etc/xspot/post-docker.sh`.
fn controller_killed(s: &Scenario) -> usize {
    let mut n = 10;
    loop {
        let s2 = run(s, &["--yes", "controller"], Some(n));
        assert!(!s2.status.success(), "never killed in the files step");
        match journal(s).pending().unwrap() {
            Some(entry) if entry.step == "files" => {
                return entry
                    .actions
                    .iter()
                    .position(|a| matches!(a, Action::CopyFile { to, .. } if to.as_str().ends_with("/etc/xspot/post-docker.sh")))
                    .expect("post-docker.sh installed");
            }
            _ => n += 1,
        }
    }
}

#[test]
fn a_resumed_install_never_reads_a_hard_linked_tree_file() {
    let s = scenario();
    let i = controller_killed(&s);
    let secret = s.path("etc/shadow");
    std::fs::write(&secret, "root:$6$hash:19000::::::\n").unwrap();
    let linked = s.tree.join("scripts/templates/linked.sh");
    std::fs::hard_link(&secret, &linked).unwrap();
    // The journal's source, swapped for the link (its name, and then the item's own file).
    tamper(&s, |e| {
        let Action::CopyFile { from, .. } = &mut e.actions[i] else {
            panic!("{e:?}")
        };
        *from = utf8(&linked.canonicalize().unwrap());
    });
    assert_refused(
        &s,
        &["--yes", "controller"],
        "copies a file its step does not copy there",
    );
    let journal_file = s.tree.join(".xmake/journal.json");
    let aside: Vec<_> = std::fs::read_dir(s.tree.join(".xmake"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("journal.json.rejected-")
        })
        .collect();
    assert_eq!(aside.len(), 1);
    std::fs::rename(aside[0].path(), &journal_file).unwrap();
    let template = s.tree.join("scripts/templates/post-docker.sh");
    std::fs::remove_file(&template).unwrap();
    std::fs::hard_link(&secret, &template).unwrap();
    tamper(&s, |e| {
        let Action::CopyFile { from, .. } = &mut e.actions[i] else {
            panic!("{e:?}")
        };
        *from = utf8(&template.canonicalize().unwrap());
    });
    // Caught before the journal is even read (the step's own preconditions): nothing runs.
    let before = s.state(false);
    let out = run(&s, &["--yes", "controller"], None);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("has 3 hard links"), "{text}");
    assert!(before == s.state(false), "the root changed");
    let installed = s.path("etc/xspot/post-docker.sh");
    assert!(std::fs::read_to_string(installed).map_or(true, |t| !t.contains("$6$hash")));
}
