//! Differential test of bash-completion's make completion: for several Makefiles and command
//! lines, the `_make` function of the Debian package `bash-completion` must offer exactly the
//! same words when `make` on PATH is GNU make as when it is xmake. `_make` runs
//! `make -npq __BASH_MAKE_COMPLETION__=1 .DEFAULT` and parses the `# Files` section of the
//! data base, so this checks `-p` end to end as its most common consumer sees it.
//!
//! bash-completion is required (`.ci/setup` installs it): a missing package fails the test.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";
const MAKE_COMPLETION: &str = "/usr/share/bash-completion/completions/make";
const GNU_MAKE: &str = "/usr/bin/make";
const TIMEOUT: Duration = Duration::from_secs(30);

/// Sources bash-completion and its make completion, sets up the completion variables for the
/// command line `$LINE` (cursor at the end) and `COMP_TYPE=$TYPE`, calls `_make` and prints
/// COMPREPLY one word a line. `compopt` only works inside a real completion, so it is stubbed.
const DRIVER: &str = r#"
source /usr/share/bash-completion/bash_completion || exit 90
source /usr/share/bash-completion/completions/make || exit 91
declare -F _make >/dev/null || exit 92
compopt() { :; }
COMP_LINE=$LINE
COMP_POINT=${#COMP_LINE}
read -r -a COMP_WORDS <<<"$COMP_LINE"
[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=("")
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_TYPE=$TYPE
COMPREPLY=()
_make make "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
if ((${#COMPREPLY[@]})); then printf '%s\n' "${COMPREPLY[@]}"; fi
"#;

/// `COMP_TYPE` of a plain TAB (full words are inserted) and of `?`-style listing (bash-completion
/// then shows only the next path component).
const TAB: u32 = 9;
const LIST: u32 = 63;

/// Panics with instructions unless bash-completion is installed.
fn require_bash_completion() {
    for path in [BASH_COMPLETION, MAKE_COMPLETION] {
        assert!(
            Path::new(path).is_file(),
            "{path} is missing: install the Debian package bash-completion \
             (`apt-get install -y bash-completion`, or run .ci/setup)"
        );
    }
}

/// The completion words `_make` offers for `line` in `dir`, with `make` meaning `program`.
fn complete(program: &Path, dir: &Path, line: &str, comp_type: u32) -> Vec<String> {
    let bin = tempfile::tempdir().expect("temporary directory");
    std::os::unix::fs::symlink(program, bin.path().join("make")).expect("symlink make");
    let mut cmd = Command::new("/bin/bash");
    cmd.args(["--norc", "--noprofile", "-c", DRIVER])
        .env_clear()
        .env(
            "PATH",
            format!("{}:/usr/local/bin:/usr/bin:/bin", bin.path().display()),
        )
        .env("HOME", bin.path())
        .env("LC_ALL", "C")
        .env("TZ", "UTC")
        .env("LINE", line)
        .env("TYPE", comp_type.to_string())
        .current_dir(dir)
        .stdin(Stdio::null());
    let (status, stdout) = run_with_timeout(cmd);
    assert_eq!(
        status,
        Some(0),
        "bash completion driver failed for `{line}` with {}",
        program.display()
    );
    let mut words: Vec<String> = stdout.lines().map(str::to_owned).collect();
    words.sort();
    words
}

fn run_with_timeout(mut cmd: Command) -> (Option<i32>, String) {
    cmd.stdout(Stdio::piped()).stderr(Stdio::null());
    let mut child = cmd.spawn().expect("spawn bash");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for bash") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("bash completion timed out after {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    (status.code(), reader.join().unwrap_or_default())
}

/// Where a scenario runs: a directory of this repository (only read: `-npq` runs no recipe
/// there), or inline files written to a fresh temporary directory for every single run, so
/// one make's side effects (makefiles it remade) cannot leak into the other's run.
enum Tree<'a> {
    Repo(PathBuf),
    Inline(&'a [(&'a str, &'a str)]),
}

/// Completes every `(line, comp_type)` under both makes; returns one message per line whose
/// words differ or where GNU make offers nothing (a scenario that proves nothing).
fn compare(tree: &Tree, lines: &[(&str, u32)]) -> Vec<String> {
    let xmake = Path::new(env!("CARGO_BIN_EXE_xmake"));
    let mut failures = Vec::new();
    for &(line, comp_type) in lines {
        let gnu = complete_in(tree, Path::new(GNU_MAKE), line, comp_type);
        let ours = complete_in(tree, xmake, line, comp_type);
        if gnu.is_empty() {
            failures.push(format!(
                "`{line}` (COMP_TYPE={comp_type}): GNU make offers no words, the scenario tests nothing"
            ));
        } else if gnu != ours {
            failures.push(format!(
                "`{line}` (COMP_TYPE={comp_type}):\n  GNU make: {gnu:?}\n  xmake:    {ours:?}"
            ));
        }
    }
    failures
}

fn complete_in(tree: &Tree, program: &Path, line: &str, comp_type: u32) -> Vec<String> {
    match tree {
        Tree::Repo(dir) => complete(program, dir, line, comp_type),
        Tree::Inline(files) => {
            let dir = write_tree(files);
            complete(program, dir.path(), line, comp_type)
        }
    }
}

fn assert_same(tree: &Tree, lines: &[(&str, u32)]) {
    require_bash_completion();
    let failures = compare(tree, lines);
    let place = match tree {
        Tree::Repo(dir) => dir.display().to_string(),
        Tree::Inline(files) => format!("an inline tree of {} files", files.len()),
    };
    assert!(
        failures.is_empty(),
        "completion differs in {place}:\n{}",
        failures.join("\n")
    );
}

/// A temporary directory holding `files` (relative path, content); parents are created.
fn write_tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary directory");
    for (rel, content) in files {
        let path = dir.path().join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create directory");
        }
        std::fs::write(&path, content).expect("write file");
    }
    dir
}

fn fixture(name: &str) -> Tree<'static> {
    Tree::Repo(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/trees")
            .join(name),
    )
}

#[test]
fn bash_completion_is_installed() {
    require_bash_completion();
}

#[test]
fn fixture_tree_full() {
    assert_same(
        &fixture("full"),
        &[
            ("make ", TAB),
            ("make ", LIST),
            ("make bu", TAB),
            ("make sync-", TAB),
            ("make -f Makefile re", TAB),
        ],
    );
}

#[test]
fn fixture_tree_minimal() {
    assert_same(&fixture("minimal"), &[("make ", TAB), ("make c", TAB)]);
}

#[test]
fn directory_option_into_fixtures() {
    let trees = Tree::Repo(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"));
    assert_same(
        &trees,
        &[
            ("make -C trees/full ", TAB),
            ("make -C trees/minimal in", TAB),
            ("make --directory trees/full de", TAB),
        ],
    );
}

const PHONY_AND_SUBDIRS: &str = "\
.PHONY: all build build-docs clean test
all: build
build: ; @:
build-docs: ; @:
clean: ; rm -rf out
test: build ; ./run-tests
.hidden: ; @:
_private: ; @:
sub/dir/target: ; @:
sub/other: ; @:
out/prog: out/main.o ; cc -o $@ $^
.DEFAULT: ; @:
.SUFFIXES: .x .y
.SECONDEXPANSION:
.DELETE_ON_ERROR:
";

#[test]
fn phony_hidden_and_subdirectory_targets() {
    let tree = Tree::Inline(&[
        ("Makefile", PHONY_AND_SUBDIRS),
        ("sub/Makefile", "here: ; @:\nthere: ; @:\n"),
    ]);
    assert_same(
        &tree,
        &[
            ("make ", TAB),
            ("make ", LIST),
            ("make bu", TAB),
            ("make sub/", TAB),
            ("make sub/", LIST),
            ("make sub/d", TAB),
            ("make out/", TAB),
            ("make .h", TAB),
            ("make _", TAB),
            ("make -C sub ", TAB),
            ("make -C sub t", TAB),
            ("make -k -j2 ", TAB),
        ],
    );
}

const PATTERNS_AND_INTERMEDIATES: &str = "\
%.o: %.c ; cc -c $<
%.c: %.y ; yacc $<
%.tab.c %.tab.h &: %.y ; bison -d $<
prog: parse.o main.o lex.o ; cc -o $@ $^
objs = a.o b.o
$(objs): %.o: %.src ; cp $< $@
all: prog $(objs)
.INTERMEDIATE: parse.c gen.c
.SECONDARY: keep.c
.PRECIOUS: lex.c
gen.c: ; @:
keep.c: ; @:
";

#[test]
fn pattern_rules_and_intermediate_files() {
    let tree = Tree::Inline(&[
        ("Makefile", PATTERNS_AND_INTERMEDIATES),
        ("parse.y", ""),
        ("main.c", ""),
        ("lex.c", ""),
        ("a.src", ""),
    ]);
    assert_same(
        &tree,
        &[
            ("make ", TAB),
            ("make ", LIST),
            ("make p", TAB),
            ("make a", TAB),
            ("make b", TAB),
        ],
    );
}

#[test]
fn included_makefiles() {
    let tree = Tree::Inline(&[
        (
            "Makefile",
            "include rules.mk\n-include missing.d\ninclude mk/more.mk\n\
             all: from-rules from-more\ninstall:: ; @:\ninstall:: ; @:\n",
        ),
        ("rules.mk", "from-rules: ; @:\nrules-only: ; @:\n"),
        (
            "mk/more.mk",
            "from-more: ; @:\ndocs/html docs/pdf &: ; @:\ntarget-var: X = 1\n",
        ),
        ("other.mk", "elsewhere: ; @:\nelse-two: ; @:\n"),
    ]);
    assert_same(
        &tree,
        &[
            ("make ", TAB),
            ("make ", LIST),
            ("make from-", TAB),
            ("make docs/", LIST),
            ("make in", TAB),
            ("make -f other.mk ", TAB),
            ("make --file other.mk e", TAB),
        ],
    );
}

#[test]
fn variables_and_eval_make_targets() {
    let makefile = "\
PROGS := alpha beta gamma
define RULE
$(1): ; @echo $(1)
$(1)-clean: ; @:
endef
$(foreach p,$(PROGS),$(eval $(call RULE,$(p))))
all: $(PROGS)
vpath %.c src
VPATH = lib
";
    let tree = Tree::Inline(&[("Makefile", makefile)]);
    assert_same(
        &tree,
        &[("make ", TAB), ("make al", TAB), ("make beta", TAB)],
    );
}

/// `-npq` still runs the recipe of an included makefile that is missing (GNU remakes makefiles
/// even under -n), so the generated makefile's targets are offered too.
#[test]
fn generated_included_makefile() {
    let makefile = "\
include deps.mk
deps.mk:
\t@printf 'generated: ; @:\\ngen-two: ; @:\\n' > $@
all: ; @:
";
    let tree = Tree::Inline(&[("Makefile", makefile)]);
    assert_same(&tree, &[("make ", TAB), ("make ge", TAB)]);
}
