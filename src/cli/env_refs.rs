//! Expanding a `MAKEFLAGS` (or `GNUMAKEFLAGS`) value taken from the environment before it
//! is split into words, as GNU make 4.3 does (main.c `decode_env_switches` expands
//! `$(MAKEFLAGS)`), at a time when the only variables are the environment's: `$$` becomes
//! `$`, and `$(NAME)`, `${NAME}` and `$N` take the environment's value of NAME, itself
//! expanded (environment variables are recursive), or nothing. That is how `--eval=X=$$(Y)`
//! reaches a sub-make as `X=$(Y)`, and why the `$(-*-eval-flags-*-)` a make under `-e`
//! exports unexpanded comes to nothing in its sub-makes. Function calls and substitution
//! references (a name with a blank, `,` or `:`) are not evaluated: they stay as written.

use crate::make::expand::{closer, find_matching};

/// `text` with its references expanded against `env`.
pub fn expand(text: &str, env: &[(String, String)]) -> String {
    expand_at(text, env, &mut Vec::new())
}

/// `active`: the variables being expanded (one referring to itself expands to nothing).
fn expand_at(text: &str, env: &[(String, String)], active: &mut Vec<String>) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(off) = text[i..].find('$') {
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
                out.push_str(&reference(&text[at..=end], &text[at + 2..end], env, active));
                i = end + 1;
            }
            Some(_) => {
                let name: String = text[at + 1..].chars().take(1).collect();
                out.push_str(&value(&name, env, active));
                i = at + 1 + name.len();
            }
        }
    }
    out.push_str(&text[i..]);
    out
}

/// The expansion of the reference `whole` whose name part is `inner`.
fn reference(
    whole: &str,
    inner: &str,
    env: &[(String, String)],
    active: &mut Vec<String>,
) -> String {
    let name = if inner.contains('$') {
        expand_at(inner, env, active)
    } else {
        inner.to_owned()
    };
    if name.contains([' ', '\t', ',', ':']) {
        return whole.to_owned();
    }
    value(&name, env, active)
}

/// The environment's value of `name`, expanded; nothing when it is not set.
fn value(name: &str, env: &[(String, String)], active: &mut Vec<String>) -> String {
    if active.iter().any(|a| a == name) {
        return String::new();
    }
    let Some((_, v)) = env.iter().rev().find(|(k, _)| k == name) else {
        return String::new();
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
            expand("s --eval=X=$$(Y) -- V=a$$$$b", &e),
            "s --eval=X=$(Y) -- V=a$$b"
        );
        assert_eq!(expand("$(A) ${B} $B $(NONE)|", &e), "xy y y |");
        assert_eq!(expand("es $(-*-eval-flags-*-)", &e), "es ");
        assert_eq!(expand("$(S)", &e), "");
        assert_eq!(
            expand("$(subst a,b,a) $(X:a=b) $(open", &e),
            "$(subst a,b,a) $(X:a=b) $(open"
        );
        assert_eq!(expand("end$", &e), "end");
    }
}
