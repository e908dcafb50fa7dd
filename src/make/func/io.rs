//! Functions that reach outside: `$(shell)` (sets `.SHELLSTATUS`) and `$(file)`.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::make::eval::Evaluator;
use crate::make::messages::{Fatal, MakeError};
use crate::make::var::{Origin, Scope};

type R = Result<String, MakeError>;

fn arg(args: &[String], i: usize) -> &str {
    args.get(i).map_or("", String::as_str)
}

pub fn shell(ev: &mut Evaluator, scope: &Scope, a: &[String]) -> R {
    let Some((out, status)) = ev.run_shell(arg(a, 0), scope)? else {
        return Ok(String::new());
    };
    ev.globals
        .set_simple(".SHELLSTATUS", status.to_string(), Origin::Override);
    Ok(shell_output(&out, true))
}

/// GNU's `fold_newlines`: newlines become spaces; `$(shell)` drops all trailing ones, `!=`
/// only the last.
pub fn shell_output(out: &[u8], trim_all: bool) -> String {
    let s = String::from_utf8_lossy(out).replace("\r\n", "\n");
    let body = if trim_all {
        s.trim_end_matches('\n')
    } else {
        s.strip_suffix('\n').unwrap_or(&s)
    };
    body.replace('\n', " ")
}

/// Runs `cmd` as GNU's `$(shell)` does: split into words and run directly when it has no
/// shell syntax, else with `$(SHELL) $(.SHELLFLAGS)`; captures stdout. `None` for an empty
/// command (GNU then runs nothing and leaves `.SHELLSTATUS` alone). A program that cannot
/// be started is reported as GNU's child reports it (`make: prog: No such file or
/// directory`), with status 127.
pub fn run_command(
    program: &str,
    shell: &str,
    flags: &str,
    cmd: &str,
    (cwd, one_shell): (&str, bool),
) -> Option<(Vec<u8>, i32)> {
    let argv = crate::make::exec::shell_argv(cmd, shell, flags, one_shell)?;
    let mut c = Command::new(&argv[0]);
    c.args(&argv[1..]).current_dir(cwd);
    c.stdin(Stdio::inherit()).stderr(Stdio::inherit());
    crate::make::directory_lines::start();
    crate::stdio::flush_out();
    Some(match c.output() {
        Ok(o) => {
            let code = o.status.code().unwrap_or_else(|| {
                use std::os::unix::process::ExitStatusExt;
                128 + o.status.signal().unwrap_or(0)
            });
            if code == 127 && o.status.code().is_some() {
                // GNU takes status 127 for a failed exec: what the child wrote goes to
                // stderr as its error message and the result is empty.
                let text = o.stdout.split(|&b| b == 0).next().unwrap_or(&[]);
                crate::stdio::err(&String::from_utf8_lossy(text));
                return Some((Vec::new(), 127));
            }
            (o.stdout, code)
        }
        Err(e) => {
            let msg = crate::make::exec::exec_error(&argv[0], &e);
            crate::stdio::err_line(&format!("{program}: {msg}"));
            (Vec::new(), 127)
        }
    })
}

pub fn file(ev: &mut Evaluator, _: &Scope, a: &[String]) -> R {
    if ev.options.sandbox {
        return Ok(String::new());
    }
    // function.c `func_file` skips blanks before the name, never after it.
    let spec = arg(a, 0).trim_start_matches(crate::make::blank::is_space);
    let (op, name) = if let Some(n) = spec.strip_prefix(">>") {
        (">>", n)
    } else if let Some(n) = spec.strip_prefix('>') {
        (">", n)
    } else if let Some(n) = spec.strip_prefix('<') {
        ("<", n)
    } else {
        return Err(ev.error_in_var(Fatal::FileBadOp(spec.to_owned())));
    };
    let name = name.trim_start_matches(crate::make::blank::is_space);
    if name.is_empty() {
        return Err(ev.error_in_var(Fatal::FileMissingName));
    }
    let path = std::path::Path::new(&ev.curdir()).join(name);
    if op == "<" {
        if a.len() > 1 {
            return Err(ev.error_in_var(Fatal::Other("file: too many arguments".into())));
        }
        return Ok(match std::fs::read(&path) {
            Ok(bytes) => {
                let s = String::from_utf8_lossy(&bytes).into_owned();
                s.strip_suffix('\n').map(str::to_owned).unwrap_or(s)
            }
            Err(_) => String::new(),
        });
    }
    crate::make::fs_epoch::bump();
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .append(op == ">>")
        .truncate(op == ">")
        .open(&path)
        .map_err(|e| {
            ev.error(Fatal::FileOpen(
                name.to_owned(),
                crate::make::glob::io_error_text(&e),
            ))
        })?;
    if a.len() > 1 {
        let text = arg(a, 1);
        let mut data = text.to_owned();
        if !data.ends_with('\n') {
            data.push('\n');
        }
        let _ = f.write_all(data.as_bytes());
    }
    Ok(String::new())
}
