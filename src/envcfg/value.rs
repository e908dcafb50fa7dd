//! The result of reading env.cfg: each variable bash would hold after sourcing the file in an
//! empty environment, in the order first assigned, with the spans that set it (for
//! diagnostics and `--show-config`). [`evaluate`] runs the statements to get there.

use std::collections::HashMap;
use std::sync::Arc;

use serde::Serialize;

use super::expand::Scope;
use crate::source::{Source, Span};

mod evaluate;

pub use evaluate::evaluate;

/// A variable's value: a string, or an indexed array of strings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Scalar(String),
    Array(Vec<String>),
}

impl Value {
    /// The scalar, or element 0 of an array (what `$NAME` gives).
    pub fn first(&self) -> Option<&str> {
        match self {
            Value::Scalar(s) => Some(s),
            Value::Array(items) => items.first().map(String::as_str),
        }
    }
}

/// One variable and where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub name: String,
    pub value: Value,
    /// The name in the assignment that last set the value.
    pub name_span: Span,
    /// The value text in that assignment (`(…)` for arrays).
    pub value_span: Span,
    /// For arrays: the span of the word each element came from.
    pub element_spans: Vec<Span>,
    /// The name span of every assignment statement to this variable, in order.
    pub assignments: Vec<Span>,
    pub exported: bool,
    pub readonly: bool,
    /// The value came from code xmake does not run (`$(…)`, `$1`, …): bash's value is unknown.
    pub uncertain: bool,
}

/// All variables env.cfg sets.
#[derive(Clone, Debug)]
pub struct EnvCfg {
    source: Arc<Source>,
    bindings: Vec<Binding>,
    index: HashMap<String, usize>,
    /// A `${NAME:=…}` that bash refused (NAME is readonly), until the evaluator sees it.
    refused: Option<(String, Span)>,
}

impl EnvCfg {
    pub fn new(source: Arc<Source>) -> Self {
        Self {
            source,
            bindings: Vec::new(),
            index: HashMap::new(),
            refused: None,
        }
    }

    pub fn source(&self) -> &Arc<Source> {
        &self.source
    }

    pub fn get(&self, name: &str) -> Option<&Binding> {
        self.index.get(name).map(|&i| &self.bindings[i])
    }

    /// `$NAME`: the scalar, or element 0 of an array.
    pub fn scalar(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(|b| b.value.first())
    }

    /// Variables in the order they were first assigned.
    pub fn iter(&self) -> impl Iterator<Item = &Binding> {
        self.bindings.iter()
    }

    pub fn len(&self) -> usize {
        self.bindings.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bindings.is_empty()
    }

    fn entry(&mut self, name: &str, name_span: Span) -> &mut Binding {
        let next = self.bindings.len();
        let i = *self.index.entry(name.to_owned()).or_insert(next);
        if i == next {
            self.bindings.push(Binding {
                name: name.to_owned(),
                value: Value::Scalar(String::new()),
                name_span,
                value_span: name_span,
                element_spans: Vec::new(),
                assignments: Vec::new(),
                exported: false,
                readonly: false,
                uncertain: false,
            });
        }
        &mut self.bindings[i]
    }
}

impl EnvCfg {
    /// The `${NAME:=…}` bash refused since the last call (NAME readonly): bash then abandons
    /// the command it was expanding.
    pub(crate) fn take_refused(&mut self) -> Option<(String, Span)> {
        self.refused.take()
    }
}

impl Scope for EnvCfg {
    fn lookup(&self, name: &str) -> Option<String> {
        self.scalar(name).map(str::to_owned)
    }

    fn assign(&mut self, name: &str, value: String, span: Span) {
        let b = self.entry(name, span);
        if b.readonly {
            self.refused.get_or_insert_with(|| (name.to_owned(), span));
            return;
        }
        set_scalar(b, value, false);
        b.name_span = span;
        b.value_span = span;
    }
}

fn set_scalar(b: &mut Binding, text: String, append: bool) {
    match &mut b.value {
        // Bash assigns a scalar to an array's element 0.
        Value::Array(items) => match items.first_mut() {
            Some(first) if append => first.push_str(&text),
            Some(first) => *first = text,
            None => items.push(text),
        },
        Value::Scalar(s) if append => s.push_str(&text),
        Value::Scalar(s) => *s = text,
    }
}
