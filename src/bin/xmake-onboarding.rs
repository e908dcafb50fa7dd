//! `xmake-onboarding`: a small driver for the native onboarding targets alone, used by the
//! crash tests (which must kill a real process) and handy for debugging while the full command
//! line is wired elsewhere. Not installed for users; `xmake` is the product.
//!
//! Usage: `xmake-onboarding [-C DIR] [--root DIR] [-n] [--format text|json] [--no-native]
//! TARGET...`. Exit status: 0 done, 2 a step failed, 3 the goals are not native (the reason is
//! printed on stderr; `xmake` would run the Makefile instead).

use camino::Utf8PathBuf;
use xmake::adapters::root::Root;
use xmake::onboarding::{dispatch, Dispatch, Format, Options};

fn main() {
    std::process::exit(run(std::env::args().skip(1).collect()));
}

fn run(args: Vec<String>) -> i32 {
    let mut options = Options::new(".");
    let mut goals = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next().unwrap_or_else(|| {
                eprintln!("xmake-onboarding: {name} needs a value");
                std::process::exit(2)
            })
        };
        match arg.as_str() {
            "-C" => options.dir = Utf8PathBuf::from(value("-C")),
            "--root" => options.root = Root::new(value("--root")),
            "-n" | "--dry-run" | "--just-print" => options.dry_run = true,
            "--no-native" => options.native = false,
            "--verbose" => options.verbosity += 1,
            "--format" => options.format = parse_format(&value("--format")),
            _ if arg.starts_with("--format=") => options.format = parse_format(&arg[9..]),
            _ if arg.contains('=') => {
                let name = arg.split('=').next().unwrap_or_default().to_owned();
                options.command_line_variables.push(name);
            }
            _ => goals.push(arg),
        }
    }
    xmake::logging::init(options.verbosity);
    match dispatch(&goals, &options) {
        Dispatch::Ran(code) => code,
        Dispatch::NotNative(why) => {
            eprintln!("xmake-onboarding: not native: {why:?}");
            3
        }
    }
}

fn parse_format(text: &str) -> Format {
    if text == "json" {
        Format::Json
    } else {
        Format::Text
    }
}
