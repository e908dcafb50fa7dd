//! The env.cfg parser: tokens → statements. A statement is one or more assignments
//! (`A=1 B=$A`, `NAME=( … )`) or a declaration builtin (`export`, `declare`, `typeset`,
//! `readonly`) with simple options. Every other line is a command, which bash would run:
//! it is reported at its line and column and contributes nothing.

use std::sync::Arc;

use super::lexer::{ArrayToken, Token};
use super::word::{assignment_prefix, element_prefix, is_name, Part, PartKind, Word};
use crate::diag::Diagnostic;
use crate::source::{Source, Span};

/// One configuration statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Statement {
    /// The assignments of one simple command, applied left to right; bash stops at the first
    /// it refuses (a readonly variable).
    Assign(Vec<Assignment>),
    /// A command xmake does not run: bash still expands its words first, so `${A:=x}` in
    /// them assigns. Only the expansions' side effects matter.
    Expand(Vec<Word>),
    Declare(Declaration),
}

/// `NAME=value`, `NAME+=value`, `NAME=( … )`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assignment {
    pub name: String,
    pub name_span: Span,
    pub append: bool,
    pub value: AssignValue,
    /// From the name to the end of the value.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssignValue {
    Scalar(Word),
    Array {
        elements: Vec<Word>,
        trailing: Option<Word>,
    },
}

/// `export`/`declare`/`typeset`/`readonly` with their attribute flags and arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declaration {
    pub builtin: String,
    pub export: bool,
    pub readonly: bool,
    pub array: bool,
    pub items: Vec<DeclItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeclItem {
    Assign(Assignment),
    /// A bare name: only sets attributes.
    Name(String, Span),
}

mod report;

const DECLARATION_BUILTINS: [&str; 4] = ["export", "declare", "typeset", "readonly"];
/// Groups tokens into lines and parses each; reports commands and operators.
pub fn parse(
    source: &Arc<Source>,
    tokens: Vec<Token>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Statement> {
    let mut parser = Parser { source, diags };
    let mut statements = Vec::new();
    let mut line = Vec::new();
    for token in tokens {
        if let Token::Newline(_) = token {
            parser.line(std::mem::take(&mut line), &mut statements);
        } else {
            line.push(token);
        }
    }
    parser.line(line, &mut statements);
    statements
}

struct Parser<'a> {
    source: &'a Arc<Source>,
    diags: &'a mut Vec<Diagnostic>,
}

