//! `define NAME [op]` ... `endef`: multi-line values, nested `define`s counted, lines kept raw
//! (read.c `do_define`); and `undefine`.

use super::assign::{parse_definition, Modifiers, Op};
use super::lines::{remove_comments, Lines};
use super::Evaluator;
use crate::make::blank::is_space;
use crate::make::messages::{self, Fatal, Location, MakeError};
use crate::make::var::{Export, Scope};

fn starts_word(p: &str, word: &str) -> bool {
    p.strip_prefix(word)
        .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
}

/// Reads the body up to the matching `endef` (`None` at end of input), with the lines of
/// every `endef` (nested ones too) that had extraneous text: GNU reports each as it reads it.
pub fn read_body(lines: &mut Lines<'_>, prefix: char) -> (Option<String>, Vec<usize>) {
    let mut body: Vec<String> = Vec::new();
    let mut level = 1;
    let mut extraneous_at = Vec::new();
    for l in lines.by_ref() {
        // GNU checks the line after joining continuations (read.c `do_define`).
        let line = super::lines::collapse(&l.text);
        if !line.starts_with(prefix) {
            let p = line.trim_start_matches(is_space);
            if starts_word(p, "define") {
                level += 1;
            } else if starts_word(p, "endef") {
                let rest = remove_comments(&p[5..]);
                if !rest.trim_matches(is_space).is_empty() {
                    extraneous_at.push(l.line);
                }
                level -= 1;
                if level == 0 {
                    return (Some(body.join("\n")), extraneous_at);
                }
                // GNU removed the comment in place: a nested `endef` is kept without it.
                let lead = &line[..line.len() - p.len()];
                body.push(format!("{lead}endef{rest}"));
                continue;
            }
        }
        body.push(line);
    }
    (None, extraneous_at)
}

/// Skips an ignored `define` (inside a false conditional) up to the next `endef`.
pub fn skip_body(lines: &mut Lines<'_>) {
    for l in lines.by_ref() {
        let line = super::lines::collapse(&l.text);
        let p = line.trim_start_matches(is_space);
        if starts_word(p, "endef") {
            let rest = remove_comments(&p[5..]);
            if rest.trim_matches(is_space).is_empty() {
                return;
            }
        }
    }
}

impl Evaluator {
    /// Handles `define` whose header (after the word `define`) is `header`.
    pub(crate) fn define(
        &mut self,
        lines: &mut Lines<'_>,
        header: &str,
        mods: Modifiers,
        file: &str,
        (line, fixed): (usize, Option<usize>),
    ) -> Result<(), MakeError> {
        // In `$(eval)` every location is the eval's line.
        let line = fixed.unwrap_or(line);
        let (raw_name, op) = match parse_definition(header) {
            Some(d) => {
                if !d.value.trim().is_empty() {
                    self.warn(&messages::extraneous_text("define"));
                }
                (d.name, d.op)
            }
            None => (header.to_owned(), Op::Recursive),
        };
        let name = self.expand(&raw_name, &Scope::global())?;
        let name = name.trim_matches([' ', '\t']).to_owned();
        if name.is_empty() {
            return Err(self.error(Fatal::EmptyVariableName));
        }
        let prefix = self.recipe_prefix();
        let (body, extraneous) = read_body(lines, prefix);
        for at in extraneous {
            self.location = Some(Location {
                file: file.into(),
                line: fixed.unwrap_or(at),
            });
            self.warn(&messages::extraneous_text("endef"));
        }
        let Some(body) = body else {
            self.location = Some(Location {
                file: file.into(),
                line,
            });
            return Err(self.error(Fatal::MissingEndef));
        };
        let origin = mods.origin();
        self.define_variable(&name, op, &body, origin, None)?;
        self.apply_modifiers(&name, mods);
        Ok(())
    }

    /// `undefine NAME...`: removes the variables (respecting origin precedence).
    pub(crate) fn undefine(&mut self, rest: &str, mods: Modifiers) -> Result<(), MakeError> {
        let names = self.expand(rest, &Scope::global())?;
        let origin = mods.origin();
        let name = names.trim_matches([' ', '\t']);
        if name.is_empty() {
            return Err(self.error(Fatal::EmptyVariableName));
        }
        if self.globals.may_define(name, origin) {
            self.globals.remove(name);
        }
        Ok(())
    }

    /// `export`/`private` given before an assignment.
    pub(crate) fn apply_modifiers(&mut self, name: &str, mods: Modifiers) {
        if let Some(v) = self.globals.get_mut(name) {
            if mods.export {
                v.export = Export::Yes;
            }
            if mods.private {
                v.private = true;
            }
        }
    }
}
