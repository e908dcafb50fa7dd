//! GNU make's built-in functions: one data table (name, argument counts, whether arguments are
//! expanded first) and the call machinery that splits arguments as function.c does.

pub mod control;
pub mod io;
pub mod names;
pub mod pattern;
pub mod text;
mod words;

use super::blank::{is_space, is_space_byte};
use super::eval::Evaluator;
use super::expand::closer;
use super::messages::{Fatal, MakeError};
use super::var::Scope;

/// The signature every built-in shares: arguments already expanded unless `expand_args` is off.
pub type Handler = fn(&mut Evaluator, &Scope, &[String]) -> Result<String, MakeError>;

/// One row of the table (function.c's `function_table_init`).
pub struct Function {
    pub name: &'static str,
    pub min: usize,
    /// 0 = unlimited; the last argument takes the rest (commas included).
    pub max: usize,
    pub expand_args: bool,
    pub run: Handler,
}

const fn f(
    name: &'static str,
    min: usize,
    max: usize,
    expand_args: bool,
    run: Handler,
) -> Function {
    Function {
        name,
        min,
        max,
        expand_args,
        run,
    }
}

/// Every GNU make 4.3 function (this build of GNU make has no `guile`, so neither do we:
/// `$(guile ...)` is a reference to a variable with that name, as in GNU make).
pub static TABLE: &[Function] = &[
    f("abspath", 0, 1, true, names::abspath),
    f("addprefix", 2, 2, true, names::addprefix),
    f("addsuffix", 2, 2, true, names::addsuffix),
    f("basename", 0, 1, true, names::basename),
    f("dir", 0, 1, true, names::dir),
    f("notdir", 0, 1, true, names::notdir),
    f("subst", 3, 3, true, text::subst),
    f("suffix", 0, 1, true, names::suffix),
    f("filter", 2, 2, true, text::filter),
    f("filter-out", 2, 2, true, text::filter_out),
    f("findstring", 2, 2, true, text::findstring),
    f("firstword", 0, 1, true, text::firstword),
    f("flavor", 0, 1, true, control::flavor),
    f("join", 2, 2, true, text::join),
    f("lastword", 0, 1, true, text::lastword),
    f("patsubst", 3, 3, true, text::patsubst),
    f("realpath", 0, 1, true, names::realpath),
    f("shell", 0, 1, true, io::shell),
    f("sort", 0, 1, true, text::sort),
    f("strip", 0, 1, true, text::strip),
    f("wildcard", 0, 1, true, names::wildcard),
    f("word", 2, 2, true, text::word),
    f("wordlist", 3, 3, true, text::wordlist),
    f("words", 0, 1, true, text::words_),
    f("origin", 0, 1, true, control::origin),
    f("foreach", 3, 3, false, control::foreach),
    f("call", 1, 0, true, control::call),
    f("info", 0, 1, true, control::info),
    f("error", 0, 1, true, control::error),
    f("warning", 0, 1, true, control::warning),
    f("if", 2, 3, false, control::if_),
    f("or", 1, 0, false, control::or),
    f("and", 1, 0, false, control::and),
    f("value", 0, 1, true, control::value),
    f("eval", 0, 1, true, control::eval),
    f("file", 1, 2, true, io::file),
];

/// The function named `name`, if any.
pub fn by_name(name: &str) -> Option<&'static Function> {
    TABLE.iter().find(|f| f.name == name)
}

/// If `text[start..]` begins a function call (a name of `a-z` and `-` followed by a blank),
/// runs it, appends the result and returns the index after the closing parenthesis.
pub fn try_call(
    ev: &mut Evaluator,
    text: &str,
    start: usize,
    open: u8,
    scope: &Scope,
    out: &mut String,
) -> Result<Option<usize>, MakeError> {
    let b = text.as_bytes();
    let mut e = start;
    while e < b.len() && (b[e].is_ascii_lowercase() || b[e] == b'-') {
        e += 1;
    }
    // GNU's blanks are every `isspace` byte (a carriage return too), and a newline.
    if e == start || !b.get(e).is_some_and(|&c| is_space_byte(c)) {
        return Ok(None);
    }
    let Some(func) = by_name(&text[start..e]) else {
        return Ok(None);
    };
    let close = closer(open);
    let mut beg = e;
    while b.get(beg).is_some_and(|&c| is_space_byte(c)) {
        beg += 1;
    }
    let Some(end) = super::expand::find_matching(b, beg, open, close) else {
        return Err(ev.error_in_var(Fatal::UnterminatedCall(func.name.into(), close as char)));
    };
    let raw = split_args(b, beg, end, open, close, func.max);
    // GNU counts the arguments after expanding them (`expand_builtin_function`), so an
    // error inside one comes first; functions that expand their own are checked before.
    if raw.len() < func.min && !func.expand_args {
        return Err(ev.error_in_var(Fatal::InsufficientArgs(raw.len(), func.name.into())));
    }
    let mut args = Vec::with_capacity(raw.len());
    for (s, t) in raw {
        if func.expand_args {
            args.push(ev.expand(&text[s..t], scope)?);
        } else {
            args.push(text[s..t].to_owned());
        }
    }
    if args.len() < func.min {
        return Err(ev.error_in_var(Fatal::InsufficientArgs(args.len(), func.name.into())));
    }
    out.push_str(&(func.run)(ev, scope, &args)?);
    Ok(Some(end + 1))
}

/// Argument spans between `beg` and `end`: commas at nesting level 0 of the call's own
/// parenthesis kind separate, up to `max` arguments (function.c `find_next_argument`).
fn split_args(
    b: &[u8],
    beg: usize,
    end: usize,
    open: u8,
    close: u8,
    max: usize,
) -> Vec<(usize, usize)> {
    let mut args = Vec::new();
    let mut p = beg;
    loop {
        let next = if max != 0 && args.len() + 1 == max {
            end
        } else {
            next_comma(b, p, end, open, close).unwrap_or(end)
        };
        args.push((p, next));
        if next >= end {
            return args;
        }
        p = next + 1;
    }
}

fn next_comma(b: &[u8], from: usize, end: usize, open: u8, close: u8) -> Option<usize> {
    let mut count = 0i32;
    for (i, &c) in b.iter().enumerate().take(end).skip(from) {
        if c == open {
            count += 1;
        } else if c == close {
            count -= 1;
            if count < 0 {
                return None;
            }
        } else if c == b',' && count == 0 {
            return Some(i);
        }
    }
    None
}

/// The byte ranges `(start, end)` of the words of `s`.
pub fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    s.char_indices()
        .chain(std::iter::once((s.len(), ' ')))
        .filter_map(move |(i, c)| match (is_space(c), start) {
            (false, None) => {
                start = Some(i);
                None
            }
            (true, Some(from)) => {
                start = None;
                Some((from, i))
            }
            _ => None,
        })
}

/// The words of `s`.
pub fn words(s: &str) -> impl Iterator<Item = &str> {
    words::Words::new(s)
}
