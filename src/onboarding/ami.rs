//! `xmake --set-ami ID`: the worker AMI (step 5 of the upgrade procedure) written into the
//! tree's config.toml as `ami = "ID"`. Only the value's bytes change: toml_edit finds the
//! value's span and the new string replaces exactly that span, so every comment, blank and
//! key order stays as the admin left it (a file without `ami` gets one line added at the end
//! of its top-level keys). The id is checked first (`ami-` and 8 or 17 lowercase hex digits);
//! an invalid one is a diagnostic, exit 2, and the file is not touched. The same value again
//! says so and changes nothing; `-n` shows the diff and changes nothing; `-q` answers 0 (set)
//! or 1 (would change). The write is atomic (temporary sibling, `fsync`, rename) and keeps the
//! file's mode; a config.toml that is a symlink, or in a folder whose real path leaves the
//! tree, is refused (as `sync-config` refuses it), under the tree's lock.

use std::sync::Arc;

use camino::{Utf8Path, Utf8PathBuf};

use super::diff;
use super::dispatch::Format;
use super::mode::RunMode;
use super::tree::Tree;
use crate::adapters::lock::Lock;
use crate::adapters::{fs as safe, nofollow, realpath, state};
use crate::diag::{render, Diagnostic, Report};
use crate::source::{Source, Span};
use crate::tomlcfg::locate;

/// config.toml larger than this is refused before it is read.
const MAX_BYTES: u64 = 1 << 20;

/// What `--set-ami` found or did.
#[derive(Debug, PartialEq, Eq)]
pub enum Done {
    AlreadySet,
    /// Changed (or, in a read-only mode, would change), with the unified diff.
    Changed {
        diff: String,
    },
}

/// Why `--set-ami` stopped; nothing was changed.
#[derive(Debug)]
pub enum Refused {
    /// A bad id or an unreadable file: diagnostics to render.
    Input(Report),
    /// Anything else, one line.
    Other(String),
}

