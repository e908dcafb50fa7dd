//! The statement loop (read.c `eval`): each logical line is a recipe line, an assignment,
//! a conditional, a directive or a rule, tried in GNU make's order.

use super::assign::parse_assignment;
use super::cond::Conditionals;
use super::define::skip_body;
use super::lines::{collapse_in, remove_comments, Lines};
use super::Evaluator;
use crate::make::messages::{Fatal, FileName, Location, MakeError};

impl Evaluator {
    /// The recipe prefix: the first character of `.RECIPEPREFIX`, or a tab.
    pub fn recipe_prefix(&self) -> char {
        self.raw_value(".RECIPEPREFIX")
            .chars()
            .next()
            .unwrap_or('\t')
    }

    /// `$(eval TEXT)`: evaluates text as makefile lines at the current location.
    pub fn eval_text(&mut self, text: &str, _what: &str) -> Result<(), MakeError> {
        // What a recipe's scope derived from the globals may be stale now.
        self.evals += 1;
        let at = self.location.clone();
        let (file, line) = at
            .as_ref()
            .map_or((FileName::default(), 0), |l| (l.file.clone(), l.line));
        let saved_rule = self.current_rule.take();
        let r = self.eval_lines(text, file, Some(line));
        self.location = at;
        self.current_rule = saved_rule;
        r
    }

    /// Evaluates a whole makefile named `file`.
    pub fn eval_file(&mut self, text: &str, file: &str) -> Result<(), MakeError> {
        self.eval_lines(text, file.into(), None)
    }

    /// Evaluates `text`; `fixed_line` pins every location to one line (for `$(eval)`).
    fn eval_lines(
        &mut self,
        text: &str,
        file: FileName,
        fixed_line: Option<usize>,
    ) -> Result<(), MakeError> {
        let mut lines = Lines::new(text);
        let mut conds = Conditionals::default();
        let at = |n: usize| {
            (!file.is_empty()).then(|| Location {
                file: file.clone(),
                line: fixed_line.unwrap_or(n),
            })
        };
        while let Some(ll) = lines.next() {
            self.location = at(ll.line);
            for n in std::mem::take(&mut lines.nul_lines) {
                let saved = self.location.replace(Location {
                    file: file.clone(),
                    line: n,
                });
                self.warn(crate::make::messages::NUL_SEEN);
                self.location = saved;
            }
            let prefix = self.recipe_prefix();
            if ll.text.starts_with(prefix) && self.current_rule.is_some() {
                if !conds.ignoring() {
                    let body = &ll.text[prefix.len_utf8()..];
                    self.add_recipe_line(body);
                }
                continue;
            }
            let line = remove_comments(&collapse_in(&ll.text, self.db.globals().posix));
            let p = line.trim_start_matches(crate::make::blank::is_space);
            if let Some((mods, rest)) = parse_assignment(p, false) {
                if conds.ignoring() {
                    if mods.define {
                        skip_body(&mut lines);
                    }
                    continue;
                }
                self.end_rule()?;
                self.assignment(&mut lines, mods, &rest, &file, (ll.line, fixed_line))?;
                continue;
            }
            if p.is_empty() {
                continue;
            }
            if self.conditional(&mut conds, p)? {
                continue;
            }
            if conds.ignoring() {
                continue;
            }
            self.end_rule()?;
            if self.directive(p)? {
                continue;
            }
            if ll.text.starts_with(prefix) {
                return Err(self.error(Fatal::RecipeBeforeTarget));
            }
            self.rule_line(&ll.text)?;
        }
        // read.c checks for a missing `endif` before recording the last rule.
        if conds.depth() > 0 {
            self.location = at(lines.line());
            return Err(self.error(Fatal::MissingEndif));
        }
        self.end_rule()
    }

    fn assignment(
        &mut self,
        lines: &mut Lines<'_>,
        mods: super::assign::Modifiers,
        rest: &str,
        file: &str,
        line: (usize, Option<usize>),
    ) -> Result<(), MakeError> {
        if mods.undefine {
            return self.undefine(rest, mods);
        }
        if mods.define {
            return self.define(lines, rest, mods, file, line);
        }
        let origin = mods.origin();
        let Some(def) = super::assign::parse_definition(rest) else {
            return Ok(());
        };
        let name = self.expand_name(&def.name)?;
        self.define_variable(&name, def.op, &def.value, origin, None)?;
        self.apply_modifiers(&name, mods);
        if mods.unexport {
            if let Some(v) = self.globals.get_mut(&name) {
                v.export = crate::make::var::Export::No;
            }
        }
        Ok(())
    }
}

impl Evaluator {
    /// `-f -`: the makefile is standard input.
    pub fn eval_stdin(&mut self, text: &str) -> Result<(), MakeError> {
        self.eval_file(text, "-")
    }

    /// Ends reading: the last rule is entered and the database finished (built-in rules,
    /// suffix rules converted).
    pub fn finish_reading(&mut self, no_builtin_rules: bool) -> Result<(), MakeError> {
        self.end_rule()?;
        self.db.finish(no_builtin_rules);
        // One entry per makefile read (10⁴ `-include`d `.d` files in a large build): give
        // back the spare half of the last doubling.
        self.read_files.shrink_to_fit();
        self.missing_optional.shrink_to_fit();
        Ok(())
    }
}
