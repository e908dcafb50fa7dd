//! The `#| normalise: banner` normalisation (cases using `-d`/`--debug`): GNU make prints its
//! version banner (six lines, with the FSF's copyright) before the trace, xmake its own
//! (four lines saying it is xmake); each whole banner becomes `<BANNER>`, so the trace
//! around it is compared byte for byte.

/// First lines of the two banners.
const GNU_FIRST: &str = "GNU Make 4.3";
const XMAKE_FIRST: &str = "GNU Make 4.3 compatible: xmake ";
/// Last lines of the two banners.
const LAST: &[&str] = &[
    "There is NO WARRANTY, to the extent permitted by law.",
    "not to bug-make@gnu.org.",
];
/// The longest banner, in lines.
const MAX_LINES: usize = 6;

/// Replaces every version banner in `text` by `<BANNER>`.
pub fn normalise(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if l == GNU_FIRST || l.starts_with(XMAKE_FIRST) {
            let end = (i + 1..lines.len().min(i + MAX_LINES)).find(|&j| LAST.contains(&lines[j]));
            if let Some(end) = end {
                out.push("<BANNER>");
                i = end + 1;
                continue;
            }
        }
        out.push(l);
        i += 1;
    }
    out.join("\n")
}

/// Self-checks run as tests of their own: (name, input, expected).
pub const SELF_CHECKS: &[(&str, &str, &str)] = &[
    (
        "normalise/banner-gnu",
        "GNU Make 4.3\nBuilt for x86_64-pc-linux-gnu\nCopyright (C) 1988-2020 Free Software \
         Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later \
         <http://gnu.org/licenses/gpl.html>\nThis is free software: you are free to change \
         and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\
         Reading makefiles...\n",
        "<BANNER>\nReading makefiles...\n",
    ),
    (
        "normalise/banner-xmake",
        "x\nGNU Make 4.3 compatible: xmake 0.1.0\nBuilt for x86_64-pc-linux-gnu\nxmake is a \
         reimplementation, not GNU make; report xmake bugs to the xmake project,\nnot to \
         bug-make@gnu.org.\nReading makefiles...",
        "x\n<BANNER>\nReading makefiles...",
    ),
    (
        "normalise/banner-not-a-banner",
        "GNU Make 4.3\nsomething else\n",
        "GNU Make 4.3\nsomething else\n",
    ),
];
