//! What the parser says about lines that are code: operators, function definitions,
//! redirections, `source`, control flow, state-changing builtins and plain commands, each
//! with its own code and a help line that says how to write it as configuration.

use super::{AssignValue, Assignment, Parser};
use crate::envcfg::lexer::Token;
use crate::envcfg::word::{element_prefix, is_name, Word};
use crate::source::Span;

/// Builtins that change variables (or the directory, and so `PWD`) when bash runs them.
const VARIABLE_BUILTINS: [&str; 16] = [
    "unset",
    "read",
    "let",
    "eval",
    "printf",
    "mapfile",
    "readarray",
    "getopts",
    "set",
    "shift",
    "local",
    "cd",
    "pushd",
    "popd",
    "exec",
    "exit",
];
const KEYWORDS: [&str; 14] = [
    "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "function",
    "{", "[[",
];

impl Parser<'_> {
    pub(super) fn operator(&mut self, line: &[Token], at: usize) {
        let Token::Op { text, span } = &line[at] else {
            return;
        };
        let function = text == "("
            && at > 0
            && matches!(&line[at - 1], Token::Word(w) if w.plain_text().is_some_and(is_name));
        let (code, message, label, help) = if function {
            (
                "envcfg::function",
                "a function definition is code, not configuration".to_owned(),
                "function definition",
                "remove the function; env.cfg may only assign variables",
            )
        } else if text.starts_with('<') || text.starts_with('>') || text == "&>" {
            (
                "envcfg::redirection",
                format!("`{text}` redirects a command's input or output"),
                "redirection",
                "remove the redirection; env.cfg may only assign variables",
            )
        } else {
            (
                "envcfg::operator",
                format!("`{text}` joins commands: env.cfg must not contain code"),
                "shell operator",
                "put each assignment on its own line, with no `;`, `|`, `&&` or `&`",
            )
        };
        self.error(code, *span, message, label, help);
    }

    /// `NAME[subscript]=value`: bash assigns one element of an array, evaluating the
    /// subscript (arithmetic for an indexed array, which can read other variables). Named by
    /// array and subscript only: the value is never part of the message.
    pub(super) fn element(&mut self, span: Span, array: &str, subscript: &str) {
        self.error(
            "envcfg::array-element",
            span,
            format!("`{array}[{subscript}]=` assigns one element of the array `{array}` (bash evaluates the subscript): env.cfg assigns whole variables only"),
            "array element assignment",
            &format!("write the whole array, its values in order and without subscripts: `{array}=( \"value\" … )`"),
        );
    }

    /// A word where an assignment was expected: bash would run it as a command.
    pub(super) fn command(&mut self, word: &Word, before: Option<&Assignment>) {
        let text = self.text(word.span).to_owned();
        if text == "\r" {
            return; // a CRLF blank line: already reported as `envcfg::crlf`.
        }
        if word.span.start == 0 && text.starts_with('\u{feff}') {
            return self.error("envcfg::bom", Span::new(0, 3), "the file starts with a UTF-8 byte-order mark, which bash reads as part of the first line".into(), "byte-order mark", "save the file without a BOM: bash runs the first line as a command, so its setting is lost");
        }
        if let Some((array, subscript)) = element_prefix(word.leading_unquoted()) {
            return self.element(word.span, array, subscript);
        }
        let name = word.plain_text().unwrap_or(&text);
        let (code, message, help) = if name == "source" || name == "." {
            (
                "envcfg::source",
                format!("`{name}` reads another file: env.cfg must be self-contained"),
                "copy the settings into env.cfg instead of sourcing another file".to_owned(),
            )
        } else if VARIABLE_BUILTINS.contains(&name) {
            (
                "envcfg::builtin",
                format!("`{name}` changes the shell's state when bash runs it: env.cfg must only assign variables"),
                "remove it and write each setting as a plain `NAME=value` line".to_owned(),
            )
        } else if KEYWORDS.contains(&name) {
            (
                "envcfg::control-flow",
                format!("`{name}` is shell control flow, not configuration"),
                "write each setting as a plain `NAME=value` line".to_owned(),
            )
        } else if before
            .is_some_and(|a| matches!(&a.value, AssignValue::Scalar(w) if w.parts.is_empty()))
        {
            (
                "envcfg::space-after-equals",
                format!("bash runs `{name}` as a command with the variable set to an empty value"),
                "remove the space after `=` or quote the value".to_owned(),
            )
        } else if is_name(name)
            && self
                .source
                .text()
                .get(word.span.end..)
                .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with('='))
        {
            (
                "envcfg::space-around-equals",
                format!("bash runs `{name}` as a command because of the space before `=`"),
                format!("remove the spaces around `=`: `{name}=value`"),
            )
        } else if before.is_some() {
            ("envcfg::command", format!("bash runs `{name}` as a command, with the assignments before it only in its environment"), "put the assignment on its own line and remove the command".to_owned())
        } else {
            (
                "envcfg::command",
                format!("`{name}` is a command: env.cfg must only assign variables"),
                "remove the command, or write the setting as `NAME=value`".to_owned(),
            )
        };
        self.error(code, word.span, message, "command", &help);
    }
}
