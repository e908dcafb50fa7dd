//! `MAKEFLAGS` and `MFLAGS`, hand-written to match GNU make 4.3's `define_makeflags` byte for
//! byte (flag letters without a dash, then options with arguments, then ` -- ` and the
//! command-line variables newest first with `$` doubled and blanks escaped), and the reverse:
//! reading `GNUMAKEFLAGS`/`MAKEFLAGS` from the environment as extra arguments.

use super::invocation::GnuFlags;
use crate::make::exec::debug::Debug;

/// Whether any debug level is on (`-d` then the `--debug` values).
fn debug_on(g: &GnuFlags) -> bool {
    Debug::parse(g.debug_all, &g.debug).map_or(true, Debug::any)
}

/// Single-letter flags in GNU's table order.
fn letters(g: &GnuFlags) -> String {
    let mut s = String::new();
    let print_dir =
        !g.no_print_directory && (g.print_directory || (!g.silent && !g.directories.is_empty()));
    for (on, c) in [
        (g.always_make, 'B'),
        // GNU drops `-d` when `--debug=n` switched every level off again.
        (g.debug_all && debug_on(g), 'd'),
        (g.env_overrides, 'e'),
        (g.ignore_errors, 'i'),
        (g.keep_going, 'k'),
        (g.check_symlink_times, 'L'),
        (g.just_print, 'n'),
        (g.print_data_base, 'p'),
        (g.question, 'q'),
        (g.no_builtin_rules, 'r'),
        (g.no_builtin_variables, 'R'),
        (g.silent, 's'),
        (g.touch, 't'),
        (print_dir, 'w'),
    ] {
        if on {
            s.push(c);
        }
    }
    s
}

/// Options with arguments and long-only options, each as its own word.
fn option_words(g: &GnuFlags) -> Vec<String> {
    let mut w: Vec<String> = g.include_dirs.iter().map(|d| format!("-I{d}")).collect();
    match &g.jobs {
        Some(Some(n)) => w.push(format!("-j{n}")),
        Some(None) => w.push("-j".into()),
        _ => {}
    }
    if let Some(Some(l)) = &g.load_average {
        w.push(format!("-l{l}"));
    }
    if let Some(o) = &g.output_sync {
        w.push(format!("-O{o}"));
    }
    for d in &g.debug {
        w.push(format!("--debug={d}"));
    }
    if let Some(auth) = &g.jobserver_auth {
        if g.jobs != Some(Some(1)) {
            w.push(format!("--jobserver-auth={auth}"));
        }
    }
    if g.trace {
        w.push("--trace".into());
    }
    if g.no_print_directory {
        w.push("--no-print-directory".into());
    }
    if g.warn_undefined_variables {
        w.push("--warn-undefined-variables".into());
    }
    if !g.evals.is_empty() {
        w.push(EVAL_REF.into());
    }
    w
}

/// Where `MAKEFLAGS` refers to the `--eval` texts: GNU keeps them, escaped, in a simple
/// variable, so `$(MAKEFLAGS)` shows them with their `$` still doubled.
pub const EVAL_REF: &str = "$(-*-eval-flags-*-)";

/// The value of `-*-eval-flags-*-`: one `--eval=TEXT` word per `--eval`, escaped.
pub fn eval_flags(g: &GnuFlags) -> String {
    g.evals
        .iter()
        .map(|e| format!("--eval={}", escape(e)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Escapes a word for `MAKEFLAGS`: blanks and backslashes get a backslash, `$` doubles
/// (GNU's `quote_for_env`).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            ' ' | '\t' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '$' => out.push_str("$$"),
            _ => out.push(c),
        }
    }
    out
}

/// `MAKEFLAGS` while the makefiles are read: letters and long-only flags, no arguments.
pub fn makeflags_reading(g: &GnuFlags) -> String {
    let mut s = letters(g);
    for (on, w) in [
        (g.trace, "--trace"),
        (g.no_print_directory, "--no-print-directory"),
        (g.warn_undefined_variables, "--warn-undefined-variables"),
    ] {
        if on {
            s.push(' ');
            s.push_str(w);
        }
    }
    if !g.evals.is_empty() {
        s.push(' ');
        s.push_str(EVAL_REF);
    }
    s
}

/// The flags part of `MAKEFLAGS` (no variables) and `MFLAGS`.
pub fn render(g: &GnuFlags) -> (String, String) {
    (makeflags(g, &[]), mflags(g))
}

