//! The differential harness: every case under `compat/cases/` runs once under the system's GNU
//! make and once under xmake, each in a fresh temporary directory, and the two runs must agree
//! on stdout, stderr, exit status and the files left behind. See `compat/README.md` for the
//! case format and the normalisations.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

#[path = "compat/banner.rs"]
mod banner;
#[path = "compat/database.rs"]
mod database;

const TIMEOUT: Duration = Duration::from_secs(30);

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("compat/cases");
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    cases.sort();
    let banner_checks = banner::SELF_CHECKS
        .iter()
        .map(|&(name, input, want)| (name, input, want, banner::normalise as fn(&str) -> String));
    let database_checks = database::SELF_CHECKS
        .iter()
        .map(|&(name, input, want)| (name, input, want, database::normalise as fn(&str) -> String));
    let checks = banner_checks
        .chain(database_checks)
        .map(|(name, input, want, normalise)| {
            Trial::test(name, move || {
                let got = normalise(input);
                if got == want {
                    Ok(())
                } else {
                    Err(format!("--- want\n{want}\n--- got\n{got}").into())
                }
            })
        });
    let trials = cases
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            Trial::test(name, move || run_case(&path))
        })
        .chain(checks)
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("mk" | "sh")) {
            out.push(path);
        }
    }
}

/// The `#| key: value` directives at the top of a case.
#[derive(Default)]
struct Directives {
    args: Vec<String>,
    env: Vec<(String, String)>,
    setup: Vec<String>,
    known_difference: Option<String>,
    /// `#| normalise: database`: stdout holds `-p` dumps (see `database.rs`).
    database: bool,
    /// `#| normalise: banner`: stdout holds version banners (`--debug`; see `banner.rs`).
    banner: bool,
}

fn parse_directives(text: &str) -> Directives {
    let mut d = Directives::default();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("#| ") else {
            continue;
        };
        let Some((key, value)) = rest.split_once(':') else {
            continue;
        };
        let value = value.trim().to_owned();
        match key.trim() {
            "args" => d.args = split_words(&value),
            "env" => {
                if let Some((k, v)) = value.split_once('=') {
                    d.env.push((k.to_owned(), v.to_owned()));
                }
            }
            "setup" => d.setup.push(value),
            "known-difference" => d.known_difference = Some(value),
            "normalise" if value == "database" => d.database = true,
            "normalise" if value == "banner" => d.banner = true,
            _ => {}
        }
    }
    d
}

/// Splits on blanks, honouring single and double quotes (enough for case arguments).
fn split_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut has = false;
    let mut quote = None;
    for c in s.chars() {
        match (quote, c) {
            (None, '\'' | '"') => {
                quote = Some(c);
                has = true;
            }
            (Some(q), c) if c == q => quote = None,
            (None, c) if c.is_whitespace() => {
                if has {
                    words.push(std::mem::take(&mut cur));
                    has = false;
                }
            }
            (_, c) => {
                cur.push(c);
                has = true;
            }
        }
    }
    if has {
        words.push(cur);
    }
    words
}

/// What one implementation did with a case.
#[derive(PartialEq, Debug)]
struct Outcome {
    status: Option<i32>,
    stdout: String,
    stderr: String,
    files: BTreeMap<String, String>,
}

fn run_case(case: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(case).map_err(|e| format!("{}: {e}", case.display()))?;
    let directives = parse_directives(&text);
    let gnu = run_with(case, &text, &directives, Path::new("/usr/bin/make"))?;
    let ours = run_with(
        case,
        &text,
        &directives,
        Path::new(env!("CARGO_BIN_EXE_xmake")),
    )?;
    let same = gnu == ours;
    match (&directives.known_difference, same) {
        (None, true) => Ok(()),
        (Some(reason), false) => {
            eprintln!("known difference: {reason}");
            Ok(())
        }
        (Some(_), true) => Err(
            "marked as a known difference but now matches GNU make: remove the marker \
             and its entry in docs/compatibility.md"
                .into(),
        ),
        (None, false) => Err(describe_difference(&gnu, &ours).into()),
    }
}

