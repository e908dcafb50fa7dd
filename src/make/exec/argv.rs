//! Turning one expanded recipe line into a program and arguments, like GNU make's
//! `construct_command_argv_internal` (job.c): when `SHELL` is `/bin/sh` and the flags are
//! `-c` or `-ec`, a line without shell syntax is split into words and run directly (so a
//! missing program reports `make: prog: No such file or directory`, status 127); anything
//! else is passed to `$(SHELL) $(.SHELLFLAGS) line`, those words split as job.c splits the
//! command line it builds (or, under `.ONESHELL`, `$(SHELL)` taken as one program name).

/// Characters that force the shell (the Unix list in GNU make 4.3).
const SH_CHARS: &str = "#;\"*?[]&|<>(){}$`^~!";

/// Words that force the shell when they are the command name.
const SH_CMDS: &[&str] = &[
    ".", ":", "alias", "bg", "break", "case", "cd", "command", "continue", "eval", "exec", "exit",
    "export", "fc", "fg", "for", "getopts", "hash", "if", "jobs", "login", "logout", "read",
    "readonly", "return", "set", "shift", "test", "times", "trap", "type", "ulimit", "umask",
    "unalias", "unset", "wait", "while",
];

/// The program and its arguments for a recipe line. `None` for an empty line, and for a
/// line that is only `:` under a Bourne shell (GNU starts no shell for it).
pub fn command_argv(line: &str, shell: Shell<'_>) -> Option<Vec<String>> {
    argv(line, shell, true).filter(|argv| !is_no_op(argv))
}

/// Whether an expanded recipe line comes to a command (GNU's `construct_command_argv`
/// gives a vector: not for blanks, nor, say, for only a backslash-newline under `/bin/sh`;
/// a `:` is a command). One that does not is skipped unechoed and uncounted, and asks
/// nothing under `-q`.
pub fn is_command(line: &str, shell: Shell<'_>) -> bool {
    argv(line, shell, true).is_some()
}

/// The program and its arguments for a command line, as GNU's `construct_command_argv`
/// makes them for `$(shell)`. `None` for an empty line. There a newline is an ordinary
/// character of a word (job.c is called without `restp`), as it is not in recipes.
pub fn shell_argv(line: &str, shell: &str, flags: &str, one_shell: bool) -> Option<Vec<String>> {
    argv(line, (shell, flags, one_shell), false)
}

/// `(shell, flags, one_shell)`: `$(SHELL)`, `$(.SHELLFLAGS)`, and whether `.ONESHELL` is on.
pub type Shell<'a> = (&'a str, &'a str, bool);

fn argv(line: &str, (shell, flags, one_shell): Shell<'_>, in_recipe: bool) -> Option<Vec<String>> {
    let trimmed = line.trim_start_matches([' ', '\t']);
    if trimmed.is_empty() {
        return None;
    }
    if shell == "/bin/sh" && (flags == "-c" || flags == "-ec") {
        if let Some(argv) = fast_argv(trimmed, in_recipe) {
            return if argv.is_empty() { None } else { Some(argv) };
        }
    }
    let line = if in_recipe {
        trimmed.to_owned()
    } else {
        drop_bare_newlines(trimmed)
    };
    // Under `.ONESHELL` job.c runs `$(SHELL)` as one program name, with the flags split at
    // blanks (quotes are not looked at) and the line last.
    if one_shell {
        let mut argv = vec![shell.to_owned()];
        argv.extend(flags.split_whitespace().map(str::to_owned));
        argv.push(line);
        return Some(argv);
    }
    // job.c writes `$(SHELL)` (its shell characters escaped), the flags and the escaped line
    // into a new command line and splits that again; one that still needs a shell (a first
    // word with `=`, a shell builtin) goes to `/bin/sh -c` whole.
    let shell = shell.trim_start_matches([' ', '\t']);
    let head = format!("{} {flags}", escape(shell, |c| SH_CHARS.contains(c)));
    let Some(mut argv) = fast_argv(&head, false) else {
        let all = format!("{head} {}", escape(&line, needs_escape_in_line));
        return Some(vec!["/bin/sh".to_owned(), "-c".to_owned(), all]);
    };
    if argv.is_empty() {
        argv.push("/bin/sh".to_owned());
    }
    argv.push(line);
    Some(argv)
}

