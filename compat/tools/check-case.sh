#!/usr/bin/env bash
# check-case.sh: run differential cases under GNU make the way tests/compat.rs does, TWICE in
# two fresh temporary directories, and report cases whose two outcomes differ (nondeterministic:
# timing, PIDs, dates, racy -j output, paths outside the work dir...).
#
# usage: compat/tools/check-case.sh [-v] [-m MAKE] [-x OTHER] CASE_OR_DIR...
#   -v        print the (first) outcome of every case
#   -m MAKE   program under test (default /usr/bin/make)
#   -x OTHER  differential mode: run MAKE once and OTHER once (e.g. target/debug/xmake) and
#             report DIFF with a unified diff of the two outcomes (quick check without cargo)
# A case may carry "#| check: missing-program-ok" (ignored by the harness) when a missing
# program is the point of the case.
# Exit status 1 if any case is nondeterministic, fails to set up, or leaks an absolute path.
set -u
verbose=0
prog=/usr/bin/make
other=''
while getopts vm:x: o; do
  case $o in
    v) verbose=1 ;;
    m) prog=$OPTARG ;;
    x) other=$(realpath "$OPTARG") ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))

# split_words STRING: like the harness, split on blanks honouring '...' and "..." (no escapes).
split_words() {
  local s=$1 cur='' has=0 quote='' c i
  words=()
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    if [[ -z $quote && ( $c == "'" || $c == '"' ) ]]; then
      quote=$c; has=1
    elif [[ -n $quote && $c == "$quote" ]]; then
      quote=''
    elif [[ -z $quote && ( $c == ' ' || $c == $'\t' ) ]]; then
      if ((has)); then words+=("$cur"); cur=''; has=0; fi
    else
      cur+=$c; has=1
    fi
  done
  if ((has)); then words+=("$cur"); fi
}

# run_once CASE OUTFILE: one run of CASE, outcome written to OUTFILE.
run_once() {
  local case=$1 out=$2 tmp work line key value
  tmp=$(mktemp -d)
  work=$tmp/work
  mkdir -p "$tmp/bin" "$work"
  ln -s "$prog" "$tmp/bin/make"
  local pathv="$tmp/bin:/usr/local/bin:/usr/bin:/bin"
  local args=() envs=() setups=()
  while IFS= read -r line; do
    [[ $line == '#| '* ]] || continue
    line=${line#'#| '}
    [[ $line == *:* ]] || continue
    key=${line%%:*}; value=${line#*:}
    key=$(echo "$key" | sed 's/^[[:space:]]*//;s/[[:space:]]*$//')
    value=$(printf '%s' "$value" | sed 's/^[[:space:]]*//;s/[[:space:]]*$//')
    case $key in
      args) split_words "$value"; args=("${words[@]}") ;;
      env) [[ $value == *=* ]] && envs+=("$value") ;;
      setup) setups+=("$value") ;;
    esac
  done < "$case"
  local base=(env -i PATH="$pathv" HOME="$tmp" LC_ALL=C TZ=UTC "${envs[@]}")
  local s
  for s in "${setups[@]}"; do
    if ! (cd "$work" && "${base[@]}" /bin/sh -c "$s" </dev/null); then
      echo "SETUP-FAILED: $case: $s" >&2
      rm -rf "$tmp"; return 3
    fi
  done
  local rc
  if [[ $case == *.sh ]]; then
    (cd "$work" && timeout 30 "${base[@]}" PATH="$pathv" /bin/bash "$case" </dev/null >"$tmp/stdout" 2>"$tmp/stderr")
    rc=$?
  else
    cp "$case" "$work/Makefile"
    (cd "$work" && timeout 30 "${base[@]}" PATH="$pathv" make "${args[@]}" </dev/null >"$tmp/stdout" 2>"$tmp/stderr")
    rc=$?
  fi
  local sedexpr
  sedexpr="s|$(printf '%s' "$work" | sed 's/[.[\*^$|]/\\&/g')|<WORK>|g;s|$(printf '%s' "$tmp" | sed 's/[.[\*^$|]/\\&/g')|<TMP>|g"
  {
    echo "status=$rc"
    echo "--- stdout"; sed "$sedexpr" "$tmp/stdout"
    echo "--- stderr"; sed "$sedexpr" "$tmp/stderr"
    echo "--- files"
    (cd "$work" && find . -mindepth 1 | sed 's|^\./||' | LC_ALL=C sort | while IFS= read -r f; do
      if [[ -L $f ]]; then echo "$f: <link $(readlink "$f")>"
      elif [[ -d $f ]]; then echo "$f: <dir>"
      else echo "$f:"; sed 's/^/  | /' "$f"; fi
    done)
  } > "$out"
  rm -rf "$tmp"
  return 0
}

cases=()
for a in "$@"; do
  if [[ -d $a ]]; then
    while IFS= read -r f; do cases+=("$f"); done < <(find "$a" -type f \( -name '*.mk' -o -name '*.sh' \) | LC_ALL=C sort)
  else
    cases+=("$a")
  fi
done

bad=0
r1=$(mktemp); r2=$(mktemp)
for c in "${cases[@]}"; do
  c=$(realpath "$c")
  if [[ -n $other ]]; then
    run_once "$c" "$r1"
    saved=$prog; prog=$other; run_once "$c" "$r2"; prog=$saved
    if cmp -s "$r1" "$r2"; then
      echo "match: ${c#*compat/cases/}"
    else
      echo "DIFF: ${c#*compat/cases/}"; bad=1
      [[ $verbose == 1 ]] && diff -u --label gnu --label other "$r1" "$r2" | head -40
    fi
    continue
  fi
  if ! run_once "$c" "$r1" || ! run_once "$c" "$r2"; then bad=1; continue; fi
  if ! cmp -s "$r1" "$r2"; then
    echo "NONDETERMINISTIC: $c"; diff "$r1" "$r2" | head -20; bad=1
  elif grep -qE '(/tmp/|/work/)' "$r1"; then
    echo "ABSOLUTE-PATH: $c"; grep -nE '(/tmp/|/work/)' "$r1" | head -5; bad=1
  elif grep -qE 'in the future|Clock skew' "$r1"; then
    echo "FUTURE-TIMESTAMP: $c (message text depends on the current time)"; bad=1
  elif ! grep -q '^#| check: missing-program-ok' "$c" &&
       grep -qE 'cc1: |collect2|/usr/bin/ld|command not found|: not found' "$r1"; then
    echo "REAL-COMPILER-OR-MISSING-PROGRAM: $c (output mentions cc/ld or a missing program; check it is intended)"; bad=1
  elif grep -q '^status=124$' "$r1"; then
    echo "TIMEOUT: $c"; bad=1
  else
    [[ $verbose == 1 ]] || echo "ok: $c"
  fi
  if [[ $verbose == 1 ]]; then
    echo "=== ${c#*compat/cases/}"
    # the case's own Makefile copy is compared but not worth showing
    awk '/^Makefile:$/ {skip=1; next} skip && /^  \| / {next} {skip=0; print}' "$r1"
  fi
done
rm -f "$r1" "$r2"
exit $bad
