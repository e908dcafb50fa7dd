//! Expanding text: `$$`, `$x`, `$(name)`, `${name}`, computed names, substitution references
//! (`$(v:a=b)`, `$(v:%.c=%.o)`) and function calls, exactly as GNU make's
//! `variable_expand_string` scans them (expand.c): a reference ends at the first closing
//! character of its own kind unless it contains a nested `$`, in which case parentheses of that
//! kind are counted.

use super::eval::Evaluator;
use super::func;
use super::messages::{Fatal, MakeError};
use super::var::{Flavor, Scope, Variable};

/// Nesting limit for expansions: GNU make recurses until the C stack overflows (a crash);
/// xmake stops with an error instead.
pub const MAX_DEPTH: usize = 2000;

/// `(`/`{` to the matching closer.
pub fn closer(open: u8) -> u8 {
    if open == b'(' {
        b')'
    } else {
        b'}'
    }
}

/// Index of the closing `close` matching an already-open reference starting at `from`.
pub fn find_matching(b: &[u8], from: usize, open: u8, close: u8) -> Option<usize> {
    let mut count = 0usize;
    for (i, &c) in b.iter().enumerate().skip(from) {
        if c == open {
            count += 1;
        } else if c == close {
            if count == 0 {
                return Some(i);
            }
            count -= 1;
        }
    }
    None
}

impl Evaluator {
    /// Expands `text` with the variables visible through `scope` (innermost tables first, then
    /// the global table). This is the one entry point for the engine: build a [`Scope`] of the
    /// automatic variables and the target's own tables, then call `expand` on each recipe line.
    pub fn expand(&mut self, text: &str, scope: &Scope) -> Result<String, MakeError> {
        let mut out = String::with_capacity(text.len());
        if self.depth >= MAX_DEPTH {
            return Err(self.error(Fatal::TooDeep));
        }
        self.depth += 1;
        let r = self.expand_into(text, scope, &mut out);
        self.depth -= 1;
        r?;
        Ok(out)
    }