impl Parser<'_> {
    fn line(&mut self, line: Vec<Token>, out: &mut Vec<Statement>) {
        if line.is_empty() || line.iter().any(|t| matches!(t, Token::Broken(_))) {
            return;
        }
        if let Some(at) = line.iter().position(|t| matches!(t, Token::Op { .. })) {
            return self.operator(&line, at);
        }
        let mut tokens = line.into_iter();
        let Some(first) = tokens.next() else { return };
        if let Token::Word(w) = &first {
            if let Some(builtin) = w.plain_text().filter(|t| DECLARATION_BUILTINS.contains(t)) {
                let builtin = builtin.to_owned();
                let span = w.span;
                if let Some(d) = self.declaration(builtin, span, tokens.collect()) {
                    out.push(Statement::Declare(d));
                }
                return;
            }
        }
        let mut assignments = Vec::new();
        let mut tokens = std::iter::once(first).chain(tokens);
        while let Some(token) = tokens.next() {
            if self.subscripted_element(&token) {
                return;
            }
            match assignment(token) {
                Ok(a) => assignments.push(a),
                Err(word) => {
                    self.command(&word, assignments.last());
                    let mut words: Vec<Word> = assignments
                        .into_iter()
                        .filter_map(|a| match a.value {
                            AssignValue::Scalar(w) => Some(w),
                            AssignValue::Array { .. } => None,
                        })
                        .collect();
                    words.push(word);
                    words.extend(tokens.filter_map(|t| match t {
                        Token::Word(w) => Some(w),
                        _ => None,
                    }));
                    out.push(Statement::Expand(words));
                    return;
                }
            }
        }
        out.push(Statement::Assign(assignments));
    }

    fn declaration(
        &mut self,
        builtin: String,
        span: Span,
        args: Vec<Token>,
    ) -> Option<Declaration> {
        let mut d = Declaration {
            readonly: builtin == "readonly",
            export: builtin == "export",
            array: false,
            builtin,
            items: Vec::new(),
            span,
        };
        let mut options_done = false;
        for token in args {
            d.span.end = token_span(&token).end;
            if let Token::Word(w) = &token {
                let text = w.plain_text().unwrap_or("");
                if !options_done && text == "--" {
                    options_done = true;
                    continue;
                }
                if !options_done && text.len() > 1 && text.starts_with('-') {
                    if !self.options(&mut d, text, w.span) {
                        return None;
                    }
                    continue;
                }
                if is_name(text) {
                    options_done = true;
                    d.items.push(DeclItem::Name(text.to_owned(), w.span));
                    continue;
                }
            }
            options_done = true;
            if self.subscripted_element(&token) {
                return None;
            }
            match assignment(token) {
                Ok(a) if d.array && expands_to_array_syntax(&a) => {
                    self.error(
                        "envcfg::declare-argument",
                        a.span,
                        format!("bash evaluates the expanded value of `{}` as array syntax, which is code", a.name),
                        "`declare -a` with an expansion",
                        "write the array out: `NAME=( \"a\" \"b\" )`",
                    );
                    return None;
                }
                Ok(a) => d.items.push(DeclItem::Assign(a)),
                Err(w) => {
                    if let Some((array, subscript)) = element_prefix(w.leading_unquoted()) {
                        self.element(w.span, array, subscript);
                        return None;
                    }
                    self.error(
                        "envcfg::declare-argument",
                        w.span,
                        format!("`{}` is not an assignment", self.text(w.span)),
                        "not `NAME=value`",
                        "pass only `NAME=value` or `NAME` to this builtin",
                    );
                    return None;
                }
            }
        }
        Some(d)
    }

    /// `NAME=( [sub]=value … )`: reports the first element bash assigns by subscript (the
    /// line then contributes nothing, like any code); false for every other token.
    fn subscripted_element(&mut self, token: &Token) -> bool {
        let Token::Array(a) = token else {
            return false;
        };
        for w in &a.elements {
            let text = w.leading_unquoted();
            let Some(close) = text.strip_prefix('[').and_then(|t| t.find(']')) else {
                continue;
            };
            let after = &text[close + 2..];
            if after.starts_with('=') || after.starts_with("+=") {
                self.element(w.span, &a.name, &text[1..close + 1]);
                return true;
            }
        }
        false
    }

    /// Applies `-xra`-style options; returns false (after reporting) on any other option.
    fn options(&mut self, d: &mut Declaration, text: &str, span: Span) -> bool {
        for c in text.chars().skip(1) {
            match c {
                'x' => d.export = true,
                'r' => d.readonly = true,
                'a' => d.array = true,
                'g' => {}
                _ => {
                    self.error(
                        "envcfg::declare-option",
                        span,
                        format!(
                            "`{}` option `-{c}` is outside the configuration subset",
                            d.builtin
                        ),
                        "unsupported option",
                        "use only `-x`, `-r`, `-a` or `-g`, or a plain assignment",
                    );
                    return false;
                }
            }
        }
        true
    }

    fn text(&self, span: Span) -> &str {
        self.source.text().get(span.start..span.end).unwrap_or("")
    }

    fn error(&mut self, code: &'static str, span: Span, message: String, label: &str, help: &str) {
        crate::diag::cap::push_bounded(
            self.diags,
            Diagnostic::error(code, message)
                .at(self.source, span, label)
                .with_help(help),
        );
    }
}

/// `declare -a NAME=$X`: bash re-reads an expanded `(…)` as an array assignment (like `eval`).
fn expands_to_array_syntax(a: &Assignment) -> bool {
    matches!(&a.value, AssignValue::Scalar(w) if w.parts.iter().any(|p| matches!(p.kind, PartKind::Param(_))))
}

fn token_span(token: &Token) -> Span {
    match token {
        Token::Word(w) => w.span,
        Token::Array(a) => a.span,
        Token::Newline(s) | Token::Broken(s) | Token::Op { span: s, .. } => *s,
    }
}

/// Turns an assignment word or array token into an [`Assignment`]; gives back other words.
fn assignment(token: Token) -> Result<Assignment, Word> {
    match token {
        Token::Array(a) => Ok(array_assignment(a)),
        Token::Word(w) => scalar_assignment(w),
        Token::Newline(span) | Token::Broken(span) | Token::Op { span, .. } => Err(Word {
            parts: Vec::new(),
            span,
        }),
    }
}

fn array_assignment(a: ArrayToken) -> Assignment {
    Assignment {
        name: a.name,
        name_span: a.name_span,
        append: a.append,
        value: AssignValue::Array {
            elements: a.elements,
            trailing: a.trailing,
        },
        span: a.span,
    }
}

