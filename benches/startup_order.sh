#!/usr/bin/env bash
# benches/startup_order.sh: regenerates benches/startup.order, the list of functions that a
# release build links first (build.rs passes it to rust-lld as --symbol-ordering-file).
#
# Not part of `cargo test`. Usage: benches/startup_order.sh [--xmake PATH] [OUT]
#
# Every xmake process maps the pages of its binary it touches, and the kernel maps page-
# cache pages around each fault (64 KiB at a time), so code run at every start that lies
# scattered over the 4 MB of text costs most of the binary in RSS (a recursive make pays it
# in every sub-make). This runs a release build under callgrind on small workloads
# (`--version`, a one-rule Makefile, the 1k modules tree dry / -j2 / null, the 1k recursive
# tree's top make and one of its sub-makes, run as the top one runs it) and lists, in that order, every function of the binary that ran.
# A name missing from a later build is ignored (the linker does not warn), so the file
# goes stale gracefully; regenerate it after large changes.
set -euo pipefail

XMAKE=target/release/xmake
if [[ ${1:-} == --xmake ]]; then
    XMAKE=$2
    shift 2
fi
OUT=${1:-benches/startup.order}
XMAKE=$(realpath "$XMAKE")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

grind() { # NAME DIR ARGS...
    local name=$1 dir=$2
    shift 2
    (cd "$dir" && valgrind --tool=callgrind --demangle=no \
        --callgrind-out-file="$work/cg.$name.%p" "$XMAKE" "$@" >/dev/null 2>&1) || true
}

mkdir -p "$work/one"
printf 'all:\n\t@:\n' >"$work/one/Makefile"
bash "$here/shapes.sh" gen modules 1000 "$work/modules" >/dev/null
bash "$here/shapes.sh" gen recursive 1000 "$work/recursive" >/dev/null
grind 1version "$work/one" --version
grind 2one "$work/one"
grind 3dry "$work/modules" -n all
grind 4build "$work/modules" -s -j2 all
grind 5null "$work/modules" all
grind 6recursive "$work/recursive" -n all
MAKELEVEL=1 MAKEFLAGS=n grind 7submake "$work/recursive/d000" -n all

# callgrind names a function once per file as `fn=(ID) NAME`, then by `(ID)` alone; keep
# the functions whose object (`ob=`) is the xmake binary, first seen first.
python3 - "$XMAKE" "$work" >"$OUT" <<'PY'
import glob, os, re, subprocess, sys
binary, work = sys.argv[1], sys.argv[2]
defined = set()
for line in subprocess.run(["nm", binary], capture_output=True, text=True).stdout.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "tT":
        defined.add(parts[2])
seen, order = set(), []
for path in sorted(glob.glob(os.path.join(work, "cg.*"))):
    obs, fns, ob = {}, {}, None
    for line in open(path, errors="replace"):
        m = re.match(r"^(c?)(ob|fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not m:
            continue
        called, kind, ident, name = m.groups()
        table = obs if kind == "ob" else fns
        if name is not None:
            table[ident] = name
        if called:
            continue
        if kind == "ob":
            ob = table.get(ident)
        elif ob == binary:
            fn = re.sub(r"'\d+$", "", table.get(ident, ""))
            if fn in defined and fn not in seen:
                seen.add(fn)
                order.append(fn)
print("\n".join(order))
PY
echo "$(wc -l <"$OUT") functions written to $OUT" >&2
