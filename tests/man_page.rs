//! The option table (`xmake::cli::options`), the parser and the docs cannot drift: `xmake
//! --man` lists every option of the table in a heading of its own (and groff reads the page
//! without a warning), and every option GNU make 4.3 accepts, short or long, is in the table
//! and accepted by xmake (GNU make on this machine is the oracle).

mod support;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use xmake::cli::options::{self, Group, OPTIONS};

const GNU_MAKE: &str = "/usr/bin/make";

fn run(program: &Path, args: &[&str], dir: &Path) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(dir)
        .env_remove("MAKEFLAGS")
        .env_remove("MAKELEVEL")
        .env_remove("XMAKE_LOG")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .output()
        .expect("run")
}

fn xmake() -> &'static Path {
    Path::new(support::run::exe())
}

fn man_page() -> String {
    let out = run(xmake(), &["--man"], Path::new("."));
    assert_eq!(out.status.code(), Some(0));
    String::from_utf8(out.stdout).expect("UTF-8 page")
}

/// `-C` and `--directory` as roff writes them in a heading: `\fB\-C\fR`, `\fB\-\-directory\fR`.
fn roff(spelling: &str) -> String {
    format!("\\fB{}\\fR", spelling.replace('-', "\\-"))
}

#[test]
fn the_man_page_lists_every_option_of_the_table() {
    let page = man_page();
    assert!(
        page.starts_with(".TH XMAKE 1"),
        "{}",
        &page[..40.min(page.len())]
    );
    let headings: Vec<&str> = page
        .lines()
        .zip(page.lines().skip(1))
        .filter(|(tp, _)| *tp == ".TP")
        .map(|(_, heading)| heading)
        .collect();
    for opt in OPTIONS {
        let spellings: Vec<String> = opt.spellings().collect();
        let heading = headings
            .iter()
            .find(|h| h.contains(&roff(&spellings[0])))
            .unwrap_or_else(|| panic!("no heading for {}", spellings[0]));
        for s in &spellings {
            assert!(heading.contains(&roff(s)), "{s} missing from `{heading}`");
        }
        let first_words: String = opt
            .help
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            page.contains(&first_words.replace('-', "\\-")),
            "help of {} missing",
            spellings[0]
        );
    }
    assert_eq!(
        headings.len(),
        OPTIONS.len() + 4,
        "one heading an option, and 4 variables"
    );
}

#[test]
fn groff_reads_the_man_page_without_warnings() {
    if !Path::new("/usr/bin/groff").is_file() {
        eprintln!("groff is not installed: the page's listing is checked by the other test");
        return;
    }
    let scratch = tempfile::tempdir().expect("temporary directory");
    let file = scratch.path().join("xmake.1");
    std::fs::write(&file, man_page()).expect("write");
    let out = Command::new("/usr/bin/groff")
        .args(["-man", "-ww", "-Tascii", "-P", "-cbou"])
        .arg(&file)
        .output()
        .expect("run groff");
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("--complete-targets") && text.contains("-C DIRECTORY"),
        "{text}"
    );
}

/// Whether `program` rejects `-c` as an unknown option.
fn rejects_short(program: &Path, c: char, dir: &Path) -> bool {
    let flag = format!("-{c}");
    let out = run(program, &[&flag, "-f", "/dev/null"], dir);
    String::from_utf8_lossy(&out.stderr).contains("invalid option")
}

#[test]
fn every_short_option_gnu_make_takes_is_in_the_table_and_taken() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let letters = ('a'..='z').chain('A'..='Z').chain('0'..='9');
    for c in letters {
        let gnu = !rejects_short(Path::new(GNU_MAKE), c, dir.path());
        let ours = !rejects_short(xmake(), c, dir.path());
        let table = options::short(c).is_some();
        assert_eq!(
            gnu, table,
            "-{c}: GNU make takes it: {gnu}, in the table: {table}"
        );
        assert_eq!(gnu, ours, "-{c}: GNU make takes it: {gnu}, xmake: {ours}");
    }
}

#[test]
fn every_long_option_in_gnu_makes_help_is_in_the_table_and_taken() {
    let dir = tempfile::tempdir().expect("temporary directory");
    let help = run(Path::new(GNU_MAKE), &["--help"], dir.path());
    let help = String::from_utf8_lossy(&help.stdout);
    let gnu: BTreeSet<String> = help
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter_map(|w| w.strip_prefix("--"))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    assert!(gnu.len() > 30, "GNU make's --help lists {gnu:?}");
    let table: BTreeSet<String> = OPTIONS
        .iter()
        .filter(|o| o.group == Group::Gnu)
        .flat_map(|o| o.longs.iter().map(|l| (*l).to_owned()))
        .collect();
    assert_eq!(
        gnu, table,
        "GNU make's --help and the table's GNU options differ"
    );
    // And every long option of the table, GNU's and xmake's, is taken by the parser: none
    // gives getopt's "unrecognized option".
    for opt in OPTIONS {
        for long in opt.longs {
            let arg = format!("--{long}");
            let out = run(xmake(), &["-n", "-f", "/dev/null", &arg, "x"], dir.path());
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!err.contains("unrecognized option"), "{arg}: {err}");
        }
    }
}
