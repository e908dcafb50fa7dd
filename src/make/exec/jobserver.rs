//! GNU make's jobserver (manual 13.1, "POSIX Jobserver Interaction"): a pipe holding one
//! byte per free job slot beyond the first. The top make creates it for `-jN` and passes
//! `--jobserver-auth=R,W` in MAKEFLAGS (GNU 4.3's pipe style); a sub-make (xmake or GNU
//! make) takes a byte before each extra job and writes it back after. As a client xmake
//! also understands GNU 4.4's `fifo:PATH`.

use super::engine::Engine;
use super::job::Job;
use super::report;
use super::ExecOptions;

/// An open jobserver.
pub struct Jobserver {
    read: i32,
    write: i32,
    /// A private non-blocking descriptor for reading tokens.
    poll_fd: i32,
    fifo: Option<String>,
    /// `read` and `write` are this make's own (a pipe it created, a fifo it opened): they
    /// are closed with it, so a later phase's jobserver gets the same numbers, as GNU's one.
    owned: bool,
}

/// The "jobserver unavailable" warning was given: it is said once per make, though the
/// makefiles' phase joins the jobserver too.
static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

impl Jobserver {
    /// Joins the parent's jobserver, or creates one for `-jN` (N > 1).
    pub fn setup(opts: &ExecOptions) -> Option<Self> {
        let inherited = opts
            .jobserver_auth
            .clone()
            .or_else(|| auth_from_environment().filter(|_| !opts.jobserver_reset));
        if let Some(auth) = &inherited {
            // A `-j` in MAKEFLAGS next to `--jobserver-auth` is the parent's: the jobserver
            // decides (GNU 4.3 main.c).
            {
                let js = Self::join(auth);
                if js.is_none() && !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
                    report::err(&format!(
                        "{}: warning: jobserver unavailable: using -j1.  Add '+' to parent make rule.",
                        opts.program
                    ));
                }
                return js;
            }
        }
        let n = opts.slots();
        if n <= 1 || n == usize::MAX {
            return None;
        }
        Self::create(n - 1)
    }

    /// True when a parent make passed a jobserver (usable or not).
    pub fn inherited(opts: &ExecOptions) -> bool {
        opts.jobserver_auth.is_some()
            || (!opts.jobserver_reset && auth_from_environment().is_some())
    }

    fn create(tokens: usize) -> Option<Self> {
        let mut fds = [0i32; 2];
        // SAFETY: pipe2 fills two descriptors.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
            return None;
        }
        let js = Self {
            read: fds[0],
            write: fds[1],
            poll_fd: private_reader(fds[0])?,
            fifo: None,
            owned: true,
        };
        // More tokens than the pipe holds would block this write forever (GNU 4.3 hangs on
        // `-j 2147483647`): past the pipe's capacity the limit is no limit anyway.
        // SAFETY: F_GETPIPE_SZ only reads the pipe's size.
        let capacity = unsafe { libc::fcntl(fds[1], libc::F_GETPIPE_SZ) };
        let capacity = usize::try_from(capacity).unwrap_or(4096).max(1);
        for _ in 0..tokens.min(capacity) {
            js.release();
        }
        Some(js)
    }

    fn join(auth: &str) -> Option<Self> {
        if let Some(path) = auth.strip_prefix("fifo:") {
            let fd = open_fifo(path)?;
            return Some(Self {
                read: fd,
                write: fd,
                poll_fd: private_reader(fd)?,
                fifo: Some(path.to_owned()),
                owned: true,
            });
        }
        let (r, w) = auth.split_once(',')?;
        let (r, w): (i32, i32) = (r.parse().ok()?, w.parse().ok()?);
        if !is_pipe(r, libc::O_WRONLY) || !is_pipe(w, libc::O_RDONLY) {
            return None;
        }
        Some(Self {
            read: r,
            write: w,
            poll_fd: private_reader(r)?,
            fifo: None,
            owned: false,
        })
    }

    /// The `--jobserver-auth=` value.
    pub fn auth(&self) -> String {
        match &self.fifo {
            Some(p) => format!("fifo:{p}"),
            None => format!("{},{}", self.read, self.write),
        }
    }

    /// Descriptors a recursive make must inherit.
    pub fn fds(&self) -> Vec<i32> {
        if self.fifo.is_some() {
            Vec::new()
        } else {
            vec![self.read, self.write]
        }
    }

    /// Takes a token if one is free right now.
    pub fn try_acquire(&self) -> bool {
        let mut b = [0u8; 1];
        // SAFETY: read one byte from our non-blocking descriptor.
        unsafe { libc::read(self.poll_fd, b.as_mut_ptr().cast(), 1) == 1 }
    }

    /// Waits up to `ms` milliseconds for a token to become readable, or for a child of
    /// make's to exit (whose token make then gives back).
    pub fn wait_readable(&self, ms: i32) {
        let token = libc::pollfd {
            fd: self.poll_fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let wake = super::child_signal::wake_fd();
        let mut fds = [token, token];
        if let Some(fd) = wake {
            fds[1].fd = fd;
        }
        let n = if wake.is_some() { 2 } else { 1 };
        // SAFETY: `n` pollfds of a local array.
        unsafe { libc::poll(fds.as_mut_ptr(), n, ms) };
        if let Some(fd) = wake {
            super::child_signal::drain(fd);
        }
    }

    /// Gives a token back.
    pub fn release(&self) {
        let b = [b'+'];
        // SAFETY: write one byte.
        unsafe { libc::write(self.write, b.as_ptr().cast(), 1) };
    }
}

