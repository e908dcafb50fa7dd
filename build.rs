//! Link options of release builds of the `xmake` binary on `x86_64` Linux (rust-lld, Rust's
//! default linker there), which make every process map fewer pages of the binary; a
//! recursive make pays that in each sub-make (docs/performance.md, "Startup"):
//!
//! - `--symbol-ordering-file benches/startup.order`: the functions a small run executes
//!   (written by `benches/startup_order.sh`) are laid out together instead of scattered
//!   over the whole text, so the kernel's 64 KiB fault-around maps a few windows of them;
//!   names the build no longer has are skipped without a warning;
//! - `-z pack-relative-relocs` (`DT_RELR`, glibc 2.36): the loader reads a few KiB of
//!   relative relocations instead of 260 KiB.
//!
//! `XMAKE_PLAIN_LINK=1` turns both off (for a linker other than lld).

fn main() {
    println!("cargo:rerun-if-changed=benches/startup.order");
    println!("cargo:rerun-if-env-changed=XMAKE_PLAIN_LINK");
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    if var("PROFILE") != "release"
        || var("TARGET") != "x86_64-unknown-linux-gnu"
        || !var("XMAKE_PLAIN_LINK").is_empty()
    {
        return;
    }
    // Relative to the package root, where cargo runs rustc and rustc the linker: the same
    // argument in every checkout (cargo's hash of the build, part of every symbol name, does
    // not vary with it).
    for arg in [
        "-Wl,--symbol-ordering-file=benches/startup.order".to_owned(),
        "-Wl,--no-warn-symbol-ordering".to_owned(),
        "-Wl,-z,pack-relative-relocs".to_owned(),
    ] {
        println!("cargo:rustc-link-arg-bin=xmake={arg}");
    }
}
