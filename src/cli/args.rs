//! GNU make's command line, parsed by hand with `getopt_long`'s rules: short flags combine
//! (`-kj4`), an argument may be attached (`-Cdir`) or the next word, `-j`/`-l` take an
//! optional argument (the next word only when it is a number), long options take `=VALUE` or
//! the next word, unambiguous prefixes of long options work, options and operands mix, and
//! `--` ends the options. xmake's own long options are parsed here too but kept apart.

use super::invocation::{GnuFlags, XmakeOptions};
use super::options::{self, Arg, Group, Opt};

/// Every long option's name, GNU's and xmake's own (for suggestions).
pub fn long_names() -> impl Iterator<Item = &'static str> {
    options::longs().map(|(name, _)| name)
}

/// Whether an option is xmake's own (matched only by its exact name).
fn is_xmake(opt: &Opt) -> bool {
    matches!(opt.group, Group::Xmake | Group::XmakeInternal)
}

/// A command-line problem, worded as GNU make's getopt prints it (before the usage text).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ArgError {
    #[error("invalid option -- '{0}'")]
    InvalidShort(char),
    #[error("unrecognized option '{0}'")]
    UnrecognizedLong(String),
    #[error("option requires an argument -- '{0}'")]
    ShortNeedsArg(char),
    #[error("option '--{0}' requires an argument")]
    LongNeedsArg(String),
    #[error("option '--{0}' doesn't allow an argument")]
    LongNoArg(String),
    #[error("option '{0}' is ambiguous; possibilities:{1}")]
    Ambiguous(String, String),
    #[error("the '-{0}' option requires a positive integer argument")]
    NotPositive(char),
    #[error("the '{0}' option requires a non-empty string argument")]
    EmptyString(String),
}

/// Options, assignments and goals in command-line order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub gnu: GnuFlags,
    pub xmake: XmakeOptions,
    /// `VAR=value` words, in order.
    pub variables: Vec<String>,
    pub goals: Vec<String>,
}

/// Whether a word is a variable assignment (`NAME=…`, `NAME:=…`, `NAME+=…`, ...).
pub fn is_assignment(word: &str) -> bool {
    crate::make::eval::is_definition(word)
}

/// Whether GNU takes the next word as the optional argument: all digits for `-j`, a leading
/// digit for `-l` (read with `strtod`).
fn looks_numeric(opt: &str, s: &str) -> bool {
    if opt == "j" {
        !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit())
    } else {
        s.bytes()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == b'.')
    }
}

/// Parses arguments (without argv[0]).
pub fn parse(args: &[String]) -> Result<Parsed, ArgError> {
    let mut p = Parsed::default();
    let mut i = 0;
    let mut only_operands = false;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if only_operands || a == "-" || !a.starts_with('-') {
            if is_assignment(a) {
                p.variables.push(a.clone());
            } else {
                p.goals.push(a.clone());
            }
            continue;
        }
        if a == "--" {
            only_operands = true;
            continue;
        }
        if let Some(body) = a.strip_prefix("--") {
            i = parse_long(&mut p, body, args, i)?;
        } else {
            i = parse_short(&mut p, &a[1..], args, i)?;
        }
    }
    Ok(p)
}

fn parse_long(
    p: &mut Parsed,
    body: &str,
    args: &[String],
    mut i: usize,
) -> Result<usize, ArgError> {
    let (name, value) = match body.split_once('=') {
        Some((n, v)) => (n, Some(v.to_owned())),
        None => (body, None),
    };
    let (long_name, opt) = if let Some(o) = options::long(name) {
        (name, o)
    } else {
        // xmake's own options match only exactly, so GNU prefixes keep their meaning.
        let mut cands: Vec<(&'static str, &'static Opt)> = options::longs()
            .filter(|(n, o)| !is_xmake(o) && n.starts_with(name))
            .collect();
        cands.sort_by_key(|(n, _)| *n);
        let ids: std::collections::BTreeSet<&str> = cands.iter().map(|(_, o)| o.id).collect();
        match (cands.first(), ids.len()) {
            (Some(&found), 1) => found,
            (None, _) => return Err(ArgError::UnrecognizedLong(format!("--{body}"))),
            _ => {
                let list: String = cands.iter().fold(String::new(), |mut acc, (n, _)| {
                    acc.push_str(" '--");
                    acc.push_str(n);
                    acc.push('\'');
                    acc
                });
                return Err(ArgError::Ambiguous(format!("--{name}"), list));
            }
        }
    };
    let value = match (opt.arg, value) {
        (Arg::None, Some(_)) => return Err(ArgError::LongNoArg(long_name.into())),
        (Arg::None, None) => None,
        (Arg::Required, Some(v)) => Some(v),
        (Arg::Required, None) => {
            let Some(v) = args.get(i) else {
                return Err(ArgError::LongNeedsArg(long_name.into()));
            };
            i += 1;
            Some(v.clone())
        }
        (Arg::Optional, Some(v)) => Some(v),
        (Arg::Optional, None) => match args.get(i) {
            Some(v) if (opt.id == "j" || opt.id == "l") && looks_numeric(opt.id, v) => {
                i += 1;
                Some(v.clone())
            }
            _ => None,
        },
    };
    apply(p, opt.id, value)?;
    Ok(i)
}