impl Drop for Jobserver {
    fn drop(&mut self) {
        let mut fds = vec![self.poll_fd];
        if self.owned {
            fds.push(self.read);
            if self.write != self.read {
                fds.push(self.write);
            }
        }
        for fd in fds {
            // SAFETY: a descriptor this jobserver opened and nothing else uses.
            unsafe { libc::close(fd) };
        }
    }
}

/// `--jobserver-auth=` from the MAKEFLAGS this process was started with (the flags part,
/// before ` -- `), for when the command line layer did not pass it on.
fn auth_from_environment() -> Option<String> {
    let mf = std::env::var("MAKEFLAGS").ok()?;
    let flags = mf.split(" -- ").next().unwrap_or("");
    flags
        .split(' ')
        .filter_map(|w| {
            w.strip_prefix("--jobserver-auth=")
                .or_else(|| w.strip_prefix("--jobserver-fds="))
        })
        .next_back()
        .map(str::to_owned)
}

/// True when `fd` is open on a pipe or FIFO and not opened only for `wrong_mode`.
fn is_pipe(fd: i32, wrong_mode: i32) -> bool {
    // SAFETY: fstat/fcntl only query the descriptor.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::fstat(fd, &raw mut st) != 0 || (st.st_mode & libc::S_IFMT) != libc::S_IFIFO {
            return false;
        }
        let fl = libc::fcntl(fd, libc::F_GETFL);
        fl >= 0 && (fl & libc::O_ACCMODE) != wrong_mode
    }
}

/// Opens the named pipe a `fifo:PATH` jobserver names, for reading and writing; anything
/// else at PATH is refused before it is opened (MAKEFLAGS is inherited from whoever started
/// make: a regular file there would have its bytes overwritten with tokens, a device would
/// be opened), and checked again once open, in case PATH changed in between.
fn open_fifo(path: &str) -> Option<i32> {
    let is_fifo = |mode: libc::mode_t| (mode & libc::S_IFMT) == libc::S_IFIFO;
    let before = std::fs::metadata(path).ok()?;
    if !std::os::unix::fs::FileTypeExt::is_fifo(&before.file_type()) {
        return None;
    }
    let c = std::ffi::CString::new(path).ok()?;
    // SAFETY: open a path that was a named pipe; O_NONBLOCK keeps open from waiting.
    let fd = unsafe {
        libc::open(
            c.as_ptr(),
            libc::O_RDWR | libc::O_CLOEXEC | libc::O_NONBLOCK,
        )
    };
    if fd < 0 {
        return None;
    }
    // SAFETY: fstat only queries the descriptor just opened.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::fstat(fd, &raw mut st) } == 0 && is_fifo(st.st_mode);
    // SAFETY: F_GETFL/F_SETFL on our own descriptor: tokens are written blocking, as GNU's.
    let cleared = ok
        && unsafe {
            let fl = libc::fcntl(fd, libc::F_GETFL);
            fl >= 0 && libc::fcntl(fd, libc::F_SETFL, fl & !libc::O_NONBLOCK) == 0
        };
    if !cleared {
        // SAFETY: close the descriptor opened above, used by nothing else.
        unsafe { libc::close(fd) };
        return None;
    }
    Some(fd)
}

/// A new open file description for the pipe (through /proc), so making it non-blocking
/// does not change the descriptor other makes share.
fn private_reader(fd: i32) -> Option<i32> {
    let path = std::ffi::CString::new(format!("/proc/self/fd/{fd}")).ok()?;
    // SAFETY: open a path; fall back to dup when /proc is missing.
    let mut own = unsafe {
        libc::open(
            path.as_ptr(),
            libc::O_RDONLY | libc::O_NONBLOCK | libc::O_CLOEXEC,
        )
    };
    if own < 0 {
        // SAFETY: dup an open descriptor.
        own = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 3) };
    }
    (own >= 0).then_some(own)
}

