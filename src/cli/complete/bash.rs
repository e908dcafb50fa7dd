//! The bash completion script: a `_xmake` function registered with `complete -F`, written
//! from the option table. It reads `COMP_WORDS` itself (joining `--opt` `=` `value`, which
//! bash splits at `=`), so it needs nothing from the bash-completion package.

use super::{offered, sh_quote, with_locating};
use crate::cli::options::{value_words, Arg, Opt, Value};

const TEMPLATE: &str = r#"# bash completion for xmake: options, their arguments and the Makefile's targets.
# Written by `xmake --completions bash`; the guide says where to put it.

# Adds the lines of stdin that start with $1 to COMPREPLY (no glob or expansion on them).
_xmake_add() {
    local line
    while IFS= read -r line; do
        [[ $line == "$1"* ]] && COMPREPLY+=("$line")
    done
    return 0
}

# Completes the argument $2 of option $1; fails for an option without one.
_xmake_value() {
    case $1 in
@VALUES@
        *) return 1 ;;
    esac
    return 0
}

_xmake() {
    local -a words=()
    local i w
    # bash splits `--directory=dir` into three words: join them again.
    for ((i = 0; i <= COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if ((${#words[@]})) && [[ ${words[-1]} == --* && ($w == = || ${words[-1]} == --*=) ]]; then
            words[-1]+=$w
        else
            words+=("$w")
        fi
    done
    local cur=${words[-1]} prev=
    ((${#words[@]} > 1)) && prev=${words[-2]}
    COMPREPLY=()
    case $prev in
        @NEEDS_ARG@)
            _xmake_value "$prev" "$cur"
            return 0 ;;
    esac
    case $cur in
        --*=*)
            _xmake_value "${cur%%=*}" "${cur#*=}" || return 0
            if [[ $COMP_WORDBREAKS != *=* ]]; then
                COMPREPLY=("${COMPREPLY[@]/#/${cur%%=*}=}")
            fi
            return 0 ;;
        -*)
            _xmake_add "$cur" < <(printf '%s\n' @OPTIONS@)
            return 0 ;;
    esac
    # A target: ask xmake, in the directory and with the makefiles typed so far.
    local -a where=()
    local last=$((${#words[@]} - 1))
    for ((i = 1; i < last; i++)); do
        w=${words[i]}
        case $w in
            @LOCATING@)
                ((i + 1 < last)) && where+=("$w" "${words[i + 1]/#\~/$HOME}")
                ((i++)) ;;
            @LOCATING_EQ@)
                w=${w#*=}
                where+=("${words[i]%%=*}" "${w/#\~/$HOME}") ;;
            @LOCATING_ATTACHED@)
                w=${w:2}
                where+=("${words[i]:0:2}" "${w/#\~/$HOME}") ;;
        esac
    done
    # The program typed (./target/debug/xmake), or xmake for a command named otherwise
    # (`complete -F _xmake make` with `alias make=xmake`).
    local xmake=${words[0]/#\~/$HOME}
    [[ ${xmake##*/} == *xmake* ]] || xmake=xmake
    _xmake_add "$cur" < <(command "$xmake" --complete-targets "${where[@]}" 2>/dev/null)
}

complete -F _xmake xmake
"#;

/// The whole script.
pub fn script() -> String {
    let needs_arg: Vec<String> = offered()
        .filter(|o| o.arg == Arg::Required)
        .flat_map(Opt::spellings)
        .collect();
    let options: Vec<String> = offered().flat_map(Opt::spellings).collect();
    with_locating(
        &TEMPLATE
            .replace("@VALUES@", &value_arms())
            .replace("@NEEDS_ARG@", &needs_arg.join("|"))
            .replace("@OPTIONS@", &options.join(" ")),
    )
}

/// One `case` arm per option with an argument: how to complete it.
fn value_arms() -> String {
    let mut arms = Vec::new();
    for opt in offered().filter(|o| o.arg != Arg::None) {
        let action = match opt.value {
            Value::Directory => {
                r#"compopt -o filenames 2>/dev/null; _xmake_add "$2" < <(compgen -d -- "$2")"#
                    .to_owned()
            }
            Value::File => {
                r#"compopt -o filenames 2>/dev/null; _xmake_add "$2" < <(compgen -f -- "$2")"#
                    .to_owned()
            }
            Value::Words(_) | Value::Runbook => {
                let words: Vec<String> = value_words(opt.value).into_iter().map(sh_quote).collect();
                format!(r#"_xmake_add "$2" < <(printf '%s\n' {})"#, words.join(" "))
            }
            Value::Text | Value::None => ":".to_owned(),
        };
        let spellings: Vec<String> = opt.spellings().collect();
        arms.push(format!("        {}) {action} ;;", spellings.join("|")));
    }
    arms.join("\n")
}
