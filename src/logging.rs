//! Logging: `tracing` to stderr, off unless `-v`/`--verbose` (xmake's) or `XMAKE_LOG`
//! (an `EnvFilter` string such as `xmake=debug`) asks for it, so GNU-make output stays byte-exact.
//! Log lines are plain (no colours) and cleaned: registered secrets scrubbed, control
//! characters from values and paths escaped (see `diag::redact`).

use std::io::Write;

use tracing_subscriber::EnvFilter;

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
        .without_time()
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