impl Engine<'_> {
    /// Waits until `job` may start: a free local slot, or a jobserver token, and (`-l`)
    /// a load average below the limit while other jobs run.
    pub(super) fn acquire_slot(&mut self, job: &mut Job) {
        self.wait_for_slot(job);
        if self.opts.max_load.is_some() {
            super::load::started();
        }
    }

    fn wait_for_slot(&mut self, job: &mut Job) {
        loop {
            if self.running.is_empty() {
                return;
            }
            if self.opts.max_load.is_some_and(super::load::too_high) {
                self.reap_one();
                continue;
            }
            if let Some(js) = &self.jobserver {
                if js.try_acquire() {
                    job.token = true;
                    return;
                }
                if let Some((pid, status)) = super::spawn::wait_any(false) {
                    self.reaped(pid, status);
                } else if let Some(js) = &self.jobserver {
                    js.wait_readable(20);
                }
                super::signals::check(self);
            } else if self.running.len() < self.opts.slots() {
                return;
            } else {
                self.reap_one();
            }
        }
    }

    /// Returns `job`'s token, if it holds one. A job that ran in make's own free slot hands
    /// that slot to a running job holding a token, and the token goes back: like GNU, make
    /// keeps one token fewer than its running jobs, so a sub-make can use the one freed.
    pub(super) fn release_slot(&mut self, job: &Job) {
        let Some(js) = &self.jobserver else {
            return;
        };
        if job.token {
            js.release();
        } else if let Some(other) = self
            .running
            .iter_mut()
            .find(|j| j.token && !std::ptr::eq(&raw const **j, job))
        {
            other.token = false;
            js.release();
        }
    }
}

/// Adds `--jobserver-auth=` to the MAKEFLAGS of a recipe environment.
pub(super) fn add_jobserver(env: &mut Vec<(String, String)>, auth: &str) {
    let arg = format!("--jobserver-auth={auth}");
    match env.iter_mut().find(|(k, _)| k == "MAKEFLAGS") {
        Some((_, v)) => *v = with_jobserver(v, &arg),
        None => env.push(("MAKEFLAGS".to_owned(), format!(" {arg}"))),
    }
}

/// Long options GNU writes after `--jobserver-auth=` in MAKEFLAGS.
fn after_jobserver(word: &str) -> bool {
    matches!(
        word,
        "--trace" | "--no-print-directory" | "--warn-undefined-variables"
    ) || word.starts_with("--eval=")
}

/// Puts `--jobserver-auth=...` among the flags of a MAKEFLAGS value where GNU puts it:
/// after the options with arguments, before the long flags, the `--eval`s and the ` -- `
/// that starts command-line variables; it replaces an older one.
fn with_jobserver(value: &str, arg: &str) -> String {
    let (flags, vars) = match value.find(" -- ") {
        Some(i) => (&value[..i], Some(&value[i + 4..])),
        None => (value.strip_suffix(" --").unwrap_or(value), None),
    };
    let mut words: Vec<&str> = flags
        .split(' ')
        .filter(|w| !w.starts_with("--jobserver-auth=") && !w.starts_with("--jobserver-fds="))
        .collect();
    while words.last() == Some(&"") {
        words.pop();
    }
    let at = words
        .iter()
        .skip(1)
        .position(|w| after_jobserver(w))
        .map_or(words.len(), |i| i + 1);
    let mut out = words[..at].join(" ");
    out.push(' ');
    out.push_str(arg);
    for w in &words[at..] {
        out.push(' ');
        out.push_str(w);
    }
    let vars: Vec<&str> = vars
        .unwrap_or("")
        .split(' ')
        .filter(|w| !w.is_empty() && !w.starts_with("--jobserver-auth="))
        .collect();
    if !vars.is_empty() {
        out.push_str(" -- ");
        out.push_str(&vars.join(" "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{open_fifo, with_jobserver};

    #[test]
    fn a_fifo_jobserver_must_be_a_named_pipe() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("file");
        std::fs::write(&file, "precious").unwrap();
        assert_eq!(open_fifo(file.to_str().unwrap()), None);
        assert_eq!(open_fifo("/dev/null"), None);
        assert_eq!(open_fifo(dir.path().join("none").to_str().unwrap()), None);
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: create a named pipe in a private directory.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let fd = open_fifo(fifo.to_str().unwrap()).expect("a named pipe opens");
        // SAFETY: close the descriptor just opened.
        unsafe { libc::close(fd) };
        assert_eq!(std::fs::read(&file).unwrap(), b"precious");
    }

    #[test]
    fn jobserver_goes_before_variables() {
        let a = "--jobserver-auth=3,4";
        assert_eq!(with_jobserver(" -j2", a), " -j2 --jobserver-auth=3,4");
        assert_eq!(with_jobserver("s -j2 --", a), "s -j2 --jobserver-auth=3,4");
        assert_eq!(
            with_jobserver(" -j2 -- V=1", a),
            " -j2 --jobserver-auth=3,4 -- V=1"
        );
        assert_eq!(
            with_jobserver("k -j2 --jobserver-auth=5,6", a),
            "k -j2 --jobserver-auth=3,4"
        );
        assert_eq!(
            with_jobserver("s -j2 --trace --eval=X=1 -- V=1", a),
            "s -j2 --jobserver-auth=3,4 --trace --eval=X=1 -- V=1"
        );
        assert_eq!(
            with_jobserver(" --eval=X=1", a),
            " --jobserver-auth=3,4 --eval=X=1"
        );
    }
}
