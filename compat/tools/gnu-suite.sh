#!/usr/bin/env bash
# gnu-suite.sh: run GNU make's own regression suite under GNU make and under xmake and print,
# per test script, how each fared.  The suite is not part of this repository (it is GPL text):
# pass a directory that holds GNU make's `tests/` (run_make_tests.pl, test_driver.pl, scripts/).
#
# usage: compat/tools/gnu-suite.sh SUITE_DIR [XMAKE] [GNU_MAKE]
#   XMAKE defaults to target/debug/xmake, GNU_MAKE to /usr/bin/make.
#   SCRIPTS="features/include misc/bs-nl" limits the run to those scripts.
#   KEEP=1 keeps the work directory (its path is printed) to read the *.diff files.
# Each program runs as a symlink named `make`, so both print `make:` in their messages.
# Output: one line per script, `<script> <gnu> <xmake>` with ok/FAIL/N-A, then the count of
# scripts that GNU passes and xmake fails.
set -euo pipefail

suite=${1:?usage: gnu-suite.sh SUITE_DIR [XMAKE] [GNU_MAKE]}
xmake=$(realpath "${2:-target/debug/xmake}")
gnu=$(realpath "${3:-/usr/bin/make}")
[[ -f $suite/tests/run_make_tests.pl ]] || { echo "no tests/run_make_tests.pl in $suite" >&2; exit 2; }

work=$(mktemp -d /tmp/gnu-suite.XXXXXX)
if [[ -z ${KEEP:-} ]]; then trap 'rm -rf "$work"' EXIT; else echo "work directory: $work" >&2; fi

# prepare NAME PROGRAM: a private copy of the suite with a `make` symlink and the files the
# driver looks for in a build tree (config-flags.pm, src/gnumake.h).
prepare() {
    local dir=$work/$1
    mkdir -p "$dir/bin" "$dir/src"
    cp -r "$suite/tests" "$dir/tests"
    ln -s "$2" "$dir/bin/make"
    [[ -f $suite/src/gnumake.h ]] && cp "$suite/src/gnumake.h" "$dir/src/" || : >"$dir/src/gnumake.h"
    [[ -f $dir/tests/config-flags.pm ]] || cat >"$dir/tests/config-flags.pm" <<'PM'
%CONFIG_FLAGS = (
    AM_LDFLAGS => '-Wl,--export-dynamic', AR => 'ar', CC => 'cc', CFLAGS => '-g -O2',
    CPP => 'cc -E', CPPFLAGS => '', GUILE_CFLAGS => '', GUILE_LIBS => '', LDFLAGS => '',
    LIBS => '', USE_SYSTEM_GLOB => 'yes'
);
1;
PM
}

# run NAME: the driver's report, one `<script> ok|FAIL|N-A` line per script.
run() {
    local dir=$work/$1
    # shellcheck disable=SC2086
    (cd "$dir/tests" && env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS \
        perl run_make_tests.pl -srcdir "$dir" -make "$dir/bin/make" ${SCRIPTS:-} \
        >"$dir/report.txt" 2>&1) || true
    sed -nE 's/^([a-z]+\/[A-Za-z0-9_.-]+) \.+ *(.*)$/\1 \2/p' "$dir/report.txt" |
        awk '{ s = $2 ~ /^ok/ ? "ok" : $2 ~ /^N\/A/ ? "N-A" : "FAIL"; print $1, s }' |
        sort >"$dir/result.txt"
}

prepare gnu "$gnu"
prepare xmake "$xmake"
run gnu & run xmake & wait

join -a1 -a2 -e missing -o 0,1.2,2.2 "$work/gnu/result.txt" "$work/xmake/result.txt" |
    column -t
worse=$(join "$work/gnu/result.txt" "$work/xmake/result.txt" | awk '$2 == "ok" && $3 != "ok"' | wc -l)
gnu_ok=$(awk '$2 == "ok"' "$work/gnu/result.txt" | wc -l)
echo "GNU passes $gnu_ok scripts; xmake fails $worse of them"
