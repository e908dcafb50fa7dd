//! The `#| normalise: database` normalisation: what is left of a `-p` data-base dump once the
//! parts that cannot agree between two implementations are taken out.
//!
//! GNU make prints its variables and files in the order of its own hash tables, with the
//! tables' statistics, its directory cache's device and inode numbers, file times and dates.
//! For each dump in the output (a dump runs from the `# GNU Make` banner to the `# Finished
//! Make data base` line; recursive makes print several):
//! - the version banner is dropped and the two dates become `<DATE>`;
//! - hash-table and string-cache statistics are dropped (or GNU's `# No strcache buffers`
//!   when it read no makefile);
//! - the body of `# Directories` is dropped;
//! - `#  Last modified <time>` becomes `#  Last modified <TIME>`;
//! - in `# Files`, the `.RECIPEPREFIX = X` lines are dropped: GNU prints one wherever the
//!   prefix differs from the block printed before, in hash order (the recipe lines still
//!   show their prefix);
//! - the entries of `# Variables` and the blocks of `# Files` are sorted, and so are runs of
//!   (origin comment, variable) pairs inside a file's or a pattern's block.
//!
//! Everything else, blank lines included, is compared as printed.

const BANNER: &str = "# GNU Make ";
const STARTED: &str = "# Make data base, printed on ";
const FINISHED: &str = "# Finished Make data base on ";
const MODIFIED: &str = "#  Last modified ";

/// The sections whose headers split a dump.
const SECTIONS: &[&str] = &[
    "# Variables",
    "# Pattern-specific Variable Values",
    "# Directories",
    "# Implicit Rules",
    "# Files",
    "# VPATH Search Paths",
];

/// How GNU make names a variable's origin in the comment line above it.
const ORIGINS: &[&str] = &[
    "automatic",
    "default",
    "environment",
    "makefile",
    "environment under -e",
    "command line",
    "'override' directive",
];

/// Normalises every dump in `text`; lines outside dumps are kept as they are.
pub fn normalise(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        if !line.starts_with(BANNER) {
            out.push(line.to_owned());
            continue;
        }
        // Skip the banner up to the "printed on" line, then take the dump up to its end.
        let mut dump = Vec::new();
        for l in lines.by_ref() {
            if l.starts_with(STARTED) {
                dump.push(l);
                break;
            }
        }
        for l in lines.by_ref() {
            dump.push(l);
            if l.starts_with(FINISHED) {
                break;
            }
        }
        out.extend(normalise_dump(&dump));
    }
    out.join("\n")
}

fn normalise_dump(dump: &[&str]) -> Vec<String> {
    let kept = drop_statistics(dump);
    let mut out = Vec::new();
    let mut section: Option<&str> = None;
    let mut body: Vec<String> = Vec::new();
    for line in kept {
        let header = SECTIONS.iter().find(|s| **s == line).copied();
        if header.is_some() || line.starts_with(FINISHED) {
            out.extend(finish_section(section, std::mem::take(&mut body)));
            section = header;
            out.push(dated(&line));
        } else if section.is_some() {
            body.push(line);
        } else {
            out.push(dated(&line));
        }
    }
    out.extend(finish_section(section, body));
    out
}

/// Drops the statistics lines, and the string-cache block before the `Finished` line.
fn drop_statistics(dump: &[&str]) -> Vec<String> {
    let mut kept = Vec::new();
    let mut in_strcache = false;
    for line in dump {
        if line.starts_with("# strcache buffers:") || *line == "# No strcache buffers" {
            in_strcache = true;
        }
        if line.starts_with(FINISHED) {
            in_strcache = false;
        }
        let stats = line.ends_with("hash-table stats:") || line.starts_with("# Load=");
        if !in_strcache && !stats {
            kept.push((*line).to_owned());
        }
    }
    kept
}

fn dated(line: &str) -> String {
    for prefix in [STARTED, FINISHED] {
        if line.starts_with(prefix) {
            return format!("{prefix}<DATE>");
        }
    }
    line.to_owned()
}

fn finish_section(section: Option<&str>, body: Vec<String>) -> Vec<String> {
    match section {
        Some("# Variables") => sort_variables(body),
        Some("# Directories") => Vec::new(),
        Some("# Files") => sort_blocks(body),
        Some(_) => sort_pairs(body),
        None => body,
    }
}

fn is_origin(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("# ") else {
        return false;
    };
    let rest = rest.split(" (from '").next().unwrap_or(rest);
    let rest = rest.strip_suffix(" private").unwrap_or(rest);
    ORIGINS.contains(&rest)
}

