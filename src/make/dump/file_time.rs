//! When a file entry says its time was last seen: never checked, missing, very old, or
//! `Last modified`, following when GNU make 4.3 reads (and forgets) a file's time.

use super::file_state::State;
use crate::make::graph::NodeState;
use crate::make::plan::archive::split_member;
use crate::make::plan::Stamp;

impl State<'_> {
    /// Whether this file is the archive of a member the run looked at.
    fn is_archive(&self) -> bool {
        self.facts.archives.contains(self.name)
    }

    fn stamp(&self) -> Option<Stamp> {
        let Some(n) = self.node else {
            if self.flags().phony {
                return Some(Stamp::Missing);
            }
            if self.is_archive() {
                return Some(Stamp::of(std::path::Path::new(self.name), false, false));
            }
            if self.makefile {
                let p = std::path::Path::new(self.name);
                return Some(Stamp::of(p, false, false));
            }
            return None;
        };
        if n.assumed_new && !(self.made_by_pattern_with_others() && n.autos().is_empty()) {
            return Some(Stamp::New);
        }
        if n.phony || self.flags().phony {
            // GNU gives phony files "no such file" as it reads them.
            return Some(Stamp::Missing);
        }
        if n.state == NodeState::Done && !n.ran && n.is_target && !n.has_recipe() {
            // A target without recipe is looked at again once its prerequisites are made
            // (an archive whose members were just added now exists).
            let p = std::path::Path::new(n.path());
            return Some(Stamp::of(p, false, false));
        }
        if let Some((archive, _)) = split_member(&n.name) {
            if !std::path::Path::new(archive).exists() {
                // No archive: GNU never learns the member's time.
                return None;
            }
        }
        if n.ran && n.needs_update().is_some() && super::facts::all_lines_recursive(n) {
            // Its recursive lines ran under -q: GNU forgets the time and does not look again.
            return None;
        }
        if n.ran && n.needs_update().is_some() {
            // -q answered at a line it did not run: the time read before still stands.
            return Some(Stamp::of(std::path::Path::new(n.path()), false, false));
        }
        if n.ran {
            // GNU forgets a file's time once its recipe ran and looks again when it goes
            // on (it does not after a failure that stops the run).
            let asked_again = n.ok || (self.d.keep_going && n.parent().is_some());
            if asked_again {
                let p = std::path::Path::new(n.path());
                return Some(n.stamp.unwrap_or_else(|| Stamp::of(p, false, false)));
            }
            return if n.ok { n.stamp } else { None };
        }
        n.stamp.or(n.stamp_before)
    }

    pub(super) fn time_line(&self) -> String {
        match self.stamp() {
            None => "#  Modification time never checked.\n".into(),
            Some(Stamp::Missing) => "#  File does not exist.\n".into(),
            Some(Stamp::Old) => "#  File is very old.\n".into(),
            Some(Stamp::At(t)) => format!("#  Last modified {}\n", super::header::timestamp(t)),
            // Assumed remade under -n/-t/-q: GNU shows a time far in the future.
            Some(Stamp::New) => "#  Last modified (assumed newer than any file)\n".into(),
        }
    }
}
