//! Running env.cfg's statements in order, as `source` would: each assignment expanded, then
//! stored; builtins' arguments all expanded before any is stored; readonly refusals,
//! glued arrays, value caps, and warnings for `~`, globs and brace expansion.

use std::sync::Arc;

use super::{set_scalar, Binding, EnvCfg, Value};
use crate::diag::Diagnostic;
use crate::envcfg::expand::{expand_fields, expand_scalar, truncate_value, MAX_VALUE};
use crate::envcfg::parser::{AssignValue, Assignment, DeclItem, Declaration, Statement};
use crate::envcfg::word::{ParamOp, Part, PartKind, Word};
use crate::source::{Source, Span};

/// Whether a word holds code that was reported and not run.
fn has_invalid(word: &Word) -> bool {
    word.parts.iter().any(|p| match &p.kind {
        PartKind::Invalid => true,
        PartKind::Param(param) => match &param.op {
            ParamOp::Plain | ParamOp::Length => false,
            ParamOp::Default { word, .. }
            | ParamOp::Assign { word, .. }
            | ParamOp::Alternate { word, .. } => has_invalid(word),
            ParamOp::Trim { pattern, .. } => has_invalid(pattern),
        },
        PartKind::Lit { .. } => false,
    })
}

fn store_array(b: &mut Binding, fields: Vec<String>, spans: Vec<Span>, append: bool) {
    match (&mut b.value, append) {
        (Value::Array(items), true) => {
            items.extend(fields);
            b.element_spans.extend(spans);
        }
        (Value::Scalar(s), true) => {
            let mut items = vec![std::mem::take(s)];
            items.extend(fields);
            b.value = Value::Array(items);
            b.element_spans = std::iter::once(b.name_span).chain(spans).collect();
        }
        (value, false) => {
            *value = Value::Array(fields);
            b.element_spans = spans;
        }
    }
}

/// Runs the statements in order, as `source` would, pushing diagnostics for surprises.
pub fn evaluate(
    source: &Arc<Source>,
    statements: &[Statement],
    diags: &mut Vec<Diagnostic>,
) -> EnvCfg {
    let mut ev = Evaluator {
        env: EnvCfg::new(Arc::clone(source)),
        diags,
    };
    for statement in statements {
        match statement {
            Statement::Assign(assignments) => {
                for a in assignments {
                    if !ev.assign(a) {
                        break;
                    }
                }
            }
            Statement::Declare(d) => ev.declare(d),
            Statement::Expand(words) => {
                for w in words {
                    let _ = expand_scalar(w, &mut ev.env);
                    if ev.refused() {
                        break;
                    }
                }
            }
        }
    }
    ev.env
}

struct Evaluator<'a> {
    env: EnvCfg,
    diags: &'a mut Vec<Diagnostic>,
}

/// An assignment's value after expansion, before it is stored.
enum Expanded {
    Scalar(String),
    Array {
        fields: Vec<String>,
        spans: Vec<Span>,
    },
}