fn scalar_assignment(mut w: Word) -> Result<Assignment, Word> {
    let Some((name_len, append)) = assignment_prefix(w.leading_unquoted()) else {
        return Err(w);
    };
    let cut = name_len + if append { 2 } else { 1 };
    let start = w.span.start;
    let name = w.leading_unquoted()[..name_len].to_owned();
    if let Some(Part {
        kind: PartKind::Lit { text, .. },
        span,
    }) = w.parts.first_mut()
    {
        text.replace_range(..cut, "");
        span.start += cut;
        if text.is_empty() {
            w.parts.remove(0);
        }
    }
    let value = Word {
        parts: w.parts,
        span: Span::new(start + cut, w.span.end),
    };
    Ok(Assignment {
        name,
        name_span: Span::new(start, start + name_len),
        append,
        value: AssignValue::Scalar(value),
        span: w.span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::envcfg::lexer;

    fn parse_text(text: &str) -> (Vec<Statement>, Vec<Diagnostic>, Arc<Source>) {
        let source = Arc::new(Source::new("env.cfg", text));
        let mut diags = Vec::new();
        let tokens = lexer::tokenize(&source, &mut diags);
        let statements = parse(&source, tokens, &mut diags);
        (statements, diags, source)
    }

    fn codes_at(text: &str) -> Vec<(&'static str, usize, usize)> {
        let (_, diags, _) = parse_text(text);
        diags
            .iter()
            .map(|d| {
                let (_, lc) = d.position().expect("located");
                (d.code, lc.line, lc.column)
            })
            .collect()
    }

    #[test]
    fn assignments_arrays_and_declarations() {
        let (statements, diags, _) = parse_text("A=1 B=2 # c\nL=( x # in\n y )\nexport -x C=3 D\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(statements.len(), 3);
        let Statement::Assign(l) = &statements[1] else {
            panic!()
        };
        assert!(matches!(&l[0].value, AssignValue::Array { elements, .. } if elements.len() == 2));
        let Statement::Declare(d) = &statements[2] else {
            panic!()
        };
        assert!(d.export && d.items.len() == 2);
    }

    #[test]
    fn array_elements_are_named_as_such_without_their_value() {
        for text in [
            "CFG[token]=XSPOTVALUE\n",
            "CFG[0]+=\"XSPOTVALUE\"\n",
            "declare -g CFG[token]=XSPOTVALUE\n",
            "CFG=( a [token]=XSPOTVALUE )\n",
            "declare -a CFG=([0]=XSPOTVALUE)\n",
        ] {
            let (_, diags, _) = parse_text(text);
            let codes: Vec<&str> = diags.iter().map(|d| d.code).collect();
            assert_eq!(codes, ["envcfg::array-element"], "{text:?}");
            let message = &diags[0].message;
            assert!(
                message.contains("assigns one element of the array `CFG`")
                    && !message.contains("XSPOTVALUE"),
                "{text:?}: {message}"
            );
        }
    }

    #[test]
    fn code_is_reported_at_its_line_and_column() {
        assert_eq!(
            codes_at("A=1\nREMOTE_DIR = /x\n"),
            [("envcfg::space-around-equals", 2, 1)]
        );
        assert_eq!(codes_at("A=1; B=2\n"), [("envcfg::operator", 1, 4)]);
        assert_eq!(
            codes_at("A=\"$(date)\"\n"),
            [("envcfg::command-substitution", 1, 4)]
        );
        assert_eq!(codes_at("f() { :; }\n"), [("envcfg::function", 1, 2)]);
        assert_eq!(codes_at("  . ./other.cfg\n"), [("envcfg::source", 1, 3)]);
        assert_eq!(codes_at("A=$((1+2))\n"), [("envcfg::arithmetic", 1, 3)]);
        assert_eq!(codes_at("A=1 >x\n"), [("envcfg::redirection", 1, 5)]);
        assert_eq!(
            codes_at("declare -i N=1\n"),
            [("envcfg::declare-option", 1, 9)]
        );
        assert_eq!(
            codes_at("A=${B/x/y}\n"),
            [("envcfg::unsupported-expansion", 1, 3)]
        );
    }

    #[test]
    fn hash_inside_a_word_is_not_a_comment() {
        let (statements, diags, _) = parse_text("A=x#y\n");
        assert!(diags.is_empty());
        let Statement::Assign(assignments) = &statements[0] else {
            panic!()
        };
        assert!(
            matches!(&assignments[0].value, AssignValue::Scalar(w) if w.plain_text() == Some("x#y"))
        );
    }

    #[test]
    fn unterminated_constructs_drop_the_command() {
        let (statements, diags, _) = parse_text("A=1\nB=\"open\nC=2\n");
        assert_eq!(statements.len(), 1);
        assert_eq!(diags[0].code, "envcfg::unterminated-quote");
    }
}