    /// Expands `text`, appending to `out`.
    pub fn expand_into(
        &mut self,
        text: &str,
        scope: &Scope,
        out: &mut String,
    ) -> Result<(), MakeError> {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let Some(off) = text[i..].find('$') else {
                out.push_str(&text[i..]);
                break;
            };
            let p = i + off;
            out.push_str(&text[i..p]);
            match b.get(p + 1) {
                // A `$` at the very end stays (GNU copies it through).
                None => {
                    out.push('$');
                    i = p + 1;
                }
                Some(b'$') => {
                    out.push('$');
                    i = p + 2;
                }
                Some(&open @ (b'(' | b'{')) => {
                    i = self.expand_paren(text, p + 2, open, scope, out)?;
                }
                Some(_) => {
                    let ch = text[p + 1..].chars().next().unwrap_or(' ');
                    let name = ch.to_string();
                    let value = self.expand_var(&name, scope)?;
                    out.push_str(&value);
                    i = p + 1 + ch.len_utf8();
                }
            }
        }
        Ok(())
    }

    /// Handles `$(` or `${` whose contents start at `start`; returns where scanning resumes.
    fn expand_paren(
        &mut self,
        text: &str,
        start: usize,
        open: u8,
        scope: &Scope,
        out: &mut String,
    ) -> Result<usize, MakeError> {
        let b = text.as_bytes();
        let close = closer(open);
        if let Some(resume) = func::try_call(self, text, start, open, scope, out)? {
            return Ok(resume);
        }
        let Some(first_close) = b[start..]
            .iter()
            .position(|&c| c == close)
            .map(|o| start + o)
        else {
            return Err(self.error_in_var(Fatal::UnterminatedReference));
        };
        let raw = &text[start..first_close];
        if raw.contains('$') {
            if let Some(end) = find_matching(b, start, open, close) {
                let name = self.expand(&text[start..end], scope)?;
                self.expand_reference(&name, scope, out)?;
                return Ok(end + 1);
            }
            // Unbalanced to the end: expand.c looks the raw name up, and its paren count
            // has left the scan at the end of the text, so the rest is dropped.
            self.expand_reference(raw, scope, out)?;
            return Ok(text.len());
        }
        self.expand_reference(raw, scope, out)?;
        Ok(first_close + 1)
    }

    /// `name` is the (already expanded) text between the parentheses: a variable name or a
    /// substitution reference `var:from=to`.
    fn expand_reference(
        &mut self,
        name: &str,
        scope: &Scope,
        out: &mut String,
    ) -> Result<(), MakeError> {
        if let Some(colon) = name.find(':') {
            if let Some(eq) = name[colon + 1..].find('=') {
                let var = &name[..colon];
                let from = &name[colon + 1..colon + 1 + eq];
                let to = &name[colon + 2 + eq..];
                let value = self.expand_var(var, scope)?;
                if !value.is_empty() {
                    out.push_str(&func::pattern::subst_ref(&value, from, to));
                }
                return Ok(());
            }
        }
        let value = self.expand_var(name, scope)?;
        out.push_str(&value);
        Ok(())
    }

    /// The value of variable `name` as `$(name)` yields it.
    pub fn expand_var(&mut self, name: &str, scope: &Scope) -> Result<String, MakeError> {
        let Some((depth, var)) = self.lookup(name, scope) else {
            if self.options.warn_undefined {
                self.warn(&super::messages::undefined_variable(name));
            }
            return Ok(String::new());
        };
        self.expand_variable(name, depth, &var, scope)
    }

    /// Expands one found variable; `depth` is its table's position in `scope` (`usize::MAX` for
    /// the global table), used for the self-reference check and target-specific `+=`. A
    /// simple variable is its value, even one marked as appending (GNU's
    /// `reference_variable`).
    pub(crate) fn expand_variable(
        &mut self,
        name: &str,
        depth: usize,
        var: &Variable,
        scope: &Scope,
    ) -> Result<String, MakeError> {
        if var.flavor == Flavor::Simple {
            return Ok(var.value.clone());
        }
        self.expand_marked(name, depth, var, scope)
    }

    /// GNU's `recursively_expand_for_file`: `var` is marked as being expanded (a
    /// reference back to it is fatal, reported at its definition) while its value is, with
    /// the values it appends to before it.
    pub(crate) fn expand_marked(
        &mut self,
        name: &str,
        depth: usize,
        var: &Variable,
        scope: &Scope,
    ) -> Result<String, MakeError> {
        let key = (name.to_owned(), depth);
        if self.expanding.contains(&key) {
            let at = var.location.clone().or_else(|| self.location.clone());
            return Err(MakeError::new(
                Fatal::RecursiveVariable(name.to_owned()),
                at,
            ));
        }
        self.expanding.insert(key.clone());
        self.var_locations.push(var.location.clone());
        let r = self.append_value(name, depth, var, scope);
        self.var_locations.pop();
        self.expanding.remove(&key);
        r
    }

    /// GNU's `variable_append`: for a target-specific `+=` (whatever the flavour) the
    /// value of the tables outside `depth` first, then a space and this value.
    fn append_value(
        &mut self,
        name: &str,
        depth: usize,
        var: &Variable,
        scope: &Scope,
    ) -> Result<String, MakeError> {
        let base = if var.append && depth != usize::MAX {
            let outer_scope = scope.after(depth);
            match self.lookup(name, &outer_scope) {
                Some((d, v)) => {
                    let d = if d == usize::MAX { d } else { d + depth + 1 };
                    self.append_value(name, d, &v, scope)?
                }
                None => String::new(),
            }
        } else {
            String::new()
        };
        let own = match var.flavor {
            Flavor::Simple => var.value.clone(),
            Flavor::Recursive => self.expand(&var.value, scope)?,
        };
        // GNU joins with a space whenever the outer value is non-empty, even to an empty
        // addition (`t: w +=` gives `w`'s value and a trailing space).
        Ok(if base.is_empty() {
            own
        } else {
            format!("{base} {own}")
        })
    }

    /// Finds `name` through `scope`, the tables around the `$(eval)`s under way, then the
    /// global table; computed variables (`.VARIABLES`)
    /// are produced here.
    pub fn lookup(&self, name: &str, scope: &Scope) -> Option<(usize, Variable)> {
        if let Some((i, v)) = scope.find(name) {
            return Some((i, v.clone()));
        }
        let ambient = self.ambient.iter().rev().flatten();
        if let Some(v) = ambient.into_iter().find_map(|t| t.get(name)) {
            return Some((usize::MAX, v.clone()));
        }
        if scope.is_target() && self.globals.get(name).is_some_and(|v| v.private) {
            return None;
        }
        if name == ".VARIABLES" {
            // GNU's list names `.VARIABLES` itself (a default variable there).
            let mut names: Vec<&str> = self.globals.names().collect();
            if self.globals.get(".VARIABLES").is_none() {
                names.push(".VARIABLES");
            }
            names.sort_unstable();
            return Some((
                usize::MAX,
                Variable::simple(names.join(" "), super::var::Origin::Default),
            ));
        }
        self.globals.get(name).map(|v| (usize::MAX, v.clone()))
    }
}
