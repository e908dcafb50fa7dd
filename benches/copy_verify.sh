#!/usr/bin/env bash
# Copy + verify of one big file, side by side in one run (issue 10):
#   xmake: `xmake base` copying current's verified base.tar into the new release folder under
#          --root (checks the source against its .sha256, copies while hashing, fsyncs, reads
#          the copy back and checks it, writes base.tar.sha256, renames into place);
#   cp:    `cp` of the same file followed by `sha256sum` of the copy.
# Not part of the test suite or CI.
#
# Usage: benches/copy_verify.sh [SIZE_MIB]   (default 2048; SIZE_MIB=64 for a quick run)
# Env:   XMAKE (default target/release/xmake), RUNS (default 5), BENCH_DIR (default /tmp),
#        XMAKE_BEFORE (another xmake binary, measured too: for before/after figures).
# Uses hyperfine when it is installed, else /usr/bin/time. INTERLEAVE=1 instead alternates the
# commands run by run (xmake, cp, xmake, cp, …) and prints each one's median and minimum: on
# a shared machine, load that comes and goes then falls on both alike.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
size_mib=${1:-${SIZE_MIB:-2048}}
xmake=${XMAKE:-$repo/target/release/xmake}
runs=${RUNS:-5}
[[ -x $xmake ]] || { echo "no $xmake: run cargo build --release first" >&2; exit 2; }

work=$(mktemp -d "${BENCH_DIR:-/tmp}/xmake-copy-verify.XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/root
deploy=$root/nfs-apps/exostellar/images
tree=$root/nfs-apps/exostellar/onboarding
mkdir -p "$deploy/2.4.0" "$deploy/2.4.1" "$(dirname "$tree")"
cp -r "$repo/fixtures/trees/full" "$tree"
release=$(cat "$tree/version")
mkdir -p "$deploy/$release"
echo "writing a ${size_mib} MiB random base.tar..." >&2
head -c "$((size_mib << 20))" /dev/urandom >"$deploy/2.4.0/base.tar"
(cd "$deploy/2.4.0" && sha256sum base.tar >base.tar.sha256)
ln -s 2.4.0 "$deploy/current"

dest=$deploy/$release
prepare="rm -f '$dest/base.tar' '$dest/base.tar.sha256' '$dest/.base.tar.xmake-partial' '$work/cp.tar'"
xmake_cmd="'$xmake' -s -C '$tree' --root '$root' base >/dev/null"
before_cmd="'${XMAKE_BEFORE:-}' -s -C '$tree' --root '$root' base >/dev/null"
cp_cmd="cp '$deploy/2.4.0/base.tar' '$work/cp.tar' && sha256sum '$work/cp.tar' >/dev/null"

# One run of each first: xmake's copy must verify like sha256sum says.
bash -c "$prepare" && bash -c "$xmake_cmd" 2>/dev/null
(cd "$dest" && sha256sum -c --quiet base.tar.sha256)

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(findmnt -no FSTYPE -T "$work") at $work," \
  "$(uname -sr), $($xmake --version 2>/dev/null | head -1 || true)" >&2

names=(xmake cp)
[[ -n ${XMAKE_BEFORE:-} ]] && names+=(before)

if [[ ${INTERLEAVE:-} == 1 ]]; then
  declare -A times
  for run in $(seq "$runs"); do
    for name in "${names[@]}"; do
      cmd=${name}_cmd
      bash -c "$prepare"
      start=$(date +%s.%N)
      bash -c "${!cmd}"
      t=$(echo "$(date +%s.%N) - $start" | bc)
      times[$name]+="$t "
      printf 'run %d %-6s %.2f s\n' "$run" "$name" "$t"
    done
  done
  for name in "${names[@]}"; do
    printf '%s\n' ${times[$name]} | sort -n |
      awk -v n="$name" -v mib="$size_mib" '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2;
        printf "%-6s %d MiB: median %.2f s, min %.2f s, max %.2f s (%d runs)\n", n, mib, m, a[1], a[NR], NR}'
  done
elif command -v hyperfine >/dev/null; then
  extra=()
  [[ -n ${XMAKE_BEFORE:-} ]] && extra=(--command-name "xmake before (${size_mib} MiB)" "$before_cmd")
  hyperfine --runs "$runs" --warmup 1 --prepare "$prepare" \
    --command-name "xmake base (copy+verify, ${size_mib} MiB)" "$xmake_cmd" \
    --command-name "cp + sha256sum (${size_mib} MiB)" "$cp_cmd" "${extra[@]}"
else
  for name in "${names[@]}"; do
    cmd=${name}_cmd
    for _ in $(seq "$runs"); do
      bash -c "$prepare"
      /usr/bin/time -f "$name: %e s elapsed, %U s user, %S s sys" bash -c "${!cmd}"
    done
  done
fi
