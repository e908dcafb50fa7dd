//! What post-docker's output means (spec, "post-docker"): per image of `IMAGE_NAME_LIST` the
//! line `post-docker.sh: Building of conatiner <image>: SUCCESS!` (sic), then
//! `post-docker.sh: Finished.`, then systemd's `Started Post Docker Configuration.`; a
//! post-docker.sh line saying `FAILED` or `ERROR`, or systemd's `Failed to start …`, is a
//! failure. [`Watch`] reads lines (only those logged after the restart are ever fed to it)
//! and says what each one means; it keeps the last [`LAST_LINES`] for a failure report.
//! Also the time limit: [`parse_timeout`] reads `--timeout`.

use std::collections::VecDeque;
use std::time::Duration;

/// Lines shown when post-docker fails.
pub const LAST_LINES: usize = 20;
/// How long xmake waits for post-docker by default (it can take 15 minutes).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30 * 60);

const PREFIX: &str = "post-docker.sh";
const BUILDING: &str = "post-docker.sh: Building of conatiner ";
const SUCCESS: &str = ": SUCCESS!";
const FINISHED: &str = "post-docker.sh: Finished.";
const STARTED: &str = "Started Post Docker Configuration.";
const FAILED_START: &str = "Failed to start Post Docker Configuration.";

/// What one line meant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// An image's success line, first time seen: its name, how many are done, of how many.
    Image {
        name: String,
        done: usize,
        total: usize,
    },
    Finished,
    Started,
    /// A failure line (the line itself).
    Failure(String),
}

/// The success lines seen so far, and the last lines read.
#[derive(Clone, Debug)]
pub struct Watch {
    /// Each image as post-docker.sh names it (the part of the entry before `:`), and
    /// whether its success line was seen.
    images: Vec<(String, bool)>,
    finished: bool,
    started: bool,
    last: VecDeque<String>,
    /// How many lines were read (all of them logged after the restart).
    pub seen: usize,
}

impl Watch {
    pub fn new(image_list: &[String]) -> Self {
        let mut images: Vec<(String, bool)> = Vec::new();
        for entry in image_list {
            let name = entry.split(':').next().unwrap_or(entry).to_owned();
            if !images.iter().any(|(n, _)| *n == name) {
                images.push((name, false));
            }
        }
        Self {
            images,
            finished: false,
            started: false,
            last: VecDeque::new(),
            seen: 0,
        }
    }

    /// Reads one line (`post-docker.sh: …`, `systemd: …`).
    pub fn line(&mut self, line: &str) -> Option<Event> {
        self.seen += 1;
        if self.last.len() == LAST_LINES {
            self.last.pop_front();
        }
        self.last.push_back(line.to_owned());
        let line = line.trim_end();
        let ours = line.starts_with(PREFIX);
        if (ours && (line.contains("FAILED") || line.contains("ERROR")))
            || line.ends_with(FAILED_START)
        {
            return Some(Event::Failure(line.to_owned()));
        }
        if let Some(name) = line
            .strip_prefix(BUILDING)
            .and_then(|rest| rest.strip_suffix(SUCCESS))
        {
            return self.image_done(name);
        }
        if line == FINISHED {
            self.finished = true;
            return Some(Event::Finished);
        }
        if line.ends_with(STARTED) && self.finished {
            self.started = true;
            return Some(Event::Started);
        }
        None
    }

    fn image_done(&mut self, logged: &str) -> Option<Event> {
        let name = logged.split(':').next().unwrap_or(logged);
        let total = self.images.len();
        let slot = self
            .images
            .iter_mut()
            .find(|(n, done)| n == name && !*done)?;
        slot.1 = true;
        let done = self.images.iter().filter(|(_, d)| *d).count();
        Some(Event::Image {
            name: name.to_owned(),
            done,
            total,
        })
    }

    /// Every image's success line and `Finished.` were seen.
    pub fn finished_all(&self) -> bool {
        self.finished && self.missing().is_empty()
    }

    /// systemd also said `Started Post Docker Configuration.` after `Finished.`.
    pub fn started(&self) -> bool {
        self.started
    }

    /// Images whose success line has not been seen.
    pub fn missing(&self) -> Vec<&str> {
        self.images
            .iter()
            .filter(|(_, d)| !d)
            .map(|(n, _)| n.as_str())
            .collect()
    }

