//! Logging: `tracing` to stderr, off unless `-v`/`--verbose` (xmake's) or `XMAKE_LOG`
//! (an `EnvFilter` string such as `xmake=debug`) asks for it, so GNU-make output stays byte-exact.
//! Log lines are sentences (values shown with `Display`, never a `Debug` struct), each after
//! its UTC time (`2026-01-31T12:00:00.123456Z  INFO …`), plain (no colours) and cleaned:
//! registered secrets scrubbed, control characters from values and paths escaped (see
//! `diag::redact`).

use std::io::Write;

use tracing_subscriber::EnvFilter;

/// A duration for a log line: `1.2 s`, or `35 ms` under a second.
pub fn seconds(elapsed: std::time::Duration) -> String {
    if elapsed.as_secs() == 0 {
        format!("{} ms", elapsed.as_millis())
    } else {
        format!("{:.1} s", elapsed.as_secs_f64())
    }
}

/// Installs the subscriber once; `verbosity` counts xmake's `--verbose` flags.
pub fn init(verbosity: u8) {
    let filter = match std::env::var("XMAKE_LOG") {
        Ok(spec) if !spec.is_empty() => EnvFilter::new(spec),
        _ => EnvFilter::new(match verbosity {
            0 => "off",
            1 => "xmake=info",
            2 => "xmake=debug",
            _ => "xmake=trace",
        }),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(|| CleanStderr)
        .with_ansi(false)
        .with_timer(tracing_subscriber::fmt::time::SystemTime)
        .with_target(false)
        .try_init();
}

/// Stderr, each formatted event cleaned before it is written.
struct CleanStderr;

impl Write for CleanStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        std::io::stderr()
            .lock()
            .write_all(crate::diag::redact::clean(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().lock().flush()
    }
}
