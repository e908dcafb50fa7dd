//! Archive members (GNU make manual 11, "Using make to Update Archive Files"): the
//! `lib.a(member.o)` name form and the modification time of a member, read from the `ar`
//! archive itself (GNU's arscan.c; parsed by hand, the format is simple).

use std::time::{Duration, SystemTime};

/// Splits `lib.a(m.o)` into `("lib.a", "m.o")`; `None` for a name that is not a member
/// reference (GNU's `ar_name`: a `(` not at the start, and a `)` at the end).
pub fn split_member(name: &str) -> Option<(&str, &str)> {
    let open = name.find('(')?;
    if open == 0 || !name.ends_with(')') || name.len() < open + 3 {
        return None;
    }
    Some((&name[..open], &name[open + 1..name.len() - 1]))
}

/// Spreads GNU's grouped member form over the words: `lib.a(a.o` `b.o)` (from
/// `lib.a(a.o b.o)`) become `lib.a(a.o)` `lib.a(b.o)`. An unclosed group is left as it was.
pub fn spread_members(words: Vec<String>) -> Vec<String> {
    if !words.iter().any(|w| w.contains('(')) {
        return words;
    }
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let open = w.find('(').filter(|&o| o > 0 && !w[o..].contains(')'));
        let close = open.and_then(|_| (i + 1..words.len()).find(|&j| words[j].ends_with(')')));
        let (Some(o), Some(end)) = (open, close) else {
            out.push(w.clone());
            i += 1;
            continue;
        };
        let archive = &w[..o];
        let first = std::iter::once(&w[o + 1..]);
        let rest = words[i + 1..=end].iter().map(String::as_str);
        for m in first.chain(rest) {
            let m = m.strip_suffix(')').unwrap_or(m);
            if !m.is_empty() {
                out.push(format!("{archive}({m})"));
            }
        }
        i = end + 1;
    }
    out
}

/// The time recorded for `member` in the archive at `archive`; `None` when the archive
/// cannot be read, is not an `ar` archive, or has no such member.
pub fn member_mtime(archive: &std::path::Path, member: &str) -> Option<SystemTime> {
    let data = std::fs::read(archive).ok()?;
    // GNU's ar_member_date: a date of 0 (deterministic `ar`, the default here) counts as
    // missing, so such members are always remade.
    let secs = member_date(&data, member).filter(|&s| s > 0)?;
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
}

/// Scans `data` (a whole archive) for `member`; archives store base names only.
fn member_date(data: &[u8], member: &str) -> Option<u64> {
    let want = member.rsplit('/').next().unwrap_or(member);
    members(data)
        .into_iter()
        .find(|(n, _)| n == want)
        .map(|(_, d)| d)
}

/// `archive(pattern)` with wildcards in `pattern`: the archive's members that match, in
/// GNU's order (`ar_glob` sorts them), each as `archive(member)`. Empty when the archive
/// cannot be read or nothing matches (the word then stays as written).
pub fn glob_members(word: &str) -> Vec<String> {
    let Some((archive, pattern)) = split_member(word) else {
        return Vec::new();
    };
    if !crate::make::glob::is_magic(pattern) {
        return Vec::new();
    }
    let Ok(data) = std::fs::read(archive) else {
        return Vec::new();
    };
    let mut names: Vec<String> = members(&data)
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| crate::make::glob::matches(pattern, n))
        .collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|m| format!("{archive}({m})"))
        .collect()
}