impl Evaluator<'_> {
    /// Builtin arguments are all expanded before the builtin assigns any of them:
    /// `export A=1 B=$A` gives B the old A.
    fn declare(&mut self, d: &Declaration) {
        let expanded: Vec<Option<Expanded>> = d
            .items
            .iter()
            .map(|item| match item {
                DeclItem::Assign(a) => Some(self.expand(a)),
                DeclItem::Name(..) => None,
            })
            .collect();
        if self.refused() {
            return;
        }
        for (item, value) in d.items.iter().zip(expanded) {
            let name = match (item, value) {
                (DeclItem::Assign(a), Some(value)) => {
                    if !self.store(a, value, d.array) {
                        continue;
                    }
                    a.name.as_str()
                }
                (DeclItem::Name(name, span), _) => {
                    if d.array && self.env.get(name).is_none() {
                        let b = self.env.entry(name, *span);
                        b.value = Value::Array(Vec::new());
                    }
                    name.as_str()
                }
                (DeclItem::Assign(_), None) => continue,
            };
            // Attributes on a name that is still unset leave it unset, as in bash.
            if let Some(&i) = self.env.index.get(name) {
                let b = &mut self.env.bindings[i];
                b.exported |= d.export;
                b.readonly |= d.readonly;
            }
        }
    }

    /// A plain assignment: expanded, then stored, before the next one on the line.
    fn assign(&mut self, a: &Assignment) -> bool {
        let existed = self.env.get(&a.name).is_some();
        let value = self.expand(a);
        if self.refused() {
            // Bash has already made a new array variable (empty) when the expansion fails.
            let new_array = matches!(&a.value, AssignValue::Array { trailing: None, .. });
            if new_array && !existed {
                self.env.entry(&a.name, a.name_span).value = Value::Array(Vec::new());
            }
            return false;
        }
        self.store(a, value, false)
    }

    /// Whether the last expansion assigned a readonly variable through `${NAME:=…}`, which
    /// makes bash abandon the command (reported here).
    fn refused(&mut self) -> bool {
        let Some((name, span)) = self.env.take_refused() else {
            return false;
        };
        crate::diag::cap::push_bounded(
            self.diags,
            Diagnostic::error(
                "envcfg::readonly",
                format!("`${{{name}:=…}}` assigns the readonly `{name}`: bash abandons this line"),
            )
            .at(self.env.source(), span, "assignment to a readonly variable")
            .with_help("drop the `:=` default, or drop `readonly` from the earlier line"),
        );
        true
    }

    fn expand(&mut self, a: &Assignment) -> Expanded {
        match &a.value {
            AssignValue::Scalar(word) => {
                self.check_tilde(word);
                Expanded::Scalar(expand_scalar(word, &mut self.env))
            }
            AssignValue::Array {
                elements,
                trailing: Some(trailing),
            } => {
                // Bash expands each word as a string (no splitting) and joins them with spaces.
                let words: Vec<String> = elements
                    .iter()
                    .map(|w| expand_scalar(w, &mut self.env))
                    .collect();
                Expanded::Scalar(self.glued_array(a, &words, trailing))
            }
            AssignValue::Array {
                elements,
                trailing: None,
            } => {
                let mut fields = Vec::new();
                let mut spans = Vec::new();
                for word in elements {
                    self.check_array_word(word);
                    let expanded = expand_fields(word, &mut self.env);
                    spans.extend(std::iter::repeat_n(word.span, expanded.len()));
                    fields.extend(expanded);
                }
                Expanded::Array { fields, spans }
            }
        }
    }

    /// Stores an expanded value; false when bash refuses it (a readonly variable).
    fn store(&mut self, a: &Assignment, value: Expanded, force_array: bool) -> bool {
        if self.env.get(&a.name).is_some_and(|b| b.readonly) {
            crate::diag::cap::push_bounded(
                self.diags,
                Diagnostic::error(
                    "envcfg::readonly",
                    format!(
                        "`{}` is readonly here, so bash refuses this assignment",
                        a.name
                    ),
                )
                .at(
                    self.env.source(),
                    a.name_span,
                    "assignment to a readonly variable",
                )
                .with_help("assign the variable once, or drop `readonly` from the earlier line"),
            );
            return false;
        }
        let eq = if a.append { 2 } else { 1 };
        let value_span = Span::new(a.name_span.end + eq, a.span.end);
        let uncertain = match &a.value {
            AssignValue::Scalar(w) => has_invalid(w),
            AssignValue::Array { elements, trailing } => {
                elements.iter().chain(trailing).any(has_invalid)
            }
        };
        let value = self.capped(value, a);
        let existed = self.env.get(&a.name).is_some();
        let b = self.env.entry(&a.name, a.name_span);
        match value {
            Expanded::Scalar(text) => {
                if force_array && matches!(b.value, Value::Scalar(_)) {
                    b.value =
                        Value::Array(b.value.first().map(str::to_owned).into_iter().collect());
                }
                set_scalar(b, text, a.append);
                b.element_spans = vec![value_span];
            }
            Expanded::Array { fields, spans } => store_array(b, fields, spans, a.append && existed),
        }
        b.name_span = a.name_span;
        b.value_span = value_span;
        b.assignments.push(a.name_span);
        b.uncertain = uncertain;
        true
    }

    /// Applies [`MAX_VALUE`] to the value (and the variable it is appended to).
    fn capped(&mut self, value: Expanded, a: &Assignment) -> Expanded {
        let existing = if a.append {
            self.env.scalar(&a.name).map_or(0, str::len)
        } else {
            0
        };
        let mut cut = false;
        let value = match value {
            Expanded::Scalar(mut text) => {
                let room = MAX_VALUE.saturating_sub(existing);
                if text.len() > room {
                    cut = true;
                    let mut end = room;
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.truncate(end);
                }
                Expanded::Scalar(text)
            }
            Expanded::Array { mut fields, spans } => {
                for f in &mut fields {
                    cut |= truncate_value(f);
                }
                Expanded::Array { fields, spans }
            }
        };
        if cut {
            crate::diag::cap::push_bounded(
                self.diags,
                Diagnostic::error(
                    "envcfg::value-too-long",
                    format!("the value of `{}` is longer than {MAX_VALUE} bytes", a.name),
                )
                .at(self.env.source(), a.name_span, "value too long")
                .with_help(
                    "configuration values are short; check for a variable that refers to itself",
                ),
            );
        }
        value
    }

    /// `NAME=(a b)x`: bash makes one string, `(a b)x`, of the whole word.
    fn glued_array(&mut self, a: &Assignment, fields: &[String], trailing: &Word) -> String {
        let rest = expand_scalar(trailing, &mut self.env);
        if rest != "\r" {
            crate::diag::cap::push_bounded(
                self.diags,
                Diagnostic::error(
                    "envcfg::array-syntax",
                    format!(
                        "text right after `)` makes `{}` one string, not an array",
                        a.name
                    ),
                )
                .at(self.env.source(), trailing.span, "glued to the array")
                .with_help("put a space or a line end after `)`"),
            );
        }
        format!("({}){rest}", fields.join(" "))
    }

    fn check_tilde(&mut self, word: &Word) {
        let tilde = word
            .parts
            .iter()
            .enumerate()
            .find_map(|(i, p)| match &p.kind {
                PartKind::Lit {
                    text,
                    quoted: false,
                } if (i == 0 && text.starts_with('~')) || text.contains(":~") => Some(p.span),
                _ => None,
            });
        if let Some(span) = tilde {
            self.warn(
                "envcfg::tilde",
                span,
                "`~` expands to the home directory of whoever sources the file",
                "tilde expansion",
                "write the absolute path instead of `~`",
            );
        }
    }

    fn check_array_word(&mut self, word: &Word) {
        self.check_tilde(word);
        for part in &word.parts {
            let Part {
                kind:
                    PartKind::Lit {
                        text,
                        quoted: false,
                    },
                span,
            } = part
            else {
                continue;
            };
            if text.contains(['*', '?', '[']) {
                self.warn(
                    "envcfg::glob",
                    *span,
                    "bash expands this array element against the files in the current directory",
                    "glob pattern",
                    "quote the element so it stays as written",
                );
            }
            let brace = text.find('{').is_some_and(|i| {
                text[i..].contains('}') && (text[i..].contains(',') || text[i..].contains(".."))
            });
            if brace {
                self.warn(
                    "envcfg::brace-expansion",
                    *span,
                    "bash turns this array element into several by brace expansion",
                    "brace expansion",
                    "list the elements one by one, or quote the element",
                );
            }
        }
    }

    fn warn(&mut self, code: &'static str, span: Span, message: &str, label: &str, help: &str) {
        crate::diag::cap::push_bounded(
            self.diags,
            Diagnostic::warning(code, message)
                .at(self.env.source(), span, label)
                .with_help(help),
        );
    }
}
