//! `xmake --list`: the Makefile's explicit targets in file order, each with the `file:line`
//! that defines it and, inside an onboarding tree, whether xmake runs it natively or by its
//! recipe (outside a tree every target runs by recipe, as GNU make would).

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
}

/// The listing: `native` says whether native targets are in effect (an onboarding tree,
/// native mode on); `is_native` is the dispatcher's test.
pub fn entries(targets: &[Target], native: bool, is_native: impl Fn(&str) -> bool) -> Vec<Entry> {
    targets
        .iter()
        .map(|t| Entry {
            name: t.name.clone(),
            file: t.file.clone(),
            line: t.line,
            runs: if native && is_native(&t.name) {
                Runs::Native
            } else if t.has_recipe {
                Runs::Recipe
            } else {
                Runs::Prerequisites
            },
            phony: t.phony,
        })
        .collect()
}

/// `name  runs  file:line`, names padded to one column.
pub fn text(entries: &[Entry]) -> String {
    let width = entries.iter().map(|e| e.name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for e in entries {
        let _ = writeln!(
            out,
            "{:width$}  {:13}  {}:{}",
            e.name,
            e.runs.as_str(),
            e.file,
            e.line
        );
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

    #[test]
    fn marks_native_only_in_a_tree() {
        let ts = [target("deploy", true), target("all", false)];
        let in_tree = entries(&ts, true, |n| n == "deploy");
        assert_eq!(in_tree[0].runs, Runs::Native);
        assert_eq!(in_tree[1].runs, Runs::Prerequisites);
        let outside = entries(&ts, false, |n| n == "deploy");
        assert_eq!(outside[0].runs, Runs::Recipe);
        assert_eq!(
            text(&outside),
            "deploy  recipe         Makefile:3\nall     prerequisites  Makefile:3\n"
        );
    }
}