/// The `MAKEOVERRIDES` text: assignments escaped, newest first.
pub fn overrides(variables: &[String]) -> String {
    newest_per_name(variables)
        .iter()
        .map(|v| escape(&normalise_assignment(v)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Assignments newest first, one per variable name: a name keeps the place of its first
/// assignment and the value of its last (GNU's command-line variable set).
fn newest_per_name(variables: &[String]) -> Vec<&String> {
    let mut slots: Vec<(String, &String)> = Vec::new();
    for v in variables {
        let name = crate::make::eval::split_definition(v).map_or_else(|| v.clone(), |d| d.0);
        match slots.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = v,
            None => slots.push((name, v)),
        }
    }
    slots.into_iter().rev().map(|(_, v)| v).collect()
}

/// Flags a makefile added to `MAKEFLAGS`, merged into `g`.
pub fn reparse(g: &GnuFlags, value: &str) -> GnuFlags {
    let words: Vec<String> = parse_env(value)
        .into_iter()
        .take_while(|w| w != "--")
        .collect();
    match super::args::parse(&words) {
        Ok(p) => merge(g, &p.gnu),
        Err(_) => g.clone(),
    }
}

fn merge(a: &GnuFlags, b: &GnuFlags) -> GnuFlags {
    let mut g = a.clone();
    g.env_overrides |= b.env_overrides;
    g.ignore_errors |= b.ignore_errors;
    g.keep_going |= b.keep_going;
    g.just_print |= b.just_print;
    g.question |= b.question;
    g.no_builtin_rules |= b.no_builtin_rules || b.no_builtin_variables;
    g.no_builtin_variables |= b.no_builtin_variables;
    g.silent |= b.silent;
    g.touch |= b.touch;
    g.always_make |= b.always_make;
    g.print_directory |= b.print_directory;
    g.no_print_directory |= b.no_print_directory;
    g.warn_undefined_variables |= b.warn_undefined_variables;
    g.trace |= b.trace;
    g.debug_all |= b.debug_all;
    // GNU appends the makefile's `--debug` values, repeats included.
    g.debug.extend(b.debug.iter().cloned());
    if b.jobs.is_some() && !a.jobs_on_command_line {
        g.jobs = b.jobs;
    }
    if b.output_sync.is_some() {
        g.output_sync.clone_from(&b.output_sync);
    }
    for d in &b.include_dirs {
        if !g.include_dirs.contains(d) {
            g.include_dirs.push(d.clone());
        }
    }
    g
}

/// Whether an inherited `--jobserver-auth` names a usable jobserver (both fds pipes, or an
/// existing fifo). When it does not, GNU make falls back to `-j1` and says so in `MAKEFLAGS`.
pub fn jobserver_usable(auth: &str) -> bool {
    use std::os::unix::fs::FileTypeExt;
    let is_fifo = |p: &str| std::fs::metadata(p).is_ok_and(|m| m.file_type().is_fifo());
    if let Some(path) = auth.strip_prefix("fifo:") {
        return is_fifo(path);
    }
    let Some((r, w)) = auth.split_once(',') else {
        return false;
    };
    [r, w].iter().all(|fd| {
        fd.trim()
            .parse::<u32>()
            .is_ok_and(|n| is_fifo(&format!("/proc/self/fd/{n}")))
    })
}

/// `MFLAGS`: `-` and the letters, then the option words, without variables.
pub fn mflags(g: &GnuFlags) -> String {
    let l = letters(g);
    let mut parts = Vec::new();
    if !l.is_empty() {
        parts.push(format!("-{l}"));
    }
    parts.extend(option_words(g).into_iter().filter(|w| w != EVAL_REF));
    parts.join(" ")
}

/// `MAKEFLAGS`, with `variables` (command-line assignments in order) appended newest first.
pub fn makeflags(g: &GnuFlags, variables: &[String]) -> String {
    let mut s = letters(g);
    for w in option_words(g) {
        s.push(' ');
        s.push_str(&w);
    }
    if !variables.is_empty() {
        s.push_str(" --");
        for v in newest_per_name(variables) {
            s.push(' ');
            s.push_str(&escape(&normalise_assignment(v)));
        }
    }
    s
}

/// `C+=z` travels as `C=z` (GNU passes the operator's result form).
fn normalise_assignment(v: &str) -> String {
    match crate::make::eval::split_definition(v) {
        Some((name, "+=", value)) => format!("{name}={value}"),
        // GNU passes `::=` on as `:=` (checked against GNU make 4.3).
        Some((_, ":=", _)) => match v.find("::=") {
            Some(i) if v.find('=') == Some(i + 2) => format!("{}:={}", &v[..i], &v[i + 3..]),
            _ => v.to_owned(),
        },
        _ => v.to_owned(),
    }
}

/// Splits an (expanded) `MAKEFLAGS` value into arguments as GNU's `decode_env_switches`
/// does: words separated by blanks, a backslash taking the next character literally, and
/// a first word without `-` that is no assignment gets one (`ks` means `-ks`).
pub fn parse_env(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut has = false;
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek().is_some() => {
                cur.extend(chars.next());
                has = true;
            }
            ' ' | '\t' => {
                if has {
                    words.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            _ => {
                cur.push(c);
                has = true;
            }
        }
    }
    if has {
        words.push(cur);
    }
    if let Some(first) = words.first_mut() {
        if !first.starts_with('-') && !first.contains('=') {
            first.insert(0, '-');
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_then_options_then_variables() {
        let g = GnuFlags {
            keep_going: true,
            silent: true,
            include_dirs: vec!["dir".into()],
            no_print_directory: true,
            ..GnuFlags::default()
        };
        assert_eq!(
            makeflags(&g, &["X=1".into(), "A=b c".into()]),
            "ks -Idir --no-print-directory -- A=b\\ c X=1"
        );
        assert_eq!(mflags(&g), "-ks -Idir --no-print-directory");
        let g = GnuFlags {
            jobs: Some(None),
            ..GnuFlags::default()
        };
        assert_eq!(makeflags(&g, &[]), " -j");
    }

    #[test]
    fn reads_the_environment_form() {
        assert_eq!(parse_env("ks -- X=a\\ b"), vec!["-ks", "--", "X=a b"]);
        assert_eq!(
            parse_env("s --eval=X=a\\\\b$$c\\\\\\ d"),
            vec!["-s", "--eval=X=a\\b$$c\\ d"]
        );
        assert_eq!(
            parse_env(" -Idir --no-print-directory"),
            vec!["-Idir", "--no-print-directory"]
        );
    }
}
