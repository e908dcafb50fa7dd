//! Unit tests for the rule database, against behaviour checked with GNU make 4.3.

use super::*;

fn loc(line: u32) -> Location {
    Location::new("Makefile", line)
}

fn rule(targets: &[&str], prereqs: &[&str], recipe: Option<(&str, u32)>, line: u32) -> RuleInput {
    RuleInput {
        targets: targets.iter().map(|s| (*s).to_owned()).collect(),
        prereqs: prereqs.iter().map(|s| (*s).to_owned()).collect(),
        recipe: recipe.map(|(text, l)| {
            Recipe::new(
                vec![RecipeLine {
                    text: text.to_owned(),
                    loc: loc(l),
                }],
                loc(line),
            )
        }),
        loc: loc(line),
        ..RuleInput::default()
    }
}

fn names(f: &File) -> Vec<&str> {
    f.rules[0].prereqs.iter().map(|p| &*p.name).collect()
}

#[test]
fn deps_of_the_rule_with_recipe_come_first() {
    let mut db = Database::new(true);
    db.add_rule(rule(&["a"], &["x"], None, 1)).unwrap();
    db.add_rule(rule(&["a"], &["y"], Some(("echo", 2)), 2))
        .unwrap();
    db.add_rule(rule(&["a"], &["z"], None, 3)).unwrap();
    assert_eq!(names(db.file("a").unwrap()), ["y", "x", "z"]);
    assert_eq!(db.default_goal(), Some("a"));
}

#[test]
fn second_recipe_warns_twice() {
    let mut db = Database::new(true);
    db.add_rule(rule(&["a"], &[], Some(("echo 1", 2)), 1))
        .unwrap();
    let w = db
        .add_rule(rule(&["a"], &[], Some(("echo 2", 4)), 3))
        .unwrap();
    assert_eq!(
        w,
        [
            "Makefile:4: warning: overriding recipe for target 'a'",
            "Makefile:2: warning: ignoring old recipe for target 'a'"
        ]
    );
}

#[test]
fn single_and_double_colon_conflict() {
    let mut db = Database::new(true);
    db.add_rule(rule(&["a"], &[], None, 1)).unwrap();
    let mut r = rule(&["a"], &[], None, 2);
    r.kind = RuleKind::DoubleColon;
    let e = db.add_rule(r).unwrap_err();
    assert_eq!(
        e.gnu_line(),
        "Makefile:2: *** target file 'a' has both : and :: entries.  Stop."
    );
}

#[test]
fn static_pattern_substitutes_stem() {
    let mut db = Database::new(true);
    let mut r = rule(&["a.o", "b.x"], &["%.c", "h"], Some(("cc", 2)), 1);
    r.static_pattern = Some("%.o".into());
    let w = db.add_rule(r).unwrap();
    assert_eq!(
        w,
        ["Makefile:1: target 'b.x' doesn't match the target pattern"]
    );
    assert_eq!(names(db.file("a.o").unwrap()), ["a.c", "h"]);
    assert_eq!(db.file("a.o").unwrap().rules[0].stem.as_deref(), Some("a"));
}

#[test]
fn special_targets_set_flags_and_skip_default_goal() {
    let mut db = Database::new(true);
    db.add_rule(rule(&[".PHONY"], &["all"], None, 1)).unwrap();
    db.add_rule(rule(&[".SILENT"], &[], None, 2)).unwrap();
    db.add_rule(rule(&["all"], &[], None, 3)).unwrap();
    assert!(db.file("all").unwrap().flags.phony);
    assert!(db.globals().silent_all);
    assert_eq!(db.default_goal(), Some("all"));
}

#[test]
fn builtin_suffix_rules_become_patterns_in_gnu_order() {
    let mut db = Database::new(false);
    db.finish(false);
    let shown: Vec<String> = db
        .pattern_rules()
        .iter()
        .filter(|r| r.recipe.is_some())
        .take(3)
        .map(|r| format!("{}: {}", r.targets[0], r.prereqs[0].name))
        .collect();
    assert_eq!(shown, ["%: %.o", "%: %.c", "%.ln: %.c"]);
}

