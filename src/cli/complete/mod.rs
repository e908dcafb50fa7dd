//! `xmake --completions SHELL`: a completion script for bash, zsh or fish, written from the
//! option table (`crate::cli::options`). The scripts complete options, their arguments
//! (directories, files, the words an option takes) and the Makefile's targets, which they get
//! by calling back `xmake --complete-targets` with the `-C`/`-f` options already typed.

mod bash;
mod fish;
mod zsh;

use super::options::{Opt, OPTIONS};

/// The script for `shell`, or `None` for a shell xmake writes none for.
pub fn script(shell: &str) -> Option<String> {
    match shell {
        "bash" => Some(bash::script()),
        "zsh" => Some(zsh::script()),
        "fish" => Some(fish::script()),
        _ => None,
    }
}

/// The options the scripts offer.
fn offered() -> impl Iterator<Item = &'static Opt> {
    OPTIONS.iter().filter(|o| o.offered())
}

/// The options that tell `--complete-targets` where the Makefile is: `-C`/`--directory` and
/// `-f`/`--file`/`--makefile`.
fn locating() -> impl Iterator<Item = &'static Opt> {
    OPTIONS.iter().filter(|o| o.id == "C" || o.id == "f")
}

/// `template` with the locating options' shell patterns filled in as bash and zsh write them:
/// `@LOCATING@` (each spelling), `@LOCATING_EQ@` (`--directory=*`) and `@LOCATING_ATTACHED@`
/// (`-C?*`), each `|`-separated.
fn with_locating(template: &str) -> String {
    locating_in(template, "|", |pattern| pattern)
}

/// [`with_locating`] for any shell: the words joined by `sep`, each glob pattern (`=*`, `?*`)
/// written by `glob` (fish quotes them).
fn locating_in(template: &str, sep: &str, glob: impl Fn(String) -> String) -> String {
    let spelled: Vec<String> = locating().flat_map(Opt::spellings).collect();
    let eq: Vec<String> = locating()
        .flat_map(|o| o.longs.iter().map(|l| format!("--{l}=*")))
        .map(&glob)
        .collect();
    let attached: Vec<String> = locating()
        .flat_map(|o| o.shorts.iter().map(|c| format!("-{c}?*")))
        .map(&glob)
        .collect();
    template
        .replace("@LOCATING_EQ@", &eq.join(sep))
        .replace("@LOCATING_ATTACHED@", &attached.join(sep))
        .replace("@LOCATING@", &spelled.join(sep))
}

/// `s` in single quotes for a POSIX shell (bash, zsh).
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shell_has_a_script_naming_every_offered_long_option() {
        for shell in super::super::options::SHELLS {
            let text = script(shell).expect("a script");
            for opt in offered() {
                for long in opt.longs {
                    assert!(text.contains(long), "{shell}: --{long} missing");
                }
            }
            assert!(text.contains("--complete-targets"), "{shell}");
        }
        assert!(script("tcsh").is_none());
        assert_eq!(sh_quote("it's"), r"'it'\''s'");
    }
}
