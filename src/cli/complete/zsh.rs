//! The zsh completion script: an `_arguments` spec per option, written from the option
//! table, and targets from `xmake --complete-targets` with the `-C`/`-f` options typed so far.

use std::fmt::Write as _;

use super::{offered, sh_quote, with_locating};
use crate::cli::options::{value_words, Arg, Opt, Value};

const TEMPLATE: &str = r#"#compdef xmake
# zsh completion for xmake: options, their arguments and the Makefile's targets.
# Written by `xmake --completions zsh`; the guide says where to put it.

_xmake_targets() {
  local -a where targets
  local i w
  for ((i = 2; i < CURRENT; i++)); do
    w=${words[i]}
    case $w in
      (@LOCATING@)
        ((i + 1 < CURRENT)) && where+=($w ${words[i + 1]/#\~/$HOME})
        ((i++)) ;;
      (@LOCATING_EQ@) where+=(${w%%=*} ${${w#*=}/#\~/$HOME}) ;;
      (@LOCATING_ATTACHED@) where+=(${w[1,2]} ${${w[3,-1]}/#\~/$HOME}) ;;
    esac
  done
  local xmake=${words[1]/#\~/$HOME}
  [[ ${xmake:t} == *xmake* ]] || xmake=xmake
  targets=(${(f)"$(_call_program targets ${(q)xmake} --complete-targets ${(q)where} 2>/dev/null)"})
  compadd -a targets
}

_xmake() {
  _arguments -s -S \
@SPECS@
    '*:target:_xmake_targets'
}

_xmake "$@"
"#;

/// The whole script.
pub fn script() -> String {
    let mut specs = String::new();
    for opt in offered() {
        let _ = writeln!(specs, "    {} \\", spec(opt));
    }
    with_locating(&TEMPLATE.replace("@SPECS@\n", &specs))
}

/// `'(-C --directory)'{-C+,--directory=}'[help]:DIRECTORY:_files -/'`.
fn spec(opt: &Opt) -> String {
    let spellings: Vec<String> = opt.spellings().collect();
    let suffix = |s: &str| {
        let long = s.starts_with("--");
        match (opt.arg, long) {
            (Arg::None, _) => String::new(),
            (Arg::Required, false) => "+".to_owned(),
            (Arg::Required, true) => "=".to_owned(),
            (Arg::Optional, false) => "-".to_owned(),
            (Arg::Optional, true) => "=-".to_owned(),
        }
    };
    let names: Vec<String> = spellings
        .iter()
        .map(|s| format!("{s}{}", suffix(s)))
        .collect();
    let names = if names.len() == 1 {
        names[0].clone()
    } else {
        format!("{{{}}}", names.join(","))
    };
    let exclusion = if opt.many {
        "'*'".to_owned()
    } else {
        sh_quote(&format!("({})", spellings.join(" ")))
    };
    let help = opt
        .help
        .replace('\\', r"\\")
        .replace('[', r"\[")
        .replace(']', r"\]");
    let mut rest = format!("[{help}]");
    if opt.arg != Arg::None {
        let colons = if opt.arg == Arg::Optional { "::" } else { ":" };
        let _ = write!(rest, "{colons}{}:{}", opt.meta, action(opt.value));
    }
    format!("{exclusion}{names}{}", sh_quote(&rest))
}

/// How zsh completes an argument.
fn action(value: Value) -> String {
    match value {
        Value::Directory => "_files -/".to_owned(),
        Value::File => "_files".to_owned(),
        Value::Words(_) | Value::Runbook => format!("({})", value_words(value).join(" ")),
        Value::Text | Value::None => " ".to_owned(),
    }
}
