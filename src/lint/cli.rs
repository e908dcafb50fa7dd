//! Command-line entry points for `--lint` and `--list`: resolve `--format`, run, write the
//! document to stdout (a broken pipe is not an error), return the exit status (for `--lint`,
//! the linters' convention: see [`super::level`]).

use camino::Utf8Path;

use super::format::{self, Format};
use super::{level, list, makefile};
use crate::adapters::root::Root;
use crate::onboarding::tree::Tree;

/// How `--lint` runs: the tree, `--root`, `--format`, `--deny`, `--node`, and the program
/// name for messages.
#[derive(Clone, Debug)]
pub struct LintOptions<'a> {
    pub dir: &'a Utf8Path,
    pub root: &'a Root,
    pub format: Option<&'a str>,
    pub deny: Option<&'a str>,
    /// `--node`: also run the checks that look at this machine (directories, mounts, routes).
    pub node: bool,
    pub program: &'a str,
}

/// `xmake --lint`: 0 clean, 1 with findings at or above the failing level (`--deny`, default
/// `error`), 2 when the lint could not run (bad option, not an onboarding tree, a broken
/// `.xmake.toml`).
pub fn run_lint(o: &LintOptions<'_>) -> i32 {
    let (dir, program) = (o.dir, o.program);
    let Some(format) =
        parse_format(o.format, Format::NAMES, program).and_then(|name| Format::parse(&name))
    else {
        return level::COULD_NOT_RUN;
    };
    let Some(deny) = level::parse(o.deny) else {
        crate::stdio::err_line(&format!(
            "{program}: unknown --deny '{}': use {}",
            o.deny.unwrap_or_default(),
            quoted(level::NAMES)
        ));
        return level::COULD_NOT_RUN;
    };
    if !directory_exists(dir, program) {
        return level::COULD_NOT_RUN;
    }
    if !looks_like_a_tree(dir) {
        crate::stdio::err_line(&format!(
            "{program}: --lint: {dir} is not an onboarding tree (it has none of {}); nothing was linted",
            TREE_MARKS.join(", ")
        ));
        return level::COULD_NOT_RUN;
    }
    let lint = match super::lint(dir, o.node.then_some(o.root)) {
        Ok(lint) => lint,
        Err(diag) => {
            let fancy = crate::diag::style::color_enabled_stderr();
            let report = crate::diag::Report {
                diagnostics: vec![*diag],
            };
            crate::stdio::err(&crate::diag::render::render_text(&report, fancy));
            crate::stdio::err_line(&format!(
                "{program}: --lint: the lint configuration has an error; nothing was linted"
            ));
            return level::COULD_NOT_RUN;
        }
    };
    let fancy = format == Format::Text && crate::diag::style::color_enabled_stdout();
    crate::diag::render::mask_sources(lint.findings.iter().map(|f| &f.diag));
    let doc = format::render(&lint, format, fancy);
    // Text is cleaned piece by piece (its colours are wanted); other formats have none.
    let doc = if format == Format::Text {
        crate::diag::redact::scrub(&doc)
    } else {
        crate::diag::redact::clean(&doc)
    };
    write_stdout(&doc);
    lint.exit_code(deny)
}

/// Any of these makes a directory an onboarding tree for `--lint` (a tree missing the others
/// is linted, and says what it misses).
const TREE_MARKS: &[&str] = &[
    "conf/env.cfg",
    "version",
    crate::onboarding::tree::XSPOT_DIR,
];

fn looks_like_a_tree(dir: &Utf8Path) -> bool {
    TREE_MARKS
        .iter()
        .any(|mark| std::fs::symlink_metadata(dir.join(mark)).is_ok())
}

/// How `--list` runs: the tree, `--format`, the `-f` makefiles (empty: GNU's default
/// names), whether native targets are on, and the program name for messages.
#[derive(Clone, Debug)]
pub struct ListOptions<'a> {
    pub dir: &'a Utf8Path,
    pub format: Option<&'a str>,
    pub makefiles: &'a [String],
    pub native: bool,
    pub program: &'a str,
}

