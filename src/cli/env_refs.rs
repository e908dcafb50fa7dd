//! Expanding a `MAKEFLAGS` (or `GNUMAKEFLAGS`) value taken from the environment before it
//! is split into words, as GNU make 4.3 does (main.c `decode_env_switches` expands
//! `$(MAKEFLAGS)`), at a time when the only variables are the environment's: `$$` becomes
//! `$`, and `$(NAME)`, `${NAME}` and `$N` take the environment's value of NAME, itself
//! expanded (environment variables are recursive), or nothing. That is how `--eval=X=$$(Y)`
//! reaches a sub-make as `X=$(Y)`, and why the `$(-*-eval-flags-*-)` a make under `-e`
//! exports unexpanded comes to nothing in its sub-makes. Function calls and substitution
//! references (a name with a blank, `,` or `:`) are not evaluated: they stay as written.
//!
//! The environment is not trusted to be small: variables referring to others several times
//! each grow exponentially, so an expansion past [`MAX_BYTES`] stops with [`TooLarge`] (GNU
//! make would exhaust memory).

use crate::make::expand::{closer, find_matching};

/// The most bytes an expansion may produce: far above any real command line (the kernel
/// limits one to a few MiB), far below what would exhaust a node's memory.
pub const MAX_BYTES: usize = 64 << 20;

/// An expansion grew past [`MAX_BYTES`].
#[derive(Debug, thiserror::Error)]
#[error("expands to more than {} MiB (variables referring to others many times?)", MAX_BYTES >> 20)]
pub struct TooLarge;

/// `text` with its references expanded against `env`.
pub fn expand(text: &str, env: &[(String, String)]) -> Result<String, TooLarge> {
    expand_at(text, env, &mut Vec::new())
}

/// `active`: the variables being expanded (one referring to itself expands to nothing).
fn expand_at(
    text: &str,
    env: &[(String, String)],
    active: &mut Vec<String>,
) -> Result<String, TooLarge> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(off) = text[i..].find('$') {
        if out.len() > MAX_BYTES {
            return Err(TooLarge);
        }
        let at = i + off;
        out.push_str(&text[i..at]);
        match bytes.get(at + 1) {
            None => {
                i = text.len();
                break;
            }
            Some(b'$') => {
                out.push('$');
                i = at + 2;
            }
            Some(&open @ (b'(' | b'{')) => {
                let Some(end) = find_matching(bytes, at + 2, open, closer(open)) else {
                    out.push_str(&text[at..]);
                    i = text.len();
                    break;
                };
                out.push_str(&reference(
                    &text[at..=end],
                    &text[at + 2..end],
                    env,
                    active,
                )?);
                i = end + 1;
            }
            Some(_) => {
                let name: String = text[at + 1..].chars().take(1).collect();
                out.push_str(&value(&name, env, active)?);
                i = at + 1 + name.len();
            }
        }
    }
    out.push_str(&text[i..]);
    if out.len() > MAX_BYTES {
        return Err(TooLarge);
    }
    Ok(out)
}

/// The expansion of the reference `whole` whose name part is `inner`.
fn reference(
    whole: &str,
    inner: &str,
    env: &[(String, String)],
    active: &mut Vec<String>,
) -> Result<String, TooLarge> {
    let name = if inner.contains('$') {
        expand_at(inner, env, active)?
    } else {
        inner.to_owned()
    };
    if name.contains([' ', '\t', ',', ':']) {
        return Ok(whole.to_owned());
    }
    value(&name, env, active)
}

/// The environment's value of `name`, expanded; nothing when it is not set.
fn value(
    name: &str,
    env: &[(String, String)],
    active: &mut Vec<String>,
) -> Result<String, TooLarge> {
    if active.iter().any(|a| a == name) {
        return Ok(String::new());
    }
    let Some((_, v)) = env.iter().rev().find(|(k, _)| k == name) else {
        return Ok(String::new());
    };
    active.push(name.to_owned());
    let out = expand_at(v, env, active);
    active.pop();
    out
}

#[cfg(test)]
mod tests {
    use super::expand;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn dollars_halve_and_references_take_the_environment() {
        let e = env(&[("A", "x$(B)"), ("B", "y"), ("S", "$(S)$(S)$(S)")]);
        assert_eq!(
            expand("s --eval=X=$$(Y) -- V=a$$$$b", &e).unwrap(),
            "s --eval=X=$(Y) -- V=a$$b"
        );
        assert_eq!(expand("$(A) ${B} $B $(NONE)|", &e).unwrap(), "xy y y |");
        assert_eq!(expand("es $(-*-eval-flags-*-)", &e).unwrap(), "es ");
        assert_eq!(expand("$(S)", &e).unwrap(), "");
        assert_eq!(
            expand("$(subst a,b,a) $(X:a=b) $(open", &e).unwrap(),
            "$(subst a,b,a) $(X:a=b) $(open"
        );
        assert_eq!(expand("end$", &e).unwrap(), "end");
    }

    #[test]
    fn an_exponential_environment_stops_instead_of_exhausting_memory() {
        let mut pairs = vec![("V0".to_owned(), "0123456789abcdef".repeat(64))];
        for n in 1..40 {
            let r = format!("$(V{})", n - 1);
            pairs.push((format!("V{n}"), r.repeat(4)));
        }
        assert!(expand("$(V39)", &pairs).is_err());
        assert_eq!(expand("$(V5)", &pairs).unwrap().len(), 1024 << 10);
    }
}