/// The members of an `ar` archive (GNU and BSD long names) with their dates, in order;
/// empty for data that is not an archive.
fn members(data: &[u8]) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let Some(mut pos) = data.strip_prefix(b"!<arch>\n").map(|_| 8) else {
        return out;
    };
    let mut long_names: &[u8] = &[];
    while pos + 60 <= data.len() {
        let h = &data[pos..pos + 60];
        let Ok(size) = field(&h[48..58]).parse::<usize>() else {
            break;
        };
        let body_start = pos + 60;
        let Some(body) = data.get(body_start..body_start + size) else {
            break;
        };
        let raw = field(&h[0..16]);
        let date = field(&h[16..28]).parse::<u64>().unwrap_or(0);
        let name: Option<String> = if raw == "//" {
            long_names = body;
            None
        } else if raw == "/" || raw == "/SYM64/" || raw.starts_with("__.SYMDEF") {
            None
        } else if let Some(off) = raw.strip_prefix('/') {
            // GNU long name: an offset into the `//` table, ended by "/\n".
            off.parse::<usize>()
                .ok()
                .and_then(|off| long_names.get(off..))
                .map(|rest| {
                    let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
                    let n = String::from_utf8_lossy(&rest[..end]).into_owned();
                    n.trim_end_matches('/').to_owned()
                })
        } else if let Some(len) = raw.strip_prefix("#1/") {
            // BSD long name: stored at the start of the body.
            len.parse::<usize>()
                .ok()
                .and_then(|len| body.get(..len))
                .map(|n| String::from_utf8_lossy(n).trim_end_matches('\0').to_owned())
        } else {
            Some(raw.trim_end_matches('/').to_owned())
        };
        if let Some(n) = name {
            out.push((n, date));
        }
        pos = body_start + size + (size & 1);
    }
    out
}

fn field(b: &[u8]) -> &str {
    std::str::from_utf8(b).unwrap_or("").trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_member_names() {
        assert_eq!(split_member("lib.a(m.o)"), Some(("lib.a", "m.o")));
        assert_eq!(split_member("lib.a(sub/m.o)"), Some(("lib.a", "sub/m.o")));
        assert_eq!(split_member("(m.o)"), None);
        assert_eq!(split_member("lib.a()"), None);
        assert_eq!(split_member("plain.o"), None);
    }

    #[test]
    fn spreads_grouped_members() {
        let v = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(
            spread_members(v("x lib.a(a.o b.o) y")),
            v("x lib.a(a.o) lib.a(b.o) y")
        );
        assert_eq!(spread_members(v("lib.a( a.o )")), v("lib.a(a.o)"));
        assert_eq!(spread_members(v("lib.a(a.o) z")), v("lib.a(a.o) z"));
        assert_eq!(spread_members(v("lib.a(a.o b.o")), v("lib.a(a.o b.o"));
    }

    #[test]
    fn reads_member_dates_from_a_real_archive() {
        let dir = tempfile::tempdir().unwrap();
        let obj = dir.path().join("m.o");
        std::fs::write(&obj, "x").unwrap();
        let lib = dir.path().join("lib.a");
        let ok = std::process::Command::new("ar")
            .arg("rU")
            .arg(&lib)
            .arg(&obj)
            .current_dir(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !ok {
            return; // no `ar` on this machine
        }
        let want = std::fs::metadata(&obj).unwrap().modified().unwrap();
        let got = member_mtime(&lib, "m.o").unwrap();
        let secs = |t: SystemTime| t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs();
        assert_eq!(secs(got), secs(want));
        assert_eq!(member_mtime(&lib, "sub/m.o"), Some(got));
        assert_eq!(member_mtime(&lib, "other.o"), None);
    }

    #[test]
    fn hand_made_archive_with_long_names() {
        let mut a = b"!<arch>\n".to_vec();
        let header = |name: &str, date: u64, size: usize| {
            format!(
                "{name:<16}{date:<12}{:<6}{:<6}{:<8}{size:<10}`\n",
                0, 0, 644
            )
        };
        let table = b"a_very_long_member_name.o/\n";
        a.extend(header("//", 0, table.len()).as_bytes());
        a.extend(table);
        a.push(b'\n'); // pad to even
        a.extend(header("/0", 1234, 1).as_bytes());
        a.extend(b"x\n");
        a.extend(header("s.o/", 99, 2).as_bytes());
        a.extend(b"yy");
        assert_eq!(member_date(&a, "a_very_long_member_name.o"), Some(1234));
        assert_eq!(member_date(&a, "s.o"), Some(99));
        assert_eq!(member_date(&a, "t.o"), None);
        assert_eq!(member_date(b"not an archive", "s.o"), None);
    }
}
