//! Output synchronisation (`-O`, GNU manual 5.4.2): a job's stdout and stderr go to
//! private temporary files, copied to make's own stdout/stderr in one piece when the line
//! (`-Oline`) or the whole recipe (`-Otarget`, `-Orecurse`) finishes.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The two capture files of one job (already unlinked).
pub struct Capture {
    pub out: File,
    pub err: File,
    /// Lines printed before and after each non-empty block (see
    /// `ExecOptions::sync_directory`).
    directory: Option<(String, String)>,
    /// make's stdout and stderr are the same file (`2>&1`): one capture keeps the job's
    /// lines in the order it wrote them, as GNU's combined output does.
    combined: bool,
}

impl Capture {
    /// Two fresh anonymous files in the temporary directory.
    pub fn new(directory: Option<(String, String)>) -> std::io::Result<Self> {
        let out = anonymous()?;
        let combined = stdout_is_stderr();
        let err = if combined {
            out.try_clone()?
        } else {
            anonymous()?
        };
        Ok(Self {
            out,
            err,
            directory,
            combined,
        })
    }

    /// Copies what was captured to stdout/stderr and empties the files; a non-empty block is
    /// wrapped in the directory lines when there are any.
    pub fn flush(&mut self) {
        let empty = |f: &File| f.metadata().map_or(true, |m| m.len() == 0);
        let wrap = self
            .directory
            .as_ref()
            .filter(|_| !empty(&self.out) || !empty(&self.err));
        if let Some((entering, _)) = wrap {
            super::report::out(entering);
        } else if !empty(&self.out) || !empty(&self.err) {
            crate::make::directory_lines::start();
        }
        dump(&mut self.out, &mut crate::stdio::Out);
        if !self.combined {
            dump(&mut self.err, &mut std::io::stderr().lock());
        }
        if let Some((_, leaving)) = wrap {
            super::report::out(leaving);
        }
    }
}

fn dump(f: &mut File, to: &mut dyn Write) {
    let mut buf = Vec::new();
    if f.seek(SeekFrom::Start(0)).is_ok() && f.read_to_end(&mut buf).is_ok() && !buf.is_empty() {
        let _ = to.write_all(&buf);
        let _ = to.flush();
    }
    let _ = f.set_len(0);
    let _ = f.seek(SeekFrom::Start(0));
}

/// Whether descriptors 1 and 2 are the same file (same device and inode); asked once.
fn stdout_is_stderr() -> bool {
    static SAME: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SAME.get_or_init(same_file_on_1_and_2)
}

fn same_file_on_1_and_2() -> bool {
    let id = |fd: i32| {
        // SAFETY: fstat on a descriptor number into a zeroed stat buffer.
        let mut st: libc::stat = unsafe { std::mem::zeroed() };
        (unsafe { libc::fstat(fd, &raw mut st) } == 0).then_some((st.st_dev, st.st_ino))
    };
    matches!((id(1), id(2)), (Some(a), Some(b)) if a == b)
}

fn anonymous() -> std::io::Result<File> {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("xmake-sync-{}-{n}", std::process::id()));
    let f = File::options()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)?;
    let _ = std::fs::remove_file(&path);
    Ok(f)
}

impl super::job::Job {
    /// Echoes a command line (to the capture when syncing).
    pub fn echo(&mut self, text: &str) {
        match &mut self.capture {
            Some(c) => {
                let _ = writeln!(c.out, "{text}");
            }
            None => super::report::out(text),
        }
    }

    /// Writes a message for stderr (to the capture when syncing).
    pub fn echo_err(&self, text: &str) {
        match &self.capture {
            Some(c) => {
                let mut e = &c.err;
                let _ = writeln!(e, "{text}");
            }
            None => super::report::err(text),
        }
    }

    /// Emits captured output.
    pub fn flush(&mut self) {
        if let Some(c) = &mut self.capture {
            c.flush();
        }
    }
}
