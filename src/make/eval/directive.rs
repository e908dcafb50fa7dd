//! The directives that are neither assignments nor rules: `export`/`unexport` (with or without
//! names), `vpath`, `include`/`-include`/`sinclude`, `load`.

use super::include_probe::Probe;
use super::{Evaluator, VpathDef};
use crate::make::func::words;
use crate::make::messages::{Fatal, Location, MakeError};

/// How deeply makefiles may include one another. GNU has no limit and overflows its stack on a
/// makefile that includes itself (a segmentation fault); real trees nest a few levels, and
/// this many levels fit the reading thread's stack with room to spare.
pub const MAX_INCLUDE_DEPTH: usize = 5000;
use crate::make::var::{Export, Origin, Scope, Variable};

impl Evaluator {
    /// Handles a directive line; `Ok(false)` if its first word is not one.
    pub(crate) fn directive(&mut self, line: &str) -> Result<bool, MakeError> {
        let wend = line.find([' ', '\t']).unwrap_or(line.len());
        let word = &line[..wend];
        let rest = line[wend..].trim_start_matches([' ', '\t']);
        match word {
            "export" | "unexport" => self.export(word == "export", rest)?,
            "vpath" => self.vpath(rest)?,
            "include" => self.include(rest, true)?,
            "-include" | "sinclude" => self.include(rest, false)?,
            "load" | "-load" => {}
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn export(&mut self, on: bool, rest: &str) -> Result<(), MakeError> {
        if rest.is_empty() {
            self.export_all = on;
            return Ok(());
        }
        let names = self.expand(rest, &Scope::global())?;
        for name in words(&names) {
            if self.globals.get(name).is_none() {
                let mut v = Variable::simple("", Origin::File);
                v.location.clone_from(&self.location);
                self.globals.set(name, v);
            }
            if let Some(v) = self.globals.get_mut(name) {
                v.export = if on { Export::Yes } else { Export::No };
            }
        }
        Ok(())
    }

    fn vpath(&mut self, rest: &str) -> Result<(), MakeError> {
        let text = self.expand(rest, &Scope::global())?;
        let mut w = words(&text);
        let pattern = w.next().map(str::to_owned);
        let dirs: Vec<&str> = w.collect();
        if dirs.is_empty() {
            self.db.vpaths_mut().clear(pattern.as_deref());
        } else if let Some(p) = &pattern {
            let split: Vec<String> = dirs
                .iter()
                .flat_map(|d| d.split(':'))
                .filter(|d| !d.is_empty())
                .map(str::to_owned)
                .collect();
            self.db.vpaths_mut().add(p, split);
        }
        self.vpaths.push(VpathDef {
            pattern,
            dirs: (!dirs.is_empty()).then(|| dirs.join(" ")),
        });
        Ok(())
    }

    fn include(&mut self, rest: &str, required: bool) -> Result<(), MakeError> {
        // Counted (once a process) before looking for the names: a makefile found is held
        // open until it is read, and must not count as a descriptor already in use.
        let fd_limit = open_files_limit();
        let text = self.expand(rest, &Scope::global())?;
        let at = self.location.clone();
        let cwd = self.curdir();
        let mut names = Vec::new();
        for w in words(&text) {
            if crate::make::glob::is_magic(w) {
                let found = crate::make::glob::glob(&cwd, w);
                if found.is_empty() {
                    names.push(w.to_owned());
                }
                names.extend(found);
            } else {
                names.push(w.to_owned());
            }
        }
        for name in names {
            let here = self
                .include_dirs
                .probe(&std::path::Path::new(&cwd).join(&name));
            if here == Probe::Dir {
                return Err(MakeError::new(
                    crate::make::messages::Fatal::IsADirectory(name.clone()),
                    None,
                ));
            }
            if self.trace_reading {
                let notes = crate::make::exec::debug::ReadNotes {
                    included: true,
                    dont_care: !required,
                    no_tilde: true,
                    ..Default::default()
                };
                crate::make::exec::debug::reading_makefile(&name, notes);
            }
            let found = if here == Probe::File {
                Some(name.clone())
            } else {
                self.find_include(&name)
            };
            // The last look was at the file found (or found nothing).
            let time = self.include_dirs.last_time();
            self.seen_times.record(self.read_files.len(), time);
            self.read_files.push(super::ReadFile {
                name: found.as_deref().map_or(name.as_str(), strip_dot).to_owned(),
                included: true,
                dont_care: !required,
                at: at.clone(),
            });
            match found {
                Some(path) => {
                    if self.include_depth >= MAX_INCLUDE_DEPTH {
                        return Err(self.error(Fatal::IncludeTooDeep));
                    }
                    if self.include_depth >= fd_limit {
                        return Err(self.error(Fatal::Other("Too many open files".into())));
                    }
                    self.include_depth += 1;
                    let r = self.read_makefile_named(&path, &name);
                    self.include_depth -= 1;
                    r?;
                }
                None if !required => self.missing_optional.push(name),
                None => self.missing_includes.push((
                    name,
                    at.clone().unwrap_or(Location {
                        file: "".into(),
                        line: 0,
                    }),
                )),
            }
            self.location.clone_from(&at);
        }
        Ok(())
    }

    /// Where an included name that is not where it was written is: under `-I` directories
    /// then the defaults (an absolute name is not searched for).
    fn find_include(&mut self, name: &str) -> Option<String> {
        if name.starts_with('/') {
            return None;
        }
        let cwd = self.curdir();
        let full = |p: &str| std::path::Path::new(&cwd).join(p);
        let defaults = crate::make::var::defaults::INCLUDE_DIRS
            .iter()
            .map(|d| (*d).to_owned());
        for dir in self
            .options
            .include_dirs
            .clone()
            .into_iter()
            .chain(defaults)
        {
            let cand = format!("{}/{name}", dir.trim_end_matches('/'));
            if self.include_dirs.probe(&full(&cand)) == Probe::File {
                return Some(cand);
            }
        }
        None
    }

    /// Reads the makefiles named in `MAKEFILES` (like `-include`; they never give the default
    /// goal).
    pub fn read_makefiles_env(&mut self) -> Result<(), MakeError> {
        let list = self.raw_value("MAKEFILES").to_owned();
        let list = self.expand(&list, &Scope::global())?;
        self.no_default_goal = true;
        for name in words(&list) {
            if self.trace_reading {
                let notes = crate::make::exec::debug::ReadNotes {
                    no_default_goal: true,
                    included: true,
                    dont_care: true,
                    no_tilde: false,
                };
                crate::make::exec::debug::reading_makefile(name, notes);
            }
            let here = std::path::Path::new(&self.curdir()).join(name);
            let found = if self.include_dirs.probe(&here) == Probe::File {
                Some(name.to_owned())
            } else {
                self.find_include(name)
            };
            self.read_files.push(super::ReadFile {
                name: found.as_deref().map_or(name, strip_dot).to_owned(),
                included: false,
                dont_care: true,
                at: None,
            });
            if let Some(path) = found {
                let r = self.read_makefile(&path);
                if r.is_err() {
                    self.no_default_goal = false;
                    return r;
                }
            }
        }
        self.end_rule()?;
        self.no_default_goal = false;
        Ok(())
    }

    /// Reads and evaluates one makefile, appending it to `MAKEFILE_LIST`.
    pub fn read_makefile(&mut self, name: &str) -> Result<(), MakeError> {
        self.read_makefile_named(name, name)
    }

    /// [`Evaluator::read_makefile`] for a file found at `name` (say under a `-I`
    /// directory) that messages call `shown` (the name the `include` gave), as GNU does.
    pub fn read_makefile_named(&mut self, name: &str, shown: &str) -> Result<(), MakeError> {
        let name = strip_dot(name);
        let path = std::path::Path::new(&self.curdir()).join(name);
        let bytes = if self.options.sandbox {
            // Read-only modes (--list, --lint, --explain, completion on TAB) run in any
            // directory: a FIFO, a device or a huge file there must not hang or fill memory.
            read_bounded_regular(&path)
                .map_err(|why| self.error(Fatal::Other(format!("{shown}: {why}; not read"))))?
        } else {
            let opened = match self.include_dirs.take_opened(&path) {
                Some(found) => Some(found),
                None => std::fs::File::open(&path).ok().map(|f| (f, 0)),
            };
            match opened {
                Some((file, len)) => read_opened(file, len, MAX_MAKEFILE)
                    .map_err(|why| self.error(Fatal::Other(format!("{shown}: {why}; not read"))))?,
                None => Vec::new(),
            }
        };
        // GNU skips a UTF-8 byte order mark at the start of a makefile (not of `$(eval)` text).
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        let text = String::from_utf8_lossy(bytes).into_owned();
        // Appended where it is: copying the list for each of thousands of included `.d`
        // files made reading quadratic.
        let shown = if shown == name || shown.starts_with("./") {
            name
        } else {
            shown
        };
        // GNU records MAKEFILE_LIST as set on line 1 of the file it starts reading (`-p`).
        let at = Some(Location {
            file: shown.into(),
            line: 1,
        });
        match self.globals.get_mut("MAKEFILE_LIST") {
            Some(v) => {
                if !v.value.is_empty() {
                    v.value.push(' ');
                }
                v.value.push_str(name);
                v.location = at;
            }
            None => {
                let mut v = Variable::simple(name, Origin::File);
                v.location = at;
                self.globals.set("MAKEFILE_LIST", v);
            }
        }
        self.end_rule()?;
        self.eval_file(&text, shown)
    }
}

/// The most xmake reads of one makefile (GNU has no limit): far above any real makefile,
/// it keeps `include /dev/zero` or a planted sparse file from exhausting memory.
const MAX_MAKEFILE: u64 = 1 << 30;

/// The bytes of a makefile already open (empty when reading fails, as for a file that
/// cannot be opened); `len` is its size when it was found, a hint only (a sparse file may
/// claim any size). More than `cap` bytes is an error.
/// (`File::read_to_end` would ask the file's size and position again first.)
fn read_opened(file: std::fs::File, len: u64, cap: u64) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let limit = usize::try_from(cap.saturating_add(1)).unwrap_or(usize::MAX);
    let first = usize::try_from(len.min(cap)).unwrap_or(0).saturating_add(1);
    let mut bytes = vec![0; first.max(64).min(limit)];
    let mut file = file.take(cap.saturating_add(1));
    let mut filled = 0;
    loop {
        if filled == bytes.len() {
            if filled >= limit {
                return Err(format!("larger than {} MiB", cap >> 20));
            }
            bytes.resize(filled.saturating_mul(2).min(limit), 0);
        }
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Ok(Vec::new()),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

/// The most a sandboxed read takes of one makefile.
const MAX_SANDBOXED_MAKEFILE: u64 = 64 << 20;

/// A makefile's bytes, when it is a regular file of at most [`MAX_SANDBOXED_MAKEFILE`]
/// bytes (a missing file reads as empty, as in a real run).
fn read_bounded_regular(path: &std::path::Path) -> Result<Vec<u8>, String> {
    let Ok(meta) = std::fs::metadata(path) else {
        return Ok(Vec::new());
    };
    // Checked before opening: opening a FIFO would already wait for a writer.
    if !meta.is_file() {
        return Err("not a regular file".to_owned());
    }
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    read_opened(file, meta.len(), MAX_SANDBOXED_MAKEFILE)
}

/// A name without its leading `./`s, as GNU records makefiles.
fn strip_dot(name: &str) -> &str {
    let trimmed = super::rule_words::trim_dot_slash(name.to_owned());
    if trimmed == "./" {
        return if name == "./" { name } else { "./" };
    }
    &name[name.len() - trimmed.len()..]
}

/// How deep `include`s may nest before GNU runs out of file descriptors: it keeps every
/// makefile being read open, so a makefile that includes itself ends with `Too many open
/// files` when the descriptors run out first (with a high limit GNU overflows its stack
/// instead; xmake then stops at [`MAX_INCLUDE_DEPTH`]).
fn open_files_limit() -> usize {
    static LIMIT: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LIMIT.get_or_init(read_open_files_limit)
}

/// The descriptors GNU would still have free for nested makefiles, read once a process (the
/// limit does not change while make reads): the limit less the descriptors already open below
/// it (standard input, output and error, and any a parent left open, as a CI runner may; one
/// numbered at or above the limit takes no free slot), less the first makefile and two GNU
/// holds besides (measured: with `ulimit -n 64` and three open below it, 58 nested includes
/// read; with one more inherited below it, 57; with one more above it, still 58). A limit above [`MAX_INCLUDE_DEPTH`] cannot bind first and is
/// taken as it is.
fn read_open_files_limit() -> usize {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit only writes the struct it is given.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &raw mut lim) } == 0;
    let fds = if ok {
        usize::try_from(lim.rlim_cur).unwrap_or(usize::MAX)
    } else {
        usize::MAX
    };
    if fds > 2 * MAX_INCLUDE_DEPTH {
        return fds;
    }
    fds.saturating_sub(open_descriptors_below(fds))
        .saturating_sub(3)
}

/// How many descriptors numbered below `limit` this process has open, asked of each number
/// (`fcntl(F_GETFD)`), so it holds where `/proc` is not mounted or is another namespace's.
fn open_descriptors_below(limit: usize) -> usize {
    (0..limit)
        .filter_map(|fd| libc::c_int::try_from(fd).ok())
        // SAFETY: F_GETFD only reads the descriptor's flags; a closed one gives EBADF.
        .filter(|&fd| unsafe { libc::fcntl(fd, libc::F_GETFD) } != -1)
        .count()
}
