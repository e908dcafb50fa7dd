//! `xmake --list`: the Makefile's explicit targets in file order (not those named with a
//! leading `_` or `.`: helpers by convention), each with the `file:line` that defines it, a
//! one-line description and, inside an onboarding tree, whether xmake runs it natively or by
//! its recipe (outside a tree every target runs by recipe, as GNU make would). A native
//! target describes itself; a recipe target is described by its Makefile comment
//! ([`super::describe`]).

use std::fmt::Write as _;

use serde::Serialize;

use super::makefile::Target;

/// How `xmake <target>` would run a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Runs {
    /// xmake's native implementation.
    Native,
    /// The Makefile's recipe.
    Recipe,
    /// Nothing of its own: only its prerequisites are made.
    Prerequisites,
}

impl Runs {
    pub fn as_str(self) -> &'static str {
        match self {
            Runs::Native => "native",
            Runs::Recipe => "recipe",
            Runs::Prerequisites => "prerequisites",
        }
    }
}

/// One listed target.
#[derive(Clone, Debug, Serialize)]
pub struct Entry {
    pub name: String,
    pub file: String,
    pub line: u32,
    pub runs: Runs,
    pub phony: bool,
    /// One line: what the target does (`null` in JSON when nothing describes it).
    pub description: Option<String>,
}

/// Where descriptions come from: native targets' own (`native`), and the makefiles'
/// comments (`comments`: a target and the description its rule's comment gives).
pub struct Describe<'a> {
    pub native: &'a dyn Fn(&str) -> Option<&'static str>,
    pub comments: &'a dyn Fn(&Target) -> Option<String>,
}

/// Whether `--list` leaves a target out: `_helper` and `.hidden` are not for admins.
pub fn hidden(name: &str) -> bool {
    name.starts_with('_') || name.starts_with('.')
}

/// The listing: `native` says whether native targets are in effect (an onboarding tree,
/// native mode on); `is_native` is the dispatcher's test.
pub fn entries(
    targets: &[Target],
    native: bool,
    is_native: impl Fn(&str) -> bool,
    describe: &Describe<'_>,
) -> Vec<Entry> {
    targets
        .iter()
        .filter(|t| !hidden(&t.name))
        .map(|t| {
            let runs = if native && is_native(&t.name) {
                Runs::Native
            } else if t.has_recipe {
                Runs::Recipe
            } else {
                Runs::Prerequisites
            };
            let own = (runs == Runs::Native)
                .then(|| (describe.native)(&t.name).map(str::to_owned))
                .flatten();
            Entry {
                name: t.name.clone(),
                file: t.file.clone(),
                line: t.line,
                runs,
                phony: t.phony,
                description: own.or_else(|| (describe.comments)(t)),
            }
        })
        .collect()
}

/// `name  runs  file:line  description`, each column but the last padded.
pub fn text(entries: &[Entry]) -> String {
    let width = entries.iter().map(|e| e.name.len()).max().unwrap_or(0);
    let places: Vec<String> = entries
        .iter()
        .map(|e| format!("{}:{}", e.file, e.line))
        .collect();
    let place_width = places.iter().map(String::len).max().unwrap_or(0);
    let mut out = String::new();
    for (e, place) in entries.iter().zip(&places) {
        let line = format!(
            "{:width$}  {:13}  {place:place_width$}  {}",
            e.name,
            e.runs.as_str(),
            e.description.as_deref().unwrap_or("")
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

/// `{"makefile":…,"onboarding_tree":…,"targets":[…]}`.
pub fn json(makefile: &str, onboarding_tree: bool, entries: &[Entry]) -> String {
    let doc = serde_json::json!({
        "makefile": makefile,
        "onboarding_tree": onboarding_tree,
        "targets": entries,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(name: &str, has_recipe: bool) -> Target {
        Target {
            name: name.into(),
            file: "Makefile".into(),
            line: 3,
            phony: true,
            has_recipe,
            double_colon: false,
        }
    }

    const NONE: Describe<'static> = Describe {
        native: &|_| None,
        comments: &|_| None,
    };

    #[test]
    fn marks_native_only_in_a_tree() {
        let ts = [target("deploy", true), target("all", false)];
        let in_tree = entries(&ts, true, |n| n == "deploy", &NONE);
        assert_eq!(in_tree[0].runs, Runs::Native);
        assert_eq!(in_tree[1].runs, Runs::Prerequisites);
        let outside = entries(&ts, false, |n| n == "deploy", &NONE);
        assert_eq!(outside[0].runs, Runs::Recipe);
        assert_eq!(
            text(&outside),
            "deploy  recipe         Makefile:3\nall     prerequisites  Makefile:3\n"
        );
    }

    #[test]
    fn native_targets_describe_themselves_and_hidden_ones_are_left_out() {
        let ts = [
            target("deploy", true),
            target("all", false),
            target("_helper", true),
            target(".hidden", true),
        ];
        let describe = Describe {
            native: &|n| (n == "deploy").then_some("natively"),
            comments: &|t| Some(format!("comment of {}", t.name)),
        };
        let in_tree = entries(&ts, true, |n| n == "deploy", &describe);
        let shown: Vec<(&str, Option<&str>)> = in_tree
            .iter()
            .map(|e| (e.name.as_str(), e.description.as_deref()))
            .collect();
        assert_eq!(
            shown,
            [
                ("deploy", Some("natively")),
                ("all", Some("comment of all"))
            ]
        );
        let outside = entries(&ts, false, |n| n == "deploy", &describe);
        assert_eq!(outside[0].description.as_deref(), Some("comment of deploy"));
        assert_eq!(
            text(&outside),
            "deploy  recipe         Makefile:3  comment of deploy\nall     prerequisites  Makefile:3  comment of all\n"
        );
    }

    #[test]
    fn every_native_target_has_a_one_line_description() {
        for t in crate::onboarding::targets::TABLE {
            let d = t.description;
            assert!(
                !d.is_empty() && !d.contains('\n') && !d.ends_with('.'),
                "{}",
                t.name
            );
            assert!(d.len() <= 80, "{}: {d}", t.name);
        }
    }
}