/// Whether `id` is an AMI id: `ami-` then 8 or 17 lowercase hex digits.
pub fn valid_id(id: &str) -> bool {
    id.strip_prefix("ami-").is_some_and(|hex| {
        (hex.len() == 8 || hex.len() == 17)
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

fn invalid_id(id: &str) -> Report {
    let source = Arc::new(Source::new("--set-ami", id.to_owned()));
    let d = Diagnostic::error("ami::invalid-id", format!("`{id}` is not an AMI id"))
        .at(&source, Span::new(0, id.len()), "expected `ami-` and 8 or 17 hex digits")
        .with_help("copy the id of the worker image (e.g. ami-0a1b2c3d4e5f60718) from the AWS console; config.toml was not changed");
    let mut report = Report::default();
    report.push(d);
    report
}

/// The new text of `text` with `ami` set to `id`; `None` when it already is.
pub fn edit(name: &str, text: &str, id: &str) -> Result<Option<String>, Report> {
    let doc = toml_edit::ImDocument::parse(text).map_err(|e| {
        let source = Arc::new(Source::new(name, text.to_owned()));
        let span = e.span().unwrap_or(0..0);
        let d = Diagnostic::error(
            "ami::toml",
            format!("{name} is not valid TOML: {}", e.message()),
        )
        .at(
            &source,
            Span::new(span.start, span.end.max(span.start)),
            "here",
        )
        .with_help("fix the file first; it was not changed");
        let mut report = Report::default();
        report.push(d);
        report
    })?;
    let quoted = toml_edit::Value::from(id).to_string();
    let quoted = quoted.trim();
    let new = match doc.as_table().get("ami") {
        Some(item) => {
            let value = item
                .as_value()
                .filter(|v| v.is_str())
                .ok_or_else(|| other_report(name, "`ami` is not a string; fix it by hand first"))?;
            if value.as_str() == Some(id) {
                return Ok(None);
            }
            let span = value
                .span()
                .ok_or_else(|| other_report(name, "cannot find where `ami` is written"))?;
            format!("{}{quoted}{}", &text[..span.start], &text[span.end..])
        }
        None => insert(text, &doc, quoted),
    };
    // The result must read back with the new id (and nothing else is touched by construction).
    let back = toml_edit::ImDocument::parse(new.as_str())
        .ok()
        .and_then(|d| {
            d.as_table()
                .get("ami")
                .and_then(|i| i.as_str().map(str::to_owned))
        });
    if back.as_deref() != Some(id) {
        return Err(other_report(
            name,
            "the edited file does not read back; nothing was changed",
        ));
    }
    Ok(Some(new))
}

/// `ami = "…"` added after the last top-level key (before the first table), or at the end.
fn insert(text: &str, doc: &toml_edit::ImDocument<&str>, quoted: &str) -> String {
    let first_table = doc
        .as_table()
        .iter()
        .filter_map(|(_, item)| item.as_table().and_then(toml_edit::Table::span))
        .map(|s| s.start)
        .min();
    let line = format!("ami = {quoted}\n");
    match first_table {
        Some(at) => {
            let at = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let (head, tail) = text.split_at(at);
            // Keep the blank line and comments that introduce the table with the table.
            let mut cut = head.len();
            for l in head.lines().rev() {
                let t = l.trim();
                if t.is_empty() || t.starts_with('#') {
                    cut -= l.len() + 1;
                } else {
                    break;
                }
            }
            let cut = cut.min(head.len());
            format!("{}{line}{}{tail}", &head[..cut], &head[cut..])
        }
        None if text.is_empty() || text.ends_with('\n') => format!("{text}{line}"),
        None => format!("{text}\n{line}"),
    }
}

fn other_report(name: &str, message: &str) -> Report {
    let mut report = Report::default();
    report.push(Diagnostic::error("ami::toml", format!("{name}: {message}")));
    report
}

/// Sets `ami` in the config.toml of the tree at `dir`.
pub fn set_ami(dir: &Utf8Path, id: &str, mode: RunMode) -> Result<(Done, Utf8PathBuf), Refused> {
    if !valid_id(id) {
        return Err(Refused::Input(invalid_id(id)));
    }
    let tree = match Tree::discover(dir) {
        Ok(Some(tree)) => tree,
        Ok(None) => {
            return Err(Refused::Other(format!(
                "{dir} is not an onboarding tree (no version and conf/env.cfg); nothing was changed"
            )))
        }
        Err(e) => return Err(Refused::Other(format!("{e}; nothing was changed"))),
    };
    let found = locate::locate(&tree.dir).ok_or_else(|| {
        Refused::Other(format!(
            "the tree has no {} (nor {}); nothing was changed",
            locate::CONFIG_PATH,
            locate::LEGACY_CONFIG_PATH
        ))
    })?;
    let rel = found.relative.clone();
    check_writable_place(&tree, &found.path, &rel).map_err(Refused::Other)?;
    let refuse = |e: std::io::Error| Refused::Other(format!("{rel}: {e}; nothing was changed"));
    let bytes = nofollow::read_regular(&found.path).map_err(refuse)?;
    let (text, bad) = locate::decode(rel.as_str(), &bytes);
    if let Some(d) = bad {
        let mut report = Report::default();
        report.push(d);
        return Err(Refused::Input(report));
    }
    let Some(new) = edit(rel.as_str(), &text, id).map_err(Refused::Input)? else {
        return Ok((Done::AlreadySet, rel));
    };
    let diff = diff::unified(
        text.as_bytes(),
        new.as_bytes(),
        &format!("a/{rel}"),
        &format!("b/{rel}"),
    )
    .unwrap_or_default();
    if mode.applies() {
        write(&tree, &found.path, new.as_bytes())
            .map_err(|e| Refused::Other(format!("{rel}: {e}")))?;
    }
    Ok((Done::Changed { diff }, rel))
}

/// config.toml must be a regular file (not a symlink), at most 1 MiB, in a folder whose real
/// path stays in the tree.
fn check_writable_place(tree: &Tree, path: &Utf8Path, rel: &Utf8Path) -> Result<(), String> {
    let meta =
        std::fs::symlink_metadata(path).map_err(|e| format!("{rel}: {e}; nothing was changed"))?;
    if meta.file_type().is_symlink() {
        return Err(format!(
            "{rel} is a symlink: refusing to write through it (sync-config refuses it too); \
             make it a regular file and run again; nothing was changed"
        ));
    }
    if !meta.is_file() {
        return Err(format!("{rel} is not a regular file; nothing was changed"));
    }
    if meta.len() > MAX_BYTES {
        return Err(format!(
            "{rel} is larger than {MAX_BYTES} bytes; nothing was changed"
        ));
    }
    let top = realpath::resolve(&tree.dir).map_err(|e| format!("{}: {e}", tree.dir))?;
    let parent = path.parent().unwrap_or(path);
    let real = realpath::resolve(parent).map_err(|e| format!("{parent}: {e}"))?;
    if !real.starts_with(&top) {
        return Err(format!(
            "{rel} is in a folder whose real path ({real}) leaves the tree; nothing was changed"
        ));
    }
    Ok(())
}

/// Writes under the tree's lock, atomically, keeping the file's permission bits.
fn write(tree: &Tree, path: &Utf8Path, bytes: &[u8]) -> Result<(), String> {
    let state_dir = tree.state_dir();
    let refuse = |e: state::StateError| {
        format!("refusing xmake's state directory: {e}; nothing was changed")
    };
    state::ensure_dir(&state_dir).map_err(refuse)?;
    state::ensure_gitignore(&state_dir).map_err(refuse)?;
    let _lock = Lock::acquire(&state_dir.join("lock"), &format!("the tree {}", tree.dir))
        .map_err(|e| e.to_string())?;
    let mode = safe::mode_of(path).map_err(|e| e.to_string())? & 0o777;
    safe::write_atomic(path, bytes, mode).map_err(|e| e.to_string())
}

/// The command line's `--set-ami`: prints what it did, returns the exit status.
pub fn run_cli(dir: &Utf8Path, id: &str, mode: RunMode, format: Format) -> i32 {
    let read_only = !mode.applies();
    match set_ami(dir, id, mode) {
        Ok((done, rel)) => {
            let (status, code) = match (&done, mode) {
                (Done::AlreadySet, _) => ("ok", crate::exit::SUCCESS),
                (Done::Changed { .. }, RunMode::Question) => ("changed", 1),
                (Done::Changed { .. }, _) => ("changed", crate::exit::SUCCESS),
            };
            if mode == RunMode::Question {
                return code;
            }
            if format == Format::Json {
                let doc = serde_json::json!({"file": rel, "ami": id, "status": status, "dry_run": read_only});
                crate::stdio::out(&format!("{doc}\n"));
                return code;
            }
            match done {
                Done::AlreadySet => crate::stdio::out(&format!(
                    "ami is already {id} in {rel}; nothing to change\n"
                )),
                Done::Changed { diff } if read_only => {
                    crate::stdio::out(&format!(
                        "would set ami = \"{id}\" in {rel} (dry run: nothing was changed)\n"
                    ));
                    crate::stdio::out(&crate::diag::redact::clean(&diff));
                }
                Done::Changed { .. } => {
                    crate::stdio::out(&format!("set ami = \"{id}\" in {rel}\n"))
                }
            }
            code
        }
        Err(Refused::Input(report)) => {
            let fancy = crate::diag::style::color_enabled_stderr();
            crate::stdio::err(&render::render_text(&report, fancy));
            crate::exit::ERROR
        }
        Err(Refused::Other(why)) => {
            crate::stdio::err_line(&format!("xmake: --set-ami: {why}"));
            crate::exit::ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_ami_and_8_or_17_hex_digits() {
        assert!(valid_id("ami-0a1b2c3d"));
        assert!(valid_id("ami-0a1b2c3d4e5f60718"));
        for bad in [
            "ami-0a1b2c3",
            "ami-0a1b2c3d4e5f6071",
            "ami-0A1B2C3D",
            "ami-0a1b2c3g",
            "0a1b2c3d",
            "ami-",
            "",
        ] {
            assert!(!valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn only_the_value_changes() {
        let text = "# top\nami = \"ami-11111111\"   # trailing\n\n[license]\nkey = \"x\"\n";
        let new = edit("c.toml", text, "ami-22222222").unwrap().unwrap();
        assert_eq!(new, text.replace("ami-11111111", "ami-22222222"));
        assert_eq!(edit("c.toml", &new, "ami-22222222").unwrap(), None);
    }

    #[test]
    fn a_missing_key_goes_before_the_first_table() {
        let text = "a = 1\n\n# the license\n[license]\nkey = \"x\"\n";
        let new = edit("c.toml", text, "ami-22222222").unwrap().unwrap();
        assert_eq!(
            new,
            "a = 1\nami = \"ami-22222222\"\n\n# the license\n[license]\nkey = \"x\"\n"
        );
        assert_eq!(
            edit("c.toml", "", "ami-22222222").unwrap().unwrap(),
            "ami = \"ami-22222222\"\n"
        );
        assert!(edit("c.toml", "ami = 3\n", "ami-22222222").is_err());
        assert!(edit("c.toml", "ami = \n", "ami-22222222").is_err());
    }
}