    /// Images done, of how many.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.images.iter().filter(|(_, d)| *d).count();
        (done, self.images.len())
    }

    /// The image names, in order.
    pub fn names(&self) -> Vec<&str> {
        self.images.iter().map(|(n, _)| n.as_str()).collect()
    }

    /// The last lines read (at most [`LAST_LINES`]).
    pub fn last_lines(&self) -> Vec<String> {
        self.last.iter().cloned().collect()
    }
}

/// `--timeout`: seconds (`90`), or a number with `s`, `m`, `h` (`5s`, `30m`, `1h`); at least
/// one second, at most a week.
pub fn parse_timeout(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let (digits, unit) = match t.find(|c: char| !c.is_ascii_digit()) {
        Some(at) => t.split_at(at),
        None => (t, "s"),
    };
    let scale = match unit {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        _ => 0,
    };
    let secs = digits
        .parse::<u64>()
        .ok()
        .filter(|_| scale > 0)
        .and_then(|n| n.checked_mul(scale))
        .filter(|s| (1..=7 * 24 * 3600).contains(s));
    secs.map(Duration::from_secs).ok_or_else(|| {
        let shown: String = text
            .chars()
            .take(40)
            .flat_map(char::escape_default)
            .collect();
        format!(
            "--timeout must be a time limit in seconds (`90`) or with s, m or h (`5s`, `30m`, \
             `1h`), between 1s and 7 days, not \"{shown}\""
        )
    })
}

/// A duration as `--timeout` takes it (`90s`, `30m`, `1h`).
pub fn show_duration(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 && s % 3600 == 0 {
        format!("{}h", s / 3600)
    } else if s >= 60 && s % 60 == 0 {
        format!("{}m", s / 60)
    } else {
        format!("{s}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Vec<String> {
        vec!["docker-base".into(), "img2:7.9".into()]
    }

    #[test]
    fn success_needs_every_image_then_finished_then_started() {
        let mut w = Watch::new(&list());
        assert_eq!(
            w.line("systemd: Starting Post Docker Configuration..."),
            None
        );
        assert_eq!(
            w.line("post-docker.sh: Building of conatiner img2: SUCCESS!"),
            Some(Event::Image {
                name: "img2".into(),
                done: 1,
                total: 2
            })
        );
        assert_eq!(
            w.line("post-docker.sh: Building of conatiner img2: SUCCESS!"),
            None
        );
        assert_eq!(w.line("systemd: Started Post Docker Configuration."), None);
        assert!(!w.finished_all());
        w.line("post-docker.sh: Building of conatiner docker-base: SUCCESS!");
        assert_eq!(w.line("post-docker.sh: Finished."), Some(Event::Finished));
        assert!(w.finished_all() && !w.started());
        assert_eq!(
            w.line("systemd: Started Post Docker Configuration."),
            Some(Event::Started)
        );
        assert!(w.started());
    }

    #[test]
    fn failure_lines_and_the_last_twenty() {
        let mut w = Watch::new(&list());
        for i in 0..30 {
            w.line(&format!("post-docker.sh: step {i}"));
        }
        assert!(matches!(
            w.line("post-docker.sh: Building of conatiner img2: FAILED!"),
            Some(Event::Failure(_))
        ));
        assert!(matches!(
            w.line("systemd: Failed to start Post Docker Configuration."),
            Some(Event::Failure(_))
        ));
        assert_eq!(w.line("other: ERROR elsewhere"), None);
        let last = w.last_lines();
        assert_eq!(last.len(), LAST_LINES);
        assert_eq!(last[0], "post-docker.sh: step 13");
    }

    #[test]
    fn timeouts_read_seconds_and_units() {
        assert_eq!(parse_timeout("90"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_timeout("5s"), Ok(Duration::from_secs(5)));
        assert_eq!(parse_timeout("30m"), Ok(Duration::from_secs(1800)));
        assert_eq!(parse_timeout("1h"), Ok(Duration::from_secs(3600)));
        for bad in ["", "0", "5x", "-1", "1.5m", "99999999999999999999"] {
            assert!(parse_timeout(bad).is_err(), "{bad}");
        }
        assert_eq!(show_duration(DEFAULT_TIMEOUT), "30m");
    }
}
