//! `sync-config-preview`: show, as unified diffs, how the working configuration under
//! `/etc/xspot/{config,scripts}` differs from the tree's copy, with a summary of changed,
//! added and tree-only files. It changes nothing, and reads nothing through a link that leads
//! out of `/etc/xspot` or a symlink in the tree.

use super::compare::{self, ETC_XSPOT};
use crate::onboarding::step::{Ctx, Outcome, Step, Target};

pub fn target() -> Target {
    Target {
        name: "sync-config-preview",
        preconditions: check_etc_xspot,
        shared_locks: |_| Vec::new(),
        read_only: true,
        overwrites: None,
        steps: vec![
            Step {
                name: "config",
                plan: |cx| preview(cx, "config"),
                bounds: |_| Vec::new(),
                rules: crate::onboarding::rules::none,
            },
            Step {
                name: "scripts",
                plan: |cx| preview(cx, "scripts"),
                bounds: |_| Vec::new(),
                rules: crate::onboarding::rules::none,
            },
        ],
    }
}

/// `/etc/xspot` must exist (without it this is not a controller yet), its real path under the
/// root prefix, and `config` and `scripts` in it must not lead outside it.
pub fn check_etc_xspot(cx: &Ctx) -> Result<(), String> {
    let real = cx
        .root
        .confine(ETC_XSPOT)
        .map_err(|e| format!("{e}: refused; nothing was changed"))?;
    if !real.is_dir() {
        return Err(format!(
            "{ETC_XSPOT} does not exist: run this on a controller set up by `make controller`; nothing was changed"
        ));
    }
    for part in compare::PARTS {
        compare::etc_part(cx, part)?;
    }
    Ok(())
}

fn preview(cx: &Ctx, part: &str) -> Outcome {
    match compare::compare(cx, part) {
        Ok(cmp) => {
            let mut outcome = Outcome::ok(format!("{ETC_XSPOT}/{part}: {}", cmp.summary()));
            outcome.diffs = cmp.diffs;
            outcome.always_show_diffs = true;
            outcome.notes = cmp.notes;
            outcome.notes.extend(
                cmp.refused
                    .iter()
                    .map(|why| format!("{why} (not compared; sync-config refuses it)")),
            );
            outcome.notes.extend(
                cmp.only_in_tree
                    .iter()
                    .map(|p| format!("{p} is only in the tree")),
            );
            outcome
        }
        Err(why) => Outcome::failed(why),
    }
}
