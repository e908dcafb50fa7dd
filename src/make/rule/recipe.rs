//! Recipes as the reader saw them: unexpanded lines, each with its location.
//! Expansion happens only when the recipe runs (GNU make manual 5.1, "Recipe Syntax").

use super::Location;

/// One logical recipe line, *unexpanded*, with its `@ - +` prefixes still in the text.
///
/// The evaluator stores the text after removing the leading recipe prefix (the tab or
/// `.RECIPEPREFIX` character) and after joining backslash-newlines the way GNU does for
/// recipes: the backslash-newline pair is kept in the text (the shell sees it) and a leading
/// tab on the continuation line is removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecipeLine {
    /// The unexpanded text, e.g. `@echo $@`.
    pub text: String,
    /// Where the line is (GNU reports the failing line's number).
    pub loc: Location,
}

/// A rule's recipe: zero or more lines. A rule with `;` and nothing after it, or with only
/// empty recipe lines, has an *empty* recipe (which is not the same as no recipe).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recipe {
    /// The lines, in order.
    pub lines: Vec<RecipeLine>,
    /// Location of the rule line that owns the recipe (for `overriding recipe` warnings).
    pub rule_loc: Option<Location>,
    /// For `-p`: the `.RECIPEPREFIX` in effect when it was read and the lines as read
    /// (continuation lines keep their prefix); `None` for built-in recipes.
    pub shown: Option<(char, Vec<String>)>,
}

impl Recipe {
    /// A recipe from lines.
    pub fn new(lines: Vec<RecipeLine>, rule_loc: Location) -> Self {
        Self {
            lines,
            rule_loc: Some(rule_loc),
            shown: None,
        }
    }

    /// True when any line refers to `$(MAKE)` or `${MAKE}`: such lines run even under
    /// `-n`, `-t` and `-q` (GNU make manual 5.7.1).
    pub fn line_is_recursive(text: &str) -> bool {
        text.contains("$(MAKE)") || text.contains("${MAKE}")
    }
}
