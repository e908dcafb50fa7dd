//! Unit tests of evaluation and expansion through the public API.

use super::{EvalOptions, Evaluator};
use crate::make::var::{Origin, Scope, VarTable};

fn ev(text: &str) -> Evaluator {
    let mut e = Evaluator::new(EvalOptions::default(), "/tmp");
    e.eval_file(text, "Makefile").expect("evaluates");
    e
}

#[test]
fn assignments_and_expansion() {
    let mut e = ev("a = $(b) x\nb := 1\nc := $(a)\nc += $(b)\nd ?= 4\nd ?= 5\n");
    let g = Scope::global();
    assert_eq!(e.expand("$(a)|$(c)|$(d)", &g).unwrap(), "1 x|1 x 1|4");
    assert_eq!(
        e.expand("$(a:x=y) ${c:%=<%>} $$", &g).unwrap(),
        "1 y <1> <x> <1> $"
    );
}

#[test]
fn scopes_shadow_globals() {
    let mut e = ev("x = global $@\n");
    let mut auto = VarTable::new();
    auto.set_simple("@", "t", Origin::Automatic);
    let s = Scope::new().with(&auto);
    assert_eq!(e.expand("$(x)", &s).unwrap(), "global t");
}

#[test]
fn functions_and_call() {
    let mut e = ev("rev = $2 $1\nf = $(foreach w,$1,<$w>)\n");
    let g = Scope::global();
    assert_eq!(e.expand("$(call rev,a,b)", &g).unwrap(), "b a");
    assert_eq!(e.expand("$(call f,x y)", &g).unwrap(), "<x> <y>");
    assert_eq!(
        e.expand("$(patsubst %.c,%.o,a.c b.h)", &g).unwrap(),
        "a.o b.h"
    );
    assert_eq!(e.expand("$(if ,a,b)$(or ,c)$(and a,d)", &g).unwrap(), "bcd");
}

#[test]
fn recursion_is_an_error() {
    let mut e = ev("x = $(x)\n");
    let err = e.expand("$(x)", &Scope::global()).unwrap_err();
    assert_eq!(
        err.render("make"),
        "Makefile:1: *** Recursive variable 'x' references itself (eventually).  Stop."
    );
}

#[test]
fn rules_and_target_variables() {
    let e = ev("all: a b | c ; echo hi\n\techo two\nall: X = 1\n");
    assert_eq!(e.rules.len(), 1);
    let rule = &e.db.file("all").unwrap().rules[0];
    let names = |oo: bool| -> Vec<&str> {
        rule.prereqs
            .iter()
            .filter(|p| p.order_only == oo)
            .map(|p| &*p.name)
            .collect()
    };
    assert_eq!(names(false), vec!["a", "b"]);
    assert_eq!(names(true), vec!["c"]);
    assert_eq!(e.rules[0].recipe.len(), 2);
    assert_eq!(e.raw_value(".DEFAULT_GOAL"), "all");
    assert_eq!(e.target_tables("all")[0].get("X").unwrap().value, "1");
}

/// A rule without recipe lines lives on in the database only (the evaluator keeps the rules
/// whose recipe lines it may have to locate).
#[test]
fn recipe_less_rules_are_handed_to_the_database() {
    let e = ev("a: b\nc: d\n\techo\ne: f\n");
    assert_eq!(e.rules.len(), 1);
    assert_eq!(e.rules[0].targets, ["c"]);
    let prereq = |t: &str| e.db.file(t).unwrap().rules[0].prereqs[0].name.clone();
    assert_eq!(
        (prereq("a"), prereq("c"), prereq("e")),
        ("b".into(), "d".into(), "f".into())
    );
}

/// An `include` looks again in a directory that reading created after it was found missing
/// (GNU opens every included name afresh).
#[test]
fn include_sees_directories_made_while_reading() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().to_str().unwrap();
    let text = "SHELL := /bin/sh\n.SHELLFLAGS := -c\n-include sub/a.mk\nBEFORE := $(X)\n\
                $(shell mkdir sub && echo 'X := 1' > sub/a.mk)\n\
                -include sub/a.mk\n\
                -include sub3/c.mk\nW != mkdir sub3 && echo 'W2 := 4' > sub3/c.mk\n\
                -include sub3/c.mk\n";
    let mut e = Evaluator::new(EvalOptions::default(), dir);
    e.eval_file(text, "Makefile").expect("evaluates");
    let g = Scope::global();
    assert_eq!(
        e.expand("[$(BEFORE)] [$(X)] [$(W2)]", &g).unwrap(),
        "[] [1] [4]"
    );
}
