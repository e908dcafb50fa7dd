//! Logging: `tracing` to stderr, off unless `-v`/`--verbose` (xmake's) or `XMAKE_LOG`
//! (an `EnvFilter` string such as `xmake=debug`) asks for it, so GNU-make output stays byte-exact.

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
        .with_writer(std::io::stderr)
        .with_ansi(crate::diag::style::color_enabled_stderr())
        .without_time()
        .with_target(false)
        .try_init();
}
