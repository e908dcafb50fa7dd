//! Progress of long operations (copying or hashing a big file, a tar snapshot, an image build
//! or save), always on stderr, never on stdout (stdout carries the report and `--format=json`).
//!
//! A native target opens a [`scope`] (its name is the lines' prefix; progress is off unless a
//! scope enables it: under `-n`, `-q` and `-s` the scope is off). Inside it, an operation makes
//! a [`Progress`]: with a known length ([`Progress::bytes`]) it is advanced by the bytes done;
//! with an unknown one ([`Progress::working`]) a ticker thread shows the elapsed time and,
//! when a probe is given, how much is written so far (the size of the file being written).
//!
//! On a terminal (stderr is one and `CI` is not set) an `indicatif` bar (bytes, rate, time
//! left) or spinner appears once the operation has lasted a second, and is cleared at the
//! end. Otherwise plain lines, `base: copying base.tar: 512 MiB of 2.0 GiB, 30 s`, at most one
//! every [`DEFAULT_INTERVAL`] (`XMAKE_PROGRESS_INTERVAL`, in seconds, changes it), the first
//! one interval after the start (so short operations print nothing), and a last line saying
//! it is done when any line was printed.
//!
//! It lives in `adapters`, not in `onboarding`'s reporting: the code that does the long work
//! (copies, checksums, tar, the engine) is here, and `adapters` may not use `onboarding`.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use camino::Utf8Path;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Sets the time between two plain lines, in seconds (a decimal number).
pub const INTERVAL_ENV: &str = "XMAKE_PROGRESS_INTERVAL";
/// The time between two plain lines.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(10);
/// How long an operation runs before its bar appears on a terminal.
const BAR_DELAY: Duration = Duration::from_secs(1);
/// How often a ticker looks at an operation of unknown length.
const TICK: Duration = Duration::from_millis(200);

/// The prefix of the scope that is open, or `None` when progress is off.
static SCOPE: Mutex<Option<String>> = Mutex::new(None);

/// Progress is on, with `prefix`, until the guard is dropped (off when `enabled` is false).
pub fn scope(prefix: &str, enabled: bool) -> ScopeGuard {
    *lock(&SCOPE) = enabled.then(|| crate::diag::escape::controls(prefix).into_owned());
    ScopeGuard(())
}

/// Closes the scope [`scope`] opened.
pub struct ScopeGuard(());

impl Drop for ScopeGuard {
    fn drop(&mut self) {
        *lock(&SCOPE) = None;
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The plain lines' interval: [`INTERVAL_ENV`], else [`DEFAULT_INTERVAL`].
pub fn interval() -> Duration {
    static INTERVAL: OnceLock<Duration> = OnceLock::new();
    *INTERVAL.get_or_init(|| match std::env::var(INTERVAL_ENV) {
        Ok(text) => parse_interval(&text).unwrap_or_else(|| {
            tracing::warn!("{INTERVAL_ENV}='{text}' is not a number of seconds; using 10");
            DEFAULT_INTERVAL
        }),
        Err(_) => DEFAULT_INTERVAL,
    })
}

/// Seconds, `0` to a day, decimals allowed.
fn parse_interval(text: &str) -> Option<Duration> {
    let secs: f64 = text.trim().parse().ok()?;
    (0.0..=86_400.0)
        .contains(&secs)
        .then(|| Duration::from_secs_f64(secs))
}

/// Whether progress is drawn as a bar (a terminal, not under CI) rather than plain lines.
fn on_terminal() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("CI").is_none_or(|v| v.is_empty())
}

/// How one operation is shown.
enum View {
    Off,
    /// On a terminal: a bar kept from the start (so its rate is right), drawn once
    /// [`BAR_DELAY`] has passed.
    Bar {
        bar: ProgressBar,
        drawn: bool,
    },
    Lines {
        next: Instant,
        printed: bool,
    },
}

struct Inner {
    prefix: String,
    what: String,
    total: Option<u64>,
    /// Whether `done` means anything (false for an operation with nothing to measure).
    counts: bool,
    start: Instant,
    done: AtomicU64,
    view: Mutex<View>,
}

/// One long operation's progress (see the module doc). Dropped without [`Progress::finish`]
/// (an error), it clears its bar and prints nothing more.
pub struct Progress {
    inner: Arc<Inner>,
    ticker: Option<(Sender<()>, JoinHandle<()>)>,
}

/// What a ticker asks for the bytes done so far (the size of the file being written).
pub type Probe = Box<dyn Fn() -> Option<u64> + Send>;

/// A probe reading the size of `path` (a file another program is writing).
pub fn file_size(path: &Utf8Path) -> Probe {
    let path = path.to_owned();
    Box::new(move || std::fs::symlink_metadata(&path).ok().map(|m| m.len()))
}

impl Progress {
    /// An operation over `total` bytes, advanced with [`Progress::add`].
    pub fn bytes(what: &str, total: u64) -> Progress {
        Progress::new(what, Some(total), true)
    }

