#!/usr/bin/env python3
"""Finds compat cases whose GNU make output depends on uninitialised memory.

GNU make 4.3 reads uninitialised heap memory in a few corners (an invalid `else ifeq` at a
conditional depth never used before is one): its output there changes from run to run, and a
compat case relying on it fails now and then in CI. This runs every `.mk` case under GNU make
twice with glibc's tcache off and freshly allocated memory filled with different bytes
(`MALLOC_PERTURB_=1` and `255`) and lists the cases whose outputs differ. Lines that differ
for known reasons (the perturbation variable itself, temporary directory names) are ignored;
cases using `-j`, `sleep`, `-p` normalisation, `$$$$`, their own environment or a known
difference are skipped.

Usage: python3 compat/tools/gnu-heap-check.py [CASES_DIR]
"""
import glob
import os
import shlex
import subprocess
import sys
import tempfile

CASES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "cases")


def directives(src):
    """The case's args and setup lines, or None when the case is skipped."""
    args, setups = [], []
    for line in src.splitlines():
        if line.startswith("#| args:"):
            args = shlex.split(line[len("#| args:"):])
        elif line.startswith("#| setup:"):
            setups.append(line[len("#| setup:"):])
        elif line.startswith(("#| env:", "#| normalise:", "#| known-difference:")):
            return None
    if "-j" in " ".join(args) or "sleep" in src or "$$$$" in src:
        return None
    return args, setups


def run(src, args, setups, perturb):
    d = tempfile.mkdtemp()
    try:
        with open(os.path.join(d, "Makefile"), "w") as f:
            f.write(src)
        for s in setups:
            subprocess.run(["bash", "-c", s], cwd=d)
        env = {
            "PATH": "/usr/bin:/bin",
            "LC_ALL": "C",
            "GLIBC_TUNABLES": "glibc.malloc.tcache_count=0",
            "MALLOC_PERTURB_": perturb,
        }
        try:
            r = subprocess.run(["/usr/bin/make"] + args, cwd=d, env=env, capture_output=True, timeout=20)
        except subprocess.TimeoutExpired:
            return "timeout"

        def clean(b):
            lines = b.replace(d.encode(), b"D").split(b"\n")
            keep = [l for l in lines if b"MALLOC_PERTURB_" not in l]
            return b"\n".join(keep)

        return (r.returncode, clean(r.stdout), clean(r.stderr))
    finally:
        subprocess.run(["rm", "-rf", d])


def main():
    files = sorted(glob.glob(os.path.join(CASES, "**", "*.mk"), recursive=True))
    differ = 0
    for path in files:
        src = open(path, errors="replace").read()
        d = directives(src)
        if d is None:
            continue
        if len({run(src, *d, p) for p in ("1", "255")}) > 1:
            differ += 1
            print("differs:", os.path.relpath(path, CASES), flush=True)
    print(f"{len(files)} cases; {differ} whose GNU output changed (directory names in the"
          " output, as CURDIR's basename, show up here too: read each)")


if __name__ == "__main__":
    main()
