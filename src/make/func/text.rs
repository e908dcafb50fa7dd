//! Text functions: subst, patsubst, strip, findstring, filter, filter-out, sort, word,
//! wordlist, words, firstword, lastword, join (GNU make manual, "Functions for String
//! Substitution and Analysis").

use super::pattern;
use super::words;
use crate::make::eval::Evaluator;
use crate::make::messages::{Fatal, MakeError};
use crate::make::var::Scope;

type R = Result<String, MakeError>;

fn arg(args: &[String], i: usize) -> &str {
    args.get(i).map_or("", String::as_str)
}

pub fn subst(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let (from, to, text) = (arg(a, 0), arg(a, 1), arg(a, 2));
    if from.is_empty() {
        return Ok(format!("{text}{to}"));
    }
    Ok(text.replace(from, to))
}

pub fn patsubst(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(pattern::patsubst(arg(a, 0), arg(a, 1), arg(a, 2)))
}

pub fn strip(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(words(arg(a, 0)).collect::<Vec<_>>().join(" "))
}

pub fn findstring(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(if arg(a, 1).contains(arg(a, 0)) {
        arg(a, 0).to_owned()
    } else {
        String::new()
    })
}

fn filter_words(a: &[String], keep: bool) -> String {
    let pats: Vec<_> = words(arg(a, 0)).map(pattern::split).collect();
    words(arg(a, 1))
        .filter(|w| pats.iter().any(|p| pattern::matches(p, w).is_some()) == keep)
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn filter(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(filter_words(a, true))
}

pub fn filter_out(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(filter_words(a, false))
}

pub fn sort(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let mut w: Vec<&str> = words(arg(a, 0)).collect();
    w.sort_unstable();
    w.dedup();
    Ok(w.join(" "))
}

/// GNU make's `check_numeric`: optional blanks around a run of decimal digits; the error
/// quotes the argument as written, blanks included.
fn number(
    ev: &Evaluator,
    s: &str,
    which: &'static str,
    func: &'static str,
) -> Result<i32, MakeError> {
    let t = s.trim_matches(crate::make::blank::is_space);
    if t.is_empty() || !t.bytes().all(|c| c.is_ascii_digit()) {
        return Err(ev.error_in_var(Fatal::NonNumeric(which, func, s.to_owned())));
    }
    // GNU uses atoi: strtol saturates at LONG_MAX and the int keeps the low 32 bits.
    Ok(t.parse::<i64>().unwrap_or(i64::MAX) as i32)
}

pub fn word(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let n = number(ev, arg(a, 0), "first", "word")?;
    if n == 0 {
        return Err(ev.error_in_var(Fatal::WordZero));
    }
    let Ok(n) = usize::try_from(n) else {
        return Ok(String::new());
    };
    Ok(words(arg(a, 1)).nth(n - 1).unwrap_or("").to_owned())
}

pub fn wordlist(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let start = number(ev, arg(a, 0), "first", "wordlist")?;
    let end = number(ev, arg(a, 1), "second", "wordlist")?;
    if start < 1 {
        return Err(ev.error_in_var(Fatal::WordlistFirst(start.to_string())));
    }
    if end < start {
        return Ok(String::new());
    }
    let (start, end) = (start as usize, end as usize);
    // GNU returns the text from the first word's start to the last word's end, blanks
    // between the words kept as they are.
    let text = arg(a, 2);
    let mut spans = super::word_spans(text)
        .skip(start - 1)
        .take(end - start + 1);
    let Some((from, mut to)) = spans.next() else {
        return Ok(String::new());
    };
    if let Some((_, last)) = spans.last() {
        to = last;
    }
    Ok(text[from..to].to_owned())
}

pub fn words_(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(words(arg(a, 0)).count().to_string())
}

pub fn firstword(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(words(arg(a, 0)).next().unwrap_or("").to_owned())
}

pub fn lastword(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Ok(words(arg(a, 0)).last().unwrap_or("").to_owned())
}

pub fn join(_: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    let x: Vec<&str> = words(arg(a, 0)).collect();
    let y: Vec<&str> = words(arg(a, 1)).collect();
    let n = x.len().max(y.len());
    Ok((0..n)
        .map(|i| format!("{}{}", x.get(i).unwrap_or(&""), y.get(i).unwrap_or(&"")))
        .collect::<Vec<_>>()
        .join(" "))
}