fn describe_difference(gnu: &Outcome, ours: &Outcome) -> String {
    let mut out = String::new();
    if gnu.status != ours.status {
        out += &format!(
            "exit status: GNU make {:?}, xmake {:?}\n",
            gnu.status, ours.status
        );
    }
    for (what, g, o) in [
        ("stdout", &gnu.stdout, &ours.stdout),
        ("stderr", &gnu.stderr, &ours.stderr),
    ] {
        if g != o {
            out += &format!("{what} differs:\n--- GNU make\n{g}\n--- xmake\n{o}\n");
        }
    }
    if gnu.files != ours.files {
        out += &format!(
            "files differ:\n--- GNU make\n{:#?}\n--- xmake\n{:#?}\n",
            gnu.files, ours.files
        );
    }
    out
}

/// Runs `program` on the case in a fresh directory, with `make` on PATH meaning `program`, so
/// both implementations print the same program name (`make:`) and `$(MAKE)` is `make`.
fn run_with(case: &Path, text: &str, d: &Directives, program: &Path) -> Result<Outcome, String> {
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let bin = tmp.path().join("bin");
    let work = tmp.path().join("work");
    std::fs::create_dir_all(&bin).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    std::os::unix::fs::symlink(program, bin.join("make")).map_err(|e| e.to_string())?;
    let path_var = format!("{}:/usr/local/bin:/usr/bin:/bin", bin.display());
    let base_env = |cmd: &mut Command| {
        cmd.env_clear()
            .current_dir(&work)
            .env("PATH", &path_var)
            .env("HOME", tmp.path())
            .env("LC_ALL", "C")
            .env("TZ", "UTC")
            .envs(d.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null());
    };
    for setup in &d.setup {
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c").arg(setup);
        base_env(&mut cmd);
        let status = cmd.status().map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("setup `{setup}` failed"));
        }
    }
    let mut cmd;
    if case.extension().is_some_and(|e| e == "sh") {
        cmd = Command::new("/bin/bash");
        cmd.arg(case);
    } else {
        std::fs::write(work.join("Makefile"), text).map_err(|e| e.to_string())?;
        cmd = Command::new("make");
        cmd.args(&d.args);
    }
    base_env(&mut cmd);
    cmd.env("PATH", &path_var);
    let outcome = run_with_timeout(cmd)?;
    let normalise = |s: &[u8]| {
        String::from_utf8_lossy(s)
            .replace(&work.display().to_string(), "<WORK>")
            .replace(&tmp.path().display().to_string(), "<TMP>")
    };
    let mut stdout = normalise(&outcome.stdout);
    if d.database {
        stdout = database::normalise(&stdout);
    }
    if d.banner {
        stdout = banner::normalise(&stdout);
    }
    Ok(Outcome {
        status: outcome.status.code(),
        stdout,
        stderr: normalise(&outcome.stderr),
        files: snapshot(&work, &work),
    })
}

fn run_with_timeout(mut cmd: Command) -> Result<std::process::Output, String> {
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => return child.wait_with_output().map_err(|e| e.to_string()),
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                return Err(format!("timed out after {TIMEOUT:?}"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    }
}

/// Every file under `dir`, relative path to content (lossy), directories as `<dir>`.
fn snapshot(base: &Path, dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let rel = path
            .strip_prefix(base)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        if path.is_symlink() {
            let target = std::fs::read_link(&path).unwrap_or_default();
            files.insert(rel, format!("<link {}>", target.display()));
        } else if path.is_dir() {
            files.insert(rel, "<dir>".to_owned());
            files.extend(snapshot(base, &path));
        } else {
            let bytes = std::fs::read(&path).unwrap_or_default();
            files.insert(rel, String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    files
}
