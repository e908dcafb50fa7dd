#!/usr/bin/env bash
# real-trees.sh: run GNU make and xmake side by side on real projects' build trees and say,
# per command line, whether stdout, stderr, the exit status and the files written agree.
# The trees are not part of this repository: pass a directory holding unpacked source trees
# (for example from Debian's source packages, see below).
#
# usage: compat/tools/real-trees.sh TREE [ARGS...]
#   Copies TREE twice, runs `make ARGS` in each copy (GNU make, then xmake as a symlink named
#   `make` first on PATH, so `$(MAKE)` and messages read alike) and compares. The copies'
#   paths are replaced by <W> before comparing. Exit status 1 when anything differs.
#   XMAKE=path picks the program under test (default target/debug/xmake).
#
# Getting trees (network; none of this runs in the test suite):
#   echo 'deb-src http://deb.debian.org/debian bookworm main' > /tmp/src.list
#   apt-get update -o Dir::Etc::SourceList=/tmp/src.list -o Dir::Etc::SourceParts=/dev/null \
#       -o Dir::State::Lists=/tmp/lists
#   apt-get source --download-only (same -o options) git busybox hello lua5.4 zlib
#   then unpack the .orig tarballs and run ./configure where there is one.
#
# Under -j, the order of lines from parallel jobs depends on timing in both programs: compare
# serial runs, or read a -j difference by hand.
set -uo pipefail

tree=$(realpath "${1:?usage: real-trees.sh TREE [ARGS...]}")
shift
xmake=$(realpath "${XMAKE:-target/debug/xmake}")
work=$(mktemp -d /tmp/real-trees.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$xmake" "$work/bin/make"
touch "$work/start"

# run NAME PATH_PREFIX ARGS...: one copy of the tree, one run; stdout, stderr and the files
# written.
run() {
    local name=$1 prefix=$2
    shift 2
    cp -a "$tree" "$work/$name"
    (cd "$work/$name" && PATH="$prefix$PATH" timeout 900 make "$@" >"$work/$name.out" \
        2>"$work/$name.err"
        echo "exit status $?" >>"$work/$name.out")
    sed -i "s|$work/$name\b|<W>|g" "$work/$name.out" "$work/$name.err"
    (cd "$work/$name" && find . -newer "$work/start" | sort) >"$work/$name.files"
}

run gnu "" "$@"
run xmake "$work/bin:" "$@"

status=0
for part in out err files; do
    if diff -u "$work/gnu.$part" "$work/xmake.$part" >"$work/diff.$part"; then
        echo "$part: same ($(wc -l <"$work/gnu.$part") lines)"
    else
        echo "$part: DIFFERENT"
        head -40 "$work/diff.$part"
        status=1
    fi
done
exit $status