fn parse_short(
    p: &mut Parsed,
    flags: &str,
    args: &[String],
    mut i: usize,
) -> Result<usize, ArgError> {
    for (pos, c) in flags.char_indices() {
        // One lookup: what `apply` records is the option's id (`-m` is `-b`).
        let Some(opt) = options::short(c) else {
            return Err(ArgError::InvalidShort(c));
        };
        let rest = &flags[pos + c.len_utf8()..];
        match opt.arg {
            Arg::None => apply(p, opt.id, None)?,
            Arg::Required => {
                let value = if rest.is_empty() {
                    let Some(v) = args.get(i) else {
                        return Err(ArgError::ShortNeedsArg(c));
                    };
                    i += 1;
                    v.clone()
                } else {
                    rest.to_owned()
                };
                apply(p, opt.id, Some(value))?;
                return Ok(i);
            }
            Arg::Optional => {
                let value = if !rest.is_empty() {
                    Some(rest.to_owned())
                } else if c != 'O'
                    && args
                        .get(i)
                        .is_some_and(|v| looks_numeric(&c.to_string(), v))
                {
                    i += 1;
                    args.get(i - 1).cloned()
                } else {
                    None
                };
                apply(p, opt.id, value)?;
                return Ok(i);
            }
        }
    }
    Ok(i)
}

/// A positive integer argument read as GNU 4.3 reads it: digits only, converted by `atoi`
/// (`strtol`, clamped to the `long` range, kept in an `int`: the low 32 bits), which must be
/// above 0. So `-j 4294967297` is one job and `-j 2147483648` an error, as under GNU make.
fn positive(c: char, v: &str) -> Result<u32, ArgError> {
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ArgError::NotPositive(c));
    }
    let long = v.parse::<i64>().unwrap_or(i64::MAX);
    #[allow(clippy::cast_possible_truncation)]
    let int = long as i32;
    u32::try_from(int)
        .ok()
        .filter(|&n| n > 0)
        .ok_or(ArgError::NotPositive(c))
}