/// `xmake --list`: 0 when the makefile was read, 2 when there is none or reading failed
/// (GNU make's message on stderr).
pub fn run_list(o: &ListOptions<'_>) -> i32 {
    let (dir, program) = (o.dir, o.program);
    let Some(format) = parse_format(o.format, &["text", "json"], program) else {
        return crate::exit::ERROR;
    };
    if !directory_exists(dir, program) {
        return crate::exit::ERROR;
    }
    let names: Vec<String> = if o.makefiles.is_empty() {
        makefile::find(dir).map(str::to_owned).into_iter().collect()
    } else {
        o.makefiles.to_vec()
    };
    if names.is_empty() {
        crate::stdio::err_line(&format!(
            "{program}: *** No targets specified and no makefile found.  Stop."
        ));
        return crate::exit::ERROR;
    }
    if let Some(missing) = names.iter().find(|n| !dir.join(n).is_file()) {
        crate::stdio::err_line(&format!("{program}: {missing}: No such file or directory"));
        crate::stdio::err_line(&format!(
            "{program}: *** No rule to make target '{missing}'.  Stop."
        ));
        return crate::exit::ERROR;
    }
    let read = makefile::read_all(dir, &names);
    for warning in &read.warnings {
        crate::stdio::err_line(warning);
    }
    if let Some(error) = &read.error {
        crate::stdio::err_line(&error.render(program));
        return crate::exit::ERROR;
    }
    if let Some((include, at)) = read.missing_includes.first() {
        crate::stdio::err_line(&format!("{at}: {include}: No such file or directory"));
        crate::stdio::err_line(&format!(
            "{program}: *** No rule to make target '{include}'.  Stop."
        ));
        return crate::exit::ERROR;
    }
    let in_tree = matches!(Tree::discover(dir), Ok(Some(_)));
    let sources = MakefileTexts::new(dir);
    let native_description =
        |name: &str| crate::onboarding::targets::find(name).map(|n| n.description);
    let comment_description = |t: &makefile::Target| sources.describe(t);
    let entries = list::entries(
        &read.targets,
        in_tree && o.native,
        crate::onboarding::dispatch::is_native,
        &list::Describe {
            native: &native_description,
            comments: &comment_description,
        },
    );
    let text = if format == "json" {
        list::json(&read.name, in_tree, &entries)
    } else {
        list::text(&entries)
    };
    write_stdout(&text);
    crate::exit::SUCCESS
}

/// The makefiles' texts, each read once (bounded) when a target first needs its comment.
struct MakefileTexts<'a> {
    dir: &'a Utf8Path,
    read: std::cell::RefCell<std::collections::HashMap<String, Option<String>>>,
}

impl<'a> MakefileTexts<'a> {
    fn new(dir: &'a Utf8Path) -> Self {
        Self {
            dir,
            read: std::cell::RefCell::default(),
        }
    }

    fn describe(&self, t: &makefile::Target) -> Option<String> {
        let mut read = self.read.borrow_mut();
        let text = read.entry(t.file.clone()).or_insert_with(|| {
            crate::adapters::fs::read_bounded(&self.dir.join(&t.file), MAX_MAKEFILE_BYTES)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned())
        });
        text.as_deref()
            .and_then(|text| super::describe::from_comments(text, t.line))
    }
}

/// The largest makefile whose comments `--list` reads for descriptions.
const MAX_MAKEFILE_BYTES: u64 = 16 << 20;

/// The `--format` value (default `text`), or `None` after saying which ones are accepted.
fn parse_format(format: Option<&str>, accepted: &[&str], program: &str) -> Option<String> {
    let name = format.unwrap_or("text");
    if accepted.contains(&name) {
        return Some(name.to_owned());
    }
    crate::stdio::err_line(&format!(
        "{program}: unknown --format '{name}': use {}",
        quoted(accepted)
    ));
    None
}

/// `'a', 'b', 'c'`.
fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `-C DIR` must name a directory; GNU make's message when it does not.
fn directory_exists(dir: &Utf8Path, program: &str) -> bool {
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => true,
        Ok(_) => {
            crate::stdio::err_line(&format!("{program}: *** {dir}: Not a directory.  Stop."));
            false
        }
        Err(e) => {
            let why = crate::make::glob::io_error_text(&e);
            crate::stdio::err_line(&format!("{program}: *** {dir}: {why}.  Stop."));
            false
        }
    }
}

fn write_stdout(text: &str) {
    crate::stdio::out(text);
}