/// The Variables section: each entry is an origin comment and the lines up to the next one.
fn sort_variables(body: Vec<String>) -> Vec<String> {
    let mut head = Vec::new();
    let mut entries: Vec<Vec<String>> = Vec::new();
    let mut tail = Vec::new();
    for line in body {
        if is_origin(&line) {
            entries.push(vec![line]);
        } else if let Some(last) = entries.last_mut() {
            last.push(line);
        } else {
            head.push(line);
        }
    }
    // Blank lines after the last entry close the section; keep them after the sort.
    if let Some(last) = entries.last_mut() {
        while last.len() > 1 && last.last().is_some_and(String::is_empty) {
            tail.push(last.pop().unwrap_or_default());
        }
    }
    entries.sort();
    head.into_iter()
        .chain(entries.into_iter().flatten())
        .chain(tail)
        .collect()
}

/// The Files section: blocks separated by blank lines, each normalised, then sorted.
fn sort_blocks(body: Vec<String>) -> Vec<String> {
    let mut groups: Vec<Vec<String>> = vec![Vec::new()];
    for line in body {
        if line.is_empty() {
            groups.push(Vec::new());
        } else if let Some(g) = groups.last_mut() {
            g.push(line);
        }
    }
    let first = groups.remove(0);
    let empties = groups.iter().filter(|g| g.is_empty()).count();
    let mut blocks: Vec<Vec<String>> = groups
        .into_iter()
        .map(|g| {
            g.into_iter()
                .filter(|l| !l.starts_with(".RECIPEPREFIX = "))
                .collect::<Vec<_>>()
        })
        .filter(|g| !g.is_empty())
        .map(sort_pairs)
        .collect();
    blocks.sort();
    let mut out = first;
    for b in blocks {
        out.push(String::new());
        out.extend(b);
    }
    out.extend(std::iter::repeat_n(String::new(), empties));
    out
}

/// Sorts each run of consecutive (origin comment, variable line) pairs; modification times
/// become `<TIME>`.
fn sort_pairs(lines: Vec<String>) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<(String, String)> = Vec::new();
    let mut it = lines.into_iter().peekable();
    while let Some(line) = it.next() {
        if is_origin(&line) {
            if let Some(next) = it.next() {
                run.push((line, next));
                continue;
            }
        }
        flush_run(&mut run, &mut out);
        if line.starts_with(MODIFIED) {
            out.push(format!("{MODIFIED}<TIME>"));
        } else {
            out.push(line);
        }
    }
    flush_run(&mut run, &mut out);
    out
}

fn flush_run(run: &mut Vec<(String, String)>, out: &mut Vec<String>) {
    run.sort();
    for (a, b) in run.drain(..) {
        out.push(a);
        out.push(b);
    }
}

/// Checks of the normalisation itself, run as trials beside the cases (the harness has no
/// `#[test]` runner): (name, input, expected).
pub const SELF_CHECKS: &[(&str, &str, &str)] = &[
    (
        "normalise/database-variables",
        "x\n\n# GNU Make 4.3\n# Built\n\n# Make data base, printed on Mon\n\n# Variables\n\n\
         # makefile\nB = 2\n# default\nA = 1\n# variable set hash-table stats:\n\
         # Load=1/2=50%\n\n# Finished Make data base on Mon\ny",
        "x\n\n# Make data base, printed on <DATE>\n\n# Variables\n\n# default\nA = 1\n\
         # makefile\nB = 2\n\n# Finished Make data base on <DATE>\ny",
    ),
    (
        "normalise/database-files",
        "# GNU Make 4.3\n\n# Make data base, printed on D\n# Directories\n\n# . (device 1)\n\
         # Implicit Rules\n# Files\n\nb:\n#  Last modified 2026-01-01 00:00:00.1\n\
         # automatic\n# @ := b\n# automatic\n# < := a\n\n# Not a target:\na:\n\n\
         # VPATH Search Paths\n# strcache buffers: 1\n\n# hash-table stats:\n\
         # Finished Make data base on D",
        "# Make data base, printed on <DATE>\n# Directories\n# Implicit Rules\n# Files\n\n\
         # Not a target:\na:\n\nb:\n#  Last modified <TIME>\n# automatic\n# < := a\n\
         # automatic\n# @ := b\n\n# VPATH Search Paths\n# Finished Make data base on <DATE>",
    ),
    (
        "normalise/database-no-strcache",
        "# GNU Make 4.3\n\n# Make data base, printed on D\n# VPATH Search Paths\n\n\
         # No general ('VPATH' variable) search path.\n\n# No strcache buffers\n\n\
         # Finished Make data base on D",
        "# Make data base, printed on <DATE>\n# VPATH Search Paths\n\n\
         # No general ('VPATH' variable) search path.\n\n# Finished Make data base on <DATE>",
    ),
];
