//! GNU make's messages from the engine, worded byte for byte as GNU make 4.3 prints them.
//! `p` is the program prefix (`make` or `make[1]`).

use crate::make::rule::Location;

/// Writes one line to stdout and flushes (so it is ordered with children's output).
pub fn out(line: &str) {
    crate::make::directory_lines::start();
    crate::stdio::out(&format!("{line}\n"));
}

/// Writes one line to stderr, flushing stdout first.
pub fn err(line: &str) {
    crate::make::directory_lines::start();
    crate::stdio::err_line(line);
}

/// `make: Nothing to be done for 'x'.` / `make: 'x' is up to date.`
pub fn nothing_to_be_done(p: &str, name: &str, has_recipe: bool) -> String {
    if has_recipe {
        format!("{p}: '{name}' is up to date.")
    } else {
        format!("{p}: Nothing to be done for '{name}'.")
    }
}

/// `make: *** No rule to make target 'x', needed by 'y'.  Stop.` (no `Stop` under `-k`).
pub fn no_rule(p: &str, name: &str, parent: Option<&str>, keep_going: bool) -> String {
    let needed = parent.map_or(String::new(), |q| format!(", needed by '{q}'"));
    let stop = if keep_going { "" } else { "  Stop." };
    format!("{p}: *** No rule to make target '{name}'{needed}.{stop}")
}

/// `make: *** [Makefile:4: x] Error 1` / `make: [Makefile:4: x] Error 1 (ignored)`.
pub fn recipe_failed(
    p: &str,
    loc: Option<&Location>,
    target: &str,
    what: &str,
    ignored: bool,
) -> String {
    let place = loc.map_or(target.to_owned(), |l| format!("{l}: {target}"));
    if ignored {
        format!("{p}: [{place}] {what} (ignored)")
    } else {
        format!("{p}: *** [{place}] {what}")
    }
}

/// `make: Target 'all' not remade because of errors.`
pub fn not_remade(p: &str, name: &str) -> String {
    format!("{p}: Target '{name}' not remade because of errors.")
}

/// `make: Circular a <- b dependency dropped.`
pub fn circular(p: &str, from: &str, to: &str) -> String {
    format!("{p}: Circular {from} <- {to} dependency dropped.")
}

/// `make: *** Deleting file 'x'`
pub fn deleting(p: &str, name: &str) -> String {
    format!("{p}: *** Deleting file '{name}'")
}

/// `make: *** Waiting for unfinished jobs....`
pub fn waiting(p: &str) -> String {
    format!("{p}: *** Waiting for unfinished jobs....")
}

/// The text GNU uses for a child's wait status: `Error 2`, `Terminated`, `Killed`,
/// `Segmentation fault (core dumped)`.
pub fn describe_status(status: i32) -> String {
    if libc::WIFSIGNALED(status) {
        let sig = libc::WTERMSIG(status);
        let core = if libc::WCOREDUMP(status) {
            " (core dumped)"
        } else {
            ""
        };
        format!("{}{core}", signal_name(sig))
    } else {
        format!("Error {}", libc::WEXITSTATUS(status))
    }
}

/// `strsignal` text for a signal number.
pub fn signal_name(sig: i32) -> String {
    // SAFETY: strsignal returns a pointer to a static (or thread-local) string.
    let p = unsafe { libc::strsignal(sig) };
    if p.is_null() {
        return format!("Signal {sig}");
    }
    // SAFETY: non-null C string from strsignal.
    unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned()
}