/// `text` with a backslash before each character `special` accepts.
fn escape(text: &str, special: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if special(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The characters job.c escapes in the line it hands to a multi-word shell.
fn needs_escape_in_line(c: char) -> bool {
    matches!(c, '\\' | '\'' | '"' | ' ' | '\t' | '\n') || SH_CHARS.contains(c)
}

/// For `$(shell)`, job.c quotes every character of the line into a new command line and
/// splits that again: a newline becomes a backslash-newline there and is eaten, one after
/// a backslash stays (the shell sees the continuation).
fn drop_bare_newlines(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if c != '\n' || out.ends_with('\\') {
            out.push(c);
        }
    }
    out
}

/// The text GNU's child prints when `exec` of `program` fails (`prog: No such file or
/// directory`); the child then exits with status 127.
pub fn exec_error(program: &str, e: &std::io::Error) -> String {
    let text = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_owned(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_owned(),
        _ => e.to_string(),
    };
    format!("{program}: {text}")
}

/// GNU make does not start a Bourne-compatible shell just to run `:` (people use it for
/// timestamp-only rules); the line still counts as a command run.
fn is_no_op(argv: &[String]) -> bool {
    let [shell, flag, line] = argv else {
        return false;
    };
    is_bourne_compatible(shell) && (flag == "-c" || flag == "-ec") && line == ":"
}

/// Whether `shell` (a path or name, maybe with arguments) is one GNU make treats as a
/// Bourne shell.
pub fn is_bourne_compatible(shell: &str) -> bool {
    const BOURNE: &[&str] = &["sh", "bash", "dash", "ash", "ksh", "rksh", "zsh"];
    let program = shell.split_whitespace().next().unwrap_or(shell);
    let name = program.rsplit('/').next().unwrap_or(program);
    BOURNE.contains(&name)
}

/// GNU's fast path: `None` when the shell is needed.
fn fast_argv(line: &str, in_recipe: bool) -> Option<Vec<String>> {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut word_started = false;
    let mut seen_nonequals = false;
    let mut word_has_equals = false;
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            } else if c == '\\' && chars.get(i + 1) == Some(&'\n') {
                if q == '"' {
                    i += 1;
                } else {
                    cur.push('\\');
                    cur.push('\n');
                    i += 1;
                }
            } else if q == '"' && "\\$`".contains(c) {
                return None;
            } else {
                cur.push(c);
            }
        } else if SH_CHARS.contains(c) || (c == '\n' && in_recipe) {
            // A bare newline only reaches here under .ONESHELL: the shell must see it.
            return None;
        } else {
            match c {
                '=' => {
                    if !seen_nonequals {
                        return None;
                    }
                    word_has_equals = true;
                    cur.push('=');
                    word_started = true;
                }
                '\\' => {
                    if chars.get(i + 1) == Some(&'\n') {
                        i += 1;
                        if cur.is_empty() && !word_started {
                            while matches!(chars.get(i + 1), Some(' ' | '\t')) {
                                i += 1;
                            }
                        }
                    } else if let Some(&n) = chars.get(i + 1) {
                        cur.push(n);
                        word_started = true;
                        i += 1;
                    }
                }
                '\'' | '"' => {
                    quote = Some(c);
                    word_started = true;
                }
                ' ' | '\t' => {
                    words.push(std::mem::take(&mut cur));
                    word_started = false;
                    seen_nonequals |= !word_has_equals;
                    word_has_equals = false;
                    if words.len() == 1 && SH_CMDS.contains(&words[0].as_str()) {
                        return None;
                    }
                    while matches!(chars.get(i + 1), Some(' ' | '\t')) {
                        i += 1;
                    }
                }
                _ => {
                    cur.push(c);
                    word_started = true;
                }
            }
        }
        i += 1;
    }
    if quote.is_some() {
        return None;
    }
    if !cur.is_empty() || word_started {
        words.push(cur);
    }
    if words.len() == 1 && SH_CMDS.contains(&words[0].as_str()) {
        return None;
    }
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_lines_skip_the_shell() {
        assert_eq!(
            command_argv("echo 'a  b' c", ("/bin/sh", "-c", false)).unwrap(),
            ["echo", "a  b", "c"]
        );
    }

    #[test]
    fn shell_syntax_uses_the_shell() {
        assert_eq!(
            command_argv("echo $$HOME", ("/bin/sh", "-c", false)).unwrap(),
            ["/bin/sh", "-c", "echo $$HOME"]
        );
        assert_eq!(
            command_argv("cd x", ("/bin/sh", "-c", false)).unwrap(),
            ["/bin/sh", "-c", "cd x"]
        );
        assert_eq!(
            command_argv("A=1 env", ("/bin/sh", "-c", false)).unwrap(),
            ["/bin/sh", "-c", "A=1 env"]
        );
        assert_eq!(
            command_argv("echo x", ("/bin/bash", "-c", false)).unwrap(),
            ["/bin/bash", "-c", "echo x"]
        );
    }

    #[test]
    fn empty_line_is_none() {
        assert_eq!(command_argv("   ", ("/bin/sh", "-c", false)), None);
    }
}