    /// An operation of unknown length; `probe`, when given, says how many bytes are done.
    pub fn working(what: &str, probe: Option<Probe>) -> Progress {
        let counts = probe.is_some();
        let mut progress = Progress::new(what, None, counts);
        if !matches!(*lock(&progress.inner.view), View::Off) {
            progress.ticker = Some(start_ticker(Arc::clone(&progress.inner), probe));
        }
        progress
    }

    fn new(what: &str, total: Option<u64>, counts: bool) -> Progress {
        let prefix = lock(&SCOPE).clone();
        let start = Instant::now();
        let view = match &prefix {
            None => View::Off,
            Some(prefix) if on_terminal() => View::Bar {
                bar: hidden_bar(prefix, what, total, counts),
                drawn: false,
            },
            Some(_) => View::Lines {
                next: start + interval(),
                printed: false,
            },
        };
        Progress {
            inner: Arc::new(Inner {
                prefix: prefix.unwrap_or_default(),
                what: crate::diag::escape::controls(what).into_owned(),
                total,
                counts,
                start,
                done: AtomicU64::new(0),
                view: Mutex::new(view),
            }),
            ticker: None,
        }
    }

    /// `n` more bytes are done.
    pub fn add(&self, n: u64) {
        self.inner.done.fetch_add(n, Ordering::Relaxed);
        self.inner.show(Instant::now());
    }

    /// The operation ended well: the bar is cleared; after plain lines, a last one.
    pub fn finish(mut self) {
        self.stop_ticker();
        let mut view = lock(&self.inner.view);
        if let View::Lines { printed: true, .. } = *view {
            crate::stdio::err_line(&self.inner.line(true));
        }
        *view = View::Off;
    }

    fn stop_ticker(&mut self) {
        if let Some((stop, thread)) = self.ticker.take() {
            let _ = stop.send(());
            let _ = thread.join();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop_ticker();
        if let View::Bar { bar, .. } = &*lock(&self.inner.view) {
            bar.finish_and_clear();
        }
    }
}

impl Inner {
    /// Updates the bar, or prints a plain line when one is due.
    fn show(&self, now: Instant) {
        let mut view = lock(&self.view);
        match &mut *view {
            View::Off => {}
            View::Bar { bar, drawn } => {
                bar.set_position(self.done.load(Ordering::Relaxed));
                if !*drawn && now.duration_since(self.start) >= BAR_DELAY {
                    bar.set_draw_target(ProgressDrawTarget::stderr());
                    *drawn = true;
                }
            }
            View::Lines { next, printed } => {
                if now >= *next {
                    crate::stdio::err_line(&self.line(false));
                    *printed = true;
                    *next = now + interval();
                }
            }
        }
    }

