//! Functions about variables and control: foreach, if, or, and, call, eval, value, origin,
//! flavor, and the messages error, warning, info.

use super::words;
use crate::make::eval::Evaluator;
use crate::make::messages::{Fatal, MakeError};
use crate::make::var::{Origin, Scope, VarTable};

type R = Result<String, MakeError>;

fn arg(args: &[String], i: usize) -> &str {
    args.get(i).map_or("", String::as_str)
}

fn trimmed(s: &str) -> &str {
    s.trim_matches(crate::make::blank::is_space)
}

pub fn foreach(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    let var = ev.expand(arg(a, 0), scope)?;
    let var = trimmed(&var).to_owned();
    let list = ev.expand(arg(a, 1), scope)?;
    let mut out = String::new();
    let mut any = false;
    // One table for the whole loop: each word replaces the value in place.
    let mut table = VarTable::new();
    table.set_simple(var.as_str(), "", Origin::Automatic);
    for word in words(&list) {
        if let Some(v) = table.get_mut(&var) {
            v.value.clear();
            v.value.push_str(word);
        }
        let inner = scope.inner(&table);
        out.push_str(&ev.expand(arg(a, 2), &inner)?);
        out.push(' ');
        any = true;
    }
    if any {
        out.pop();
    }
    Ok(out)
}

pub fn if_(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    let cond = ev.expand(trimmed(arg(a, 0)), scope)?;
    if cond.is_empty() {
        ev.expand(arg(a, 2), scope)
    } else {
        ev.expand(arg(a, 1), scope)
    }
}

pub fn or(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    for x in a {
        let v = ev.expand(trimmed(x), scope)?;
        if !v.is_empty() {
            return Ok(v);
        }
    }
    Ok(String::new())
}

pub fn and(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    let mut last = String::new();
    for x in a {
        last = ev.expand(trimmed(x), scope)?;
        if last.is_empty() {
            return Ok(String::new());
        }
    }
    Ok(last)
}

/// `$(call name,args...)`: `$0` is the name, `$1`... the arguments; numbered variables of an
/// outer call beyond this call's arguments are hidden (function.c `func_call`).
pub fn call(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    let name = trimmed(arg(a, 0)).to_owned();
    if let Some(func) = super::by_name(&name) {
        let rest = &a[1..];
        if rest.len() < func.min {
            return Err(ev.error(Fatal::InsufficientArgs(rest.len(), func.name.into())));
        }
        // function.c `expand_builtin_function`: no arguments, no call.
        if rest.is_empty() {
            return Ok(String::new());
        }
        return (func.run)(ev, scope, rest);
    }
    let Some((depth, var)) = ev.lookup(&name, scope) else {
        return Ok(String::new());
    };
    let mut table = VarTable::new();
    table.set_simple("0", name.clone(), Origin::Automatic);
    let n = a.len().max(ev.call_args);
    for i in 1..n {
        table.set_simple(i.to_string(), arg(a, i), Origin::Automatic);
    }
    let saved = ev.call_args;
    ev.call_args = a.len();
    let inner = scope.inner(&table);
    let depth = if depth == usize::MAX {
        depth
    } else {
        depth + 1
    };
    ev.var_locations.push(var.location.clone());
    let r = match var.flavor {
        crate::make::var::Flavor::Recursive if !var.append => ev.expand(&var.value, &inner),
        _ => ev.expand_variable(&name, depth, &var, &inner),
    };
    ev.var_locations.pop();
    ev.call_args = saved;
    r
}

/// `$(eval text)`: the text is read as makefile lines, seeing the local variables of
/// `scope` (call arguments, foreach variables) while it is.
pub fn eval(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    let locals = scope.visible_tables();
    ev.ambient.push(locals);
    let r = ev.eval_text(arg(a, 0), "eval");
    ev.ambient.pop();
    r.map(|()| String::new())
}

pub fn value(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    Ok(ev
        .lookup(arg(a, 0), scope)
        .map(|(_, v)| v.value)
        .unwrap_or_default())
}

pub fn origin(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    Ok(ev
        .lookup(arg(a, 0), scope)
        .map_or("undefined", |(_, v)| v.origin.as_str())
        .to_owned())
}

pub fn flavor(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    Ok(ev
        .lookup(arg(a, 0), scope)
        .map_or("undefined", |(_, v)| v.flavor.as_str())
        .to_owned())
}

/// The message of `info`/`warning`/`error`: one argument normally, but `$(call info,a,b)`
/// passes several, which function.c's `func_error` joins with ", ".
fn message(a: &[String]) -> String {
    a.join(", ")
}

pub fn info(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    ev.print_stdout(&format!("{}\n", message(a)));
    Ok(String::new())
}

pub fn warning(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    ev.warn(&message(a));
    Ok(String::new())
}

pub fn error(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    Err(ev.error(Fatal::User(message(a))))
}