/// Records one option.
fn apply(p: &mut Parsed, id: &str, value: Option<String>) -> Result<(), ArgError> {
    let g = &mut p.gnu;
    let v = value.clone().unwrap_or_default();
    match id {
        "b" => {}
        "B" => g.always_make = true,
        "C" => g.directories.push(v),
        "d" => g.debug_all = true,
        "debug" => match value {
            Some(v) if v.is_empty() => return Err(ArgError::EmptyString("--debug".into())),
            v => g.debug.push(v.unwrap_or_else(|| "basic".into())),
        },
        "e" => g.env_overrides = true,
        "E" => g.evals.push(v),
        "f" => g.makefiles.push(v),
        "h" => g.help = true,
        "i" => g.ignore_errors = true,
        "I" => g.include_dirs.push(v),
        "j" => {
            g.jobs = Some(match value {
                Some(s) => Some(positive('j', &s)?),
                None => None,
            });
        }
        "k" => g.keep_going = true,
        "S" => g.keep_going = false,
        "l" => g.load_average = Some(value),
        "L" => g.check_symlink_times = true,
        "n" => g.just_print = true,
        "o" => g.old_files.push(v),
        "O" => g.output_sync = Some(value.unwrap_or_else(|| "target".into())),
        "p" => g.print_data_base = true,
        "q" => g.question = true,
        "r" => g.no_builtin_rules = true,
        "R" => g.no_builtin_variables = true,
        "s" => g.silent = true,
        "no-silent" => g.silent = false,
        "t" => g.touch = true,
        "trace" => g.trace = true,
        "v" => g.version = true,
        "w" => g.print_directory = true,
        "no-print-directory" => g.no_print_directory = true,
        "W" => g.new_files.push(v),
        "warn-undefined-variables" => g.warn_undefined_variables = true,
        "jobserver-auth" => g.jobserver_auth = value,
        "x-root" => p.xmake.root = value,
        "x-format" => p.xmake.format = value,
        "x-show-config" => p.xmake.show_config = true,
        "x-lint" => p.xmake.lint = true,
        "x-deny" => p.xmake.deny = value,
        "x-node" => p.xmake.node = true,
        "x-list" => p.xmake.list = true,
        "x-no-native" => p.xmake.no_native = true,
        "x-force" => p.xmake.force = true,
        "x-runbook" => p.xmake.runbook = value,
        "x-yes" => p.xmake.yes = true,
        "x-drain" => p.xmake.drain = true,
        "x-color" => p.xmake.color = value,
        "x-verbose" => p.xmake.verbose += 1,
        "x-timeout" => p.xmake.timeout = value,
        "x-set-ami" => p.xmake.set_ami = value,
        "x-completions" => p.xmake.completions = value,
        "x-man" => p.xmake.man = true,
        "x-complete-targets" => p.xmake.complete_targets = true,
        "x-explain" => p.xmake.explain = true,
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn combined_short_flags_and_attached_arguments() {
        let p = parse(&args("-kj4 -Cdir -f a.mk -sI inc all X=1")).unwrap();
        assert!(p.gnu.keep_going && p.gnu.silent);
        assert_eq!(p.gnu.jobs, Some(Some(4)));
        assert_eq!(p.gnu.directories, vec!["dir"]);
        assert_eq!(p.gnu.makefiles, vec!["a.mk"]);
        assert_eq!(p.gnu.include_dirs, vec!["inc"]);
        assert_eq!(p.goals, vec!["all"]);
        assert_eq!(p.variables, vec!["X=1"]);
    }

    #[test]
    fn optional_arguments_and_long_prefixes() {
        let p = parse(&args("-j all --dry --jobs 3 --file=x -- -notopt")).unwrap();
        assert_eq!(p.gnu.jobs, Some(Some(3)));
        assert!(p.gnu.just_print);
        assert_eq!(p.gnu.makefiles, vec!["x"]);
        assert_eq!(p.goals, vec!["all", "-notopt"]);
        assert!(matches!(parse(&args("--no")), Err(ArgError::Ambiguous(..))));
        assert_eq!(parse(&args("-x")), Err(ArgError::InvalidShort('x')));
        assert_eq!(parse(&args("-f")), Err(ArgError::ShortNeedsArg('f')));
    }

    #[test]
    fn xmake_options_are_separate() {
        let p = parse(&args("--root /tmp/r --verbose -v --list")).unwrap();
        assert_eq!(p.xmake.root.as_deref(), Some("/tmp/r"));
        assert_eq!(p.xmake.verbose, 1);
        assert!(p.gnu.version && p.xmake.list);
        let p = parse(&args(
            "--timeout=5s --set-ami ami-12345678 restart-post-docker",
        ))
        .unwrap();
        assert_eq!(p.xmake.timeout.as_deref(), Some("5s"));
        assert_eq!(p.xmake.set_ami.as_deref(), Some("ami-12345678"));
        assert_eq!(p.goals, vec!["restart-post-docker"]);
    }

    /// Each spelling of each option in the table reaches `apply` and changes what is
    /// recorded (but `-b`/`-m`, which GNU ignores), so no row is dead and no id is mistyped.
    #[test]
    fn every_option_of_the_table_is_taken() {
        for opt in options::OPTIONS {
            for spelling in opt.spellings() {
                let words: Vec<String> = match (opt.arg, spelling.starts_with("--")) {
                    (Arg::None, _) => vec![spelling.clone()],
                    (Arg::Required, _) => vec![spelling.clone(), "1".into()],
                    (Arg::Optional, true) => vec![format!("{spelling}=1")],
                    (Arg::Optional, false) => vec![format!("{spelling}1")],
                };
                // `--no-silent` and `-S` undo `-s` and `-k`.
                let before: Vec<String> = match opt.id {
                    "no-silent" | "S" => vec!["-sk".into()],
                    _ => Vec::new(),
                };
                let all = [before.clone(), words.clone()].concat();
                let parsed = parse(&all).unwrap_or_else(|e| panic!("{words:?}: {e}"));
                assert!(parsed.goals.is_empty(), "{words:?} left a goal");
                if opt.id != "b" {
                    assert_ne!(
                        parsed,
                        parse(&before).unwrap(),
                        "{words:?} recorded nothing"
                    );
                }
            }
        }
    }
}
