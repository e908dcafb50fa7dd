//! Property test: no input, however malformed, makes the reader, the statement evaluator or
//! the expander panic. Inputs are built from the characters and words that steer GNU make's
//! parser; side effects (`$(shell)`, `$(file)`) are disabled.

use proptest::prelude::*;

use super::{EvalOptions, Evaluator};
use crate::make::var::Scope;

const TOKENS: &[&str] = &[
    "$",
    "$$",
    "(",
    ")",
    "{",
    "}",
    ":",
    "::",
    "=",
    ":=",
    "+=",
    "?=",
    "!=",
    "::=",
    ",",
    "\\",
    "\\\n",
    "\n",
    "\t",
    " ",
    "#",
    "%",
    ";",
    "|",
    "&:",
    "a",
    "b",
    "x",
    "é",
    "\0",
    "ifeq",
    "ifneq",
    "ifdef",
    "ifndef",
    "else",
    "endif",
    "define",
    "endef",
    "export",
    "unexport",
    "override",
    "private",
    "undefine",
    "vpath",
    "include",
    "-include",
    "$(info ",
    "$(call ",
    "$(eval ",
    "$(foreach ",
    "$(if ",
    "$(or ",
    "$(and ",
    "$(subst ",
    "$(patsubst ",
    "$(word ",
    "$(wordlist ",
    "$(origin ",
    "$(value ",
    "$(error ",
    "$(warning ",
    "$(strip ",
    "$(sort ",
    "$(filter ",
    "$(shell ",
    "$(file ",
    "$(a:",
    "${",
    ".RECIPEPREFIX",
    ".DEFAULT_GOAL",
    "$(MAKEFILE_LIST)",
    "$0",
    "$1",
    "$@",
];

fn makefile() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..60).prop_map(|t| t.concat())
}

fn evaluator() -> Evaluator {
    let options = EvalOptions {
        sandbox: true,
        program: "make".into(),
        ..EvalOptions::default()
    };
    Evaluator::new(options, "/nonexistent-xmake-fuzz")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn reading_never_panics(text in makefile()) {
        let mut ev = evaluator();
        let _ = ev.eval_file(&text, "Makefile");
        let _ = ev.finish_reading(false);
    }

    #[test]
    fn expanding_never_panics(text in makefile()) {
        let mut ev = evaluator();
        let _ = ev.eval_file("a = $(b)\nb = x y\nf = $(1)$(2)\n", "Makefile");
        let _ = ev.expand(&text, &Scope::global());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let mut ev = evaluator();
        let _ = ev.eval_file(&text, "Makefile");
        let _ = ev.expand(&text, &Scope::global());
    }
}
