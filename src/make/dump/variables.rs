//! The `# Variables` section, and how one variable is written anywhere in the dump: an
//! origin comment (`# makefile (from 'Makefile', line 3)`), then `NAME = value`,
//! `NAME := value` or a `define` block, as GNU make 4.3 prints them; a value the host hides
//! (`Settings::hide_value`: its configuration's secrets) is written as `<redacted>`, and a
//! secret's value copied into another variable is masked there too ([`Hider`]).

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::make::eval::Evaluator;
use crate::make::settings::HideValues;
use crate::make::var::{Flavor, Origin, Variable};

/// The global variables, then the blank line where GNU prints its table statistics.
pub fn section(out: &mut String, ev: &Evaluator, hide: &Hider) {
    out.push_str("\n# Variables\n\n");
    let mut vars: Vec<(&str, &Variable)> = ev.globals.iter().collect();
    vars.sort_by(|a, b| a.0.cmp(b.0));
    for (name, v) in vars {
        out.push_str(&origin_comment(v));
        out.push('\n');
        out.push_str(&definition(name, &hide.shown(name, v), ""));
    }
    if ev.globals.get(".VARIABLES").is_none() {
        // xmake computes `.VARIABLES` when expanded; GNU keeps an empty default entry.
        out.push_str("# default\n.VARIABLES := \n");
    }
    out.push('\n');
}

/// What replaces a hidden value.
pub const HIDDEN: &str = "<redacted>";

/// The host's secret rule applied to the dump, once the makefiles read include its
/// configuration: every secret-named variable hidden, and every other value scrubbed (the
/// configuration's secret values, wherever they were copied; URL passwords).
#[derive(Default)]
pub struct Hider {
    rule: Option<HideValues>,
    /// The makefiles read include the configuration.
    read_config: bool,
}

impl Hider {
    /// The rule, when some global variable was set by the host's configuration.
    pub fn new(rule: Option<HideValues>, ev: &Evaluator) -> Self {
        let Some(r) = rule else {
            return Self::default();
        };
        let mut asked: rustc_hash::FxHashMap<&str, bool> = rustc_hash::FxHashMap::default();
        let read_config = ev.globals.iter().any(|(_, v)| {
            file_of(v).is_some_and(|f| *asked.entry(f).or_insert_with(|| (r.config)(f)))
        });
        Self { rule, read_config }
    }

    /// Whether the variable `name` is a secret.
    pub fn is_secret(&self, name: &str) -> bool {
        self.read_config && self.rule.is_some_and(|r| (r.secret_name)(name))
    }

    /// `value` scrubbed.
    pub fn masked<'v>(&self, value: &'v str) -> Cow<'v, str> {
        match self.rule.filter(|_| self.read_config) {
            Some(rule) => {
                let out = (rule.scrub)(value);
                if out == value {
                    Cow::Borrowed(value)
                } else {
                    Cow::Owned(out)
                }
            }
            None => Cow::Borrowed(value),
        }
    }

    /// `v`, or a copy with its value hidden (a secret) or scrubbed.
    pub fn shown<'v>(&self, name: &str, v: &'v Variable) -> Cow<'v, Variable> {
        let value = if self.is_secret(name) {
            Cow::Owned(HIDDEN.to_owned())
        } else {
            self.masked(&v.value)
        };
        match value {
            Cow::Borrowed(_) => Cow::Borrowed(v),
            Cow::Owned(value) => {
                let mut copy = v.clone();
                copy.value = value;
                Cow::Owned(copy)
            }
        }
    }
}

/// The makefile that set `v`, if any.
fn file_of(v: &Variable) -> Option<&str> {
    v.location.as_ref().map(|l| &*l.file)
}

/// `# makefile (from 'Makefile', line 3)`: the origin, ` private`, and where it was set.
pub fn origin_comment(v: &Variable) -> String {
    let word = match v.origin {
        Origin::Default => "default",
        Origin::Environment => "environment",
        Origin::EnvironmentOverride => "environment under -e",
        Origin::File => "makefile",
        Origin::CommandLine => "command line",
        Origin::Override => "'override' directive",
        Origin::Automatic => "automatic",
    };
    let mut s = format!("# {word}");
    if v.private {
        s.push_str(" private");
    }
    if let Some(l) = &v.location {
        let _ = write!(s, " (from '{}', line {})", l.file, l.line);
    }
    s
}

/// The definition line(s), each starting with `prefix` (`target: ` or `# `), newline
/// terminated. A recursive value with a newline is shown as a `define` block.
pub fn definition(name: &str, v: &Variable, prefix: &str) -> String {
    let recursive = v.flavor == Flavor::Recursive;
    if recursive && v.value.contains('\n') {
        return format!("{prefix}define {name}\n{}\nendef\n", v.value);
    }
    let op = match (recursive, v.append) {
        (true, true) => "+=",
        (true, false) => "=",
        (false, _) => ":=",
    };
    format!("{prefix}{name} {op} {}\n", shown_value(&v.value, recursive))
}

/// A value as GNU writes it after the operator: a value of blanks only is wrapped in
/// `$(subst ,,...)` so it reads back the same; a simple value has its `$` doubled.
pub fn shown_value(value: &str, recursive: bool) -> String {
    let trimmed = value.trim_start_matches([' ', '\t']);
    if trimmed.is_empty() && !value.is_empty() {
        return format!("$(subst ,,{value})");
    }
    if recursive {
        value.to_owned()
    } else {
        value.replace('$', "$$")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_values_double_dollars_and_blank_values_are_wrapped() {
        let v = Variable::simple("a$b", Origin::File);
        assert_eq!(definition("X", &v, ""), "X := a$$b\n");
        let v = Variable::recursive("  ", Origin::File);
        assert_eq!(definition("Y", &v, ""), "Y = $(subst ,,  )\n");
        let v = Variable::recursive("l1\nl2", Origin::Override);
        assert_eq!(definition("D", &v, ""), "define D\nl1\nl2\nendef\n");
        assert_eq!(origin_comment(&v), "# 'override' directive");
    }
}