    /// A plain line: `prefix: what: 512 MiB of 2.0 GiB, 30 s` (or `…: done, 2.0 GiB in 1 min 4 s`).
    fn line(&self, finished: bool) -> String {
        let done = self.done.load(Ordering::Relaxed);
        let elapsed = elapsed(self.start.elapsed());
        let amount = match (self.total, self.counts) {
            (Some(total), _) if !finished => format!("{} of {}, ", size(done), size(total)),
            (None, true) if !finished => format!("{} so far, ", size(done)),
            (_, true) => format!("{} in ", size(done)),
            (_, false) => String::new(),
        };
        let state = if finished { "done, " } else { "" };
        format!("{}: {}: {state}{amount}{elapsed}", self.prefix, self.what)
    }
}

/// A bar (or spinner) for one operation, not drawn until given a draw target.
fn hidden_bar(prefix: &str, what: &str, total: Option<u64>, counts: bool) -> ProgressBar {
    let template = match total {
        Some(_) => {
            "{prefix}: {msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec}, {eta} left"
        }
        None if counts => "{prefix}: {msg} {spinner} {bytes} so far, {elapsed}",
        None => "{prefix}: {msg} {spinner} {elapsed}",
    };
    let mut bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden())
        .with_prefix(prefix.to_owned())
        .with_message(crate::diag::escape::controls(what).into_owned());
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar = bar.with_style(style.progress_chars("=> "));
    }
    bar
}

/// The thread that shows an operation of unknown length until told to stop.
fn start_ticker(inner: Arc<Inner>, probe: Option<Probe>) -> (Sender<()>, JoinHandle<()>) {
    let (stop, stopped) = mpsc::channel::<()>();
    let thread = std::thread::spawn(move || loop {
        if let Some(bytes) = probe.as_ref().and_then(|p| p()) {
            inner.done.store(bytes, Ordering::Relaxed);
        }
        inner.show(Instant::now());
        if let View::Bar { bar, .. } = &*lock(&inner.view) {
            bar.tick();
        }
        match stopped.recv_timeout(TICK.min(interval().max(Duration::from_millis(10)))) {
            Err(RecvTimeoutError::Timeout) => {}
            _ => return,
        }
    });
    (stop, thread)
}

/// `512 MiB`, `2.0 GiB`, `900 B`: binary units, one decimal below 10.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    #[allow(clippy::cast_precision_loss)] // shown with at most one decimal
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if value < 10.0 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
}

/// `30 s`, `2 min 5 s`, `1 h 3 min`.
pub fn elapsed(d: Duration) -> String {
    let s = d.as_secs();
    match s {
        0..=59 => format!("{s} s"),
        60..=3599 => format!("{} min {} s", s / 60, s % 60),
        _ => format!("{} h {} min", s / 3600, s % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_times_read_like_the_documented_line() {
        assert_eq!(size(512 << 20), "512 MiB");
        assert_eq!(size(2 << 30), "2.0 GiB");
        assert_eq!(size(900), "900 B");
        assert_eq!(size(1536), "1.5 KiB");
        assert_eq!(elapsed(Duration::from_secs(30)), "30 s");
        assert_eq!(elapsed(Duration::from_secs(125)), "2 min 5 s");
        assert_eq!(elapsed(Duration::from_secs(3780)), "1 h 3 min");
    }

    #[test]
    fn intervals_parse_as_seconds() {
        assert_eq!(parse_interval("0"), Some(Duration::ZERO));
        assert_eq!(parse_interval(" 0.5 "), Some(Duration::from_millis(500)));
        assert_eq!(parse_interval("-1"), None);
        assert_eq!(parse_interval("ten"), None);
        assert_eq!(parse_interval("NaN"), None);
    }

    #[test]
    fn lines_name_the_operation_its_amount_and_time() {
        let inner = Inner {
            prefix: "base".into(),
            what: "copying base.tar".into(),
            total: Some(2 << 30),
            counts: true,
            start: Instant::now(),
            done: AtomicU64::new(512 << 20),
            view: Mutex::new(View::Off),
        };
        assert_eq!(
            inner.line(false),
            "base: copying base.tar: 512 MiB of 2.0 GiB, 0 s"
        );
        assert_eq!(
            inner.line(true),
            "base: copying base.tar: done, 512 MiB in 0 s"
        );
    }

    #[test]
    fn without_a_scope_nothing_is_shown() {
        let p = Progress::working("building", None);
        assert!(matches!(*lock(&p.inner.view), View::Off));
        assert!(p.ticker.is_none());
        p.finish();
    }
}