#[test]
fn no_builtin_rules_leaves_only_user_suffix_rules() {
    let mut db = Database::new(true);
    db.add_rule(rule(&[".SUFFIXES"], &[".x", ".y"], None, 1))
        .unwrap();
    db.add_rule(rule(&[".x.y"], &[], Some(("cp $< $@", 3)), 2))
        .unwrap();
    db.finish(true);
    let with_recipe: Vec<_> = db
        .pattern_rules()
        .iter()
        .filter(|r| r.recipe.is_some())
        .collect();
    assert_eq!(with_recipe.len(), 1);
    assert_eq!(with_recipe[0].targets, ["%.y"]);
    assert_eq!(db.default_goal(), None);
}

#[test]
fn pattern_rule_without_recipe_cancels() {
    let mut db = Database::new(false);
    db.add_rule(rule(&["%.o"], &["%.c"], Some(("cc", 2)), 1))
        .unwrap();
    db.add_rule(rule(&["%.o"], &["%.c"], None, 3)).unwrap();
    // The cancelling rule replaces the old one and stays, without a recipe (`-p` shows it;
    // implicit search skips it).
    let rules = db.pattern_rules();
    assert_eq!(rules.len(), 1);
    assert!(rules[0].recipe.is_none());
    assert_eq!(rules[0].loc.line, 3);
}

#[test]
fn deferred_texts_keep_their_place_in_the_merged_list() {
    let mut db = Database::new(true);
    db.add_rule(rule(&["t"], &["first"], None, 1)).unwrap();
    let mut r = rule(&["t"], &[], Some(("echo", 3)), 2);
    r.second_expansion = Some("$$x".into());
    db.add_rule(r).unwrap();
    let mut r = rule(&["t"], &[], None, 4);
    r.second_expansion = Some("$$y".into());
    db.add_rule(r).unwrap();
    let f = db.file("t").unwrap();
    let rule = &f.rules[0];
    assert_eq!(names(f), ["first"]);
    let placed: Vec<(&str, usize)> = rule
        .deferred
        .iter()
        .map(|d| (d.text.as_str(), d.position))
        .collect();
    assert_eq!(placed, [("$$x", 0), ("$$y", 1)]);
}

#[test]
fn plain_second_expansion_text_is_plain() {
    let mut db = Database::new(true);
    let mut r = rule(&["t"], &[], None, 1);
    r.second_expansion = Some("a | b".into());
    db.add_rule(r).unwrap();
    let f = db.file("t").unwrap();
    assert!(f.rules[0].deferred.is_empty());
    assert_eq!(
        f.rules[0].prereqs,
        [Prereq::normal("a"), Prereq::order_only("b")]
    );
}

#[test]
fn grouped_targets_need_a_recipe_and_duplicates_warn() {
    let mut db = Database::new(true);
    let mut r = rule(&["a", "b"], &[], None, 1);
    r.kind = RuleKind::Grouped;
    assert_eq!(
        db.add_rule(r).unwrap_err().gnu_line(),
        "Makefile:1: *** grouped targets must provide a recipe.  Stop."
    );
    // GNU warns only when the rule has a recipe; the target gets its prerequisites twice.
    let w = db.add_rule(rule(&["a", "a"], &["p"], None, 2)).unwrap();
    assert!(w.is_empty());
    let w = db
        .add_rule(rule(&["c", "c"], &["p"], Some(("true", 4)), 3))
        .unwrap();
    assert_eq!(
        w,
        ["Makefile:3: target 'c' given more than once in the same rule"]
    );
    let prereqs = |n: &str| -> usize {
        db.file(n)
            .unwrap()
            .rules
            .iter()
            .map(|r| r.prereqs.len())
            .sum()
    };
    assert_eq!((prereqs("a"), prereqs("c")), (2, 2));
}
