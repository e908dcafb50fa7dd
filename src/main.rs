//! The `xmake` executable: everything lives in the library; this only hands over the exit code
//! (and, before Rust's runtime starts, notes how SIGPIPE was inherited: see `xmake::stdio`).

fn main() {
    std::process::exit(xmake::cli::main());
}

/// Runs before Rust's runtime sets SIGPIPE to "ignore", so xmake can treat a closed pipe as the
/// GNU make it replaces would have.
#[used]
#[link_section = ".init_array"]
static RECORD_SIGPIPE: extern "C" fn() = {
    extern "C" fn record() {
        xmake::stdio::record_inherited_sigpipe();
    }
    record
};
