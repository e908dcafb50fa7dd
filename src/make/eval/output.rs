//! Where reading makefiles prints: `$(info)` on stdout, GNU's warnings and `$(warning)` on
//! stderr, exactly as GNU make does; or, for callers that only read a makefile (lint,
//! `--list`), captured in memory so nothing reaches a JSON or XML document on stdout.

use std::cell::RefCell;

/// The evaluator's two streams.
#[derive(Debug, Default)]
pub struct Output {
    captured: Option<RefCell<Captured>>,
}

/// What a capturing [`Output`] received.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Captured {
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// Keeps everything in memory; see [`Output::take`].
    pub fn capturing() -> Self {
        Self {
            captured: Some(RefCell::default()),
        }
    }

    /// Writes `text` to stdout, flushed so it interleaves with child processes as GNU's does.
    pub fn out(&self, text: &str) {
        if let Some(c) = &self.captured {
            c.borrow_mut().stdout.push_str(text);
        } else {
            crate::make::directory_lines::start();
            crate::stdio::out(text);
        }
    }

    /// Writes one line to stderr, after flushing stdout so the two stay in order.
    pub fn err_line(&self, line: &str) {
        if let Some(c) = &self.captured {
            let mut c = c.borrow_mut();
            c.stderr.push_str(line);
            c.stderr.push('\n');
        } else {
            crate::make::directory_lines::start();
            crate::stdio::err_line(line);
        }
    }

    /// What was captured so far (empty when printing for real).
    pub fn take(&self) -> Captured {
        self.captured
            .as_ref()
            .map(|c| std::mem::take(&mut *c.borrow_mut()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capturing_keeps_both_streams_apart() {
        let o = Output::capturing();
        o.out("info\n");
        o.err_line("Makefile:1: warning");
        assert_eq!(
            o.take(),
            Captured {
                stdout: "info\n".into(),
                stderr: "Makefile:1: warning\n".into()
            }
        );
        assert_eq!(o.take(), Captured::default());
    }
}
