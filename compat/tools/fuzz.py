#!/usr/bin/env python3
"""Differential fuzzing against GNU make: random small makefiles run under /usr/bin/make and
xmake in twin directories; every disagreement (stdout, stderr, exit status, files made) is
kept under the output directory as a ready-to-read case.

    compat/tools/fuzz.py [--kind KIND] [--from N] [--count N] [--xmake PATH] [--out DIR]

Kinds: `vars` (assignments, functions, conditionals, define, call, eval); `rules` (rules,
pattern and static pattern rules, special targets, automatic variables, -n/-q/-t/-k/-i/-B);
`flags` (the command line, MAKEFLAGS and MFLAGS as make and a sub-make see them); `recipes`
(prefixes, continuations, shells, canned recipes, .ONESHELL, errors); `include` (include,
-include, makefile remaking and restarts); `targetvars` (target- and pattern-specific
variables, inheritance, private/override/export, the environment); `escapes` (escaped blanks,
`\\%` and backslash runs, `./` prefixes in names, static patterns and pattern functions). Seeds are deterministic, so `--from 123 --count 1` reproduces case 123. Not part of
the test suite: findings become compat cases by hand once understood.
"""
import argparse
import os
import random
import shutil
import subprocess
import tempfile

WORDS = ["a", "b.c", "x/y.o", "foo.c", "bar.h", "%", "a%b", " ", "", "$$", "dir/", "1", "-z", "a,b", "*.q"]
VARS = ["A", "B", "C", "D"]
FUNCS1 = ["strip", "sort", "words", "firstword", "lastword", "dir", "notdir", "suffix",
          "basename", "abspath", "flavor", "origin", "value"]
FUNCS2 = ["addsuffix", "addprefix", "filter", "filter-out", "findstring", "join", "word"]
TARGETS = ["all", "a.o", "b.o", "a.c", "b.c", "lib.a", "x", "y", "out/z", "gen.h", "p.x", "q.x"]
AUTO = ["$@", "$<", "$^", "$+", "$?", "$*", "$(@D)", "$(@F)", "$(<F)", "$|", "$(V)", "$(W)"]


def text(r, depth=0):
    parts = []
    for _ in range(r.randint(0, 3)):
        k = r.random()
        if depth >= 3 or k >= 0.73:
            parts.append(r.choice(WORDS))
        elif k < 0.25:
            parts.append("$(%s)" % r.choice(VARS))
        elif k < 0.35:
            arg = text(r, depth + 1) if r.random() < 0.7 else r.choice(VARS)
            parts.append("$(%s %s)" % (r.choice(FUNCS1), arg))
        elif k < 0.5:
            f = r.choice(FUNCS2)
            first = str(r.randint(0, 3)) if f == "word" else text(r, depth + 1)
            parts.append("$(%s %s,%s)" % (f, first, text(r, depth + 1)))
        elif k < 0.55:
            parts.append("$(patsubst %s,%s,%s)" % (r.choice(["%.c", "%", "a%", "%.o"]),
                                                   r.choice(["%.o", "x%", "%"]), text(r, depth + 1)))
        elif k < 0.6:
            parts.append("$(%s:%s=%s)" % (r.choice(VARS), r.choice([".c", "%.c", "a", ""]),
                                          r.choice([".o", "%.o", "b"])))
        elif k < 0.65:
            parts.append("$(if %s,%s,%s)" % (text(r, depth + 1), text(r, depth + 1), text(r, depth + 1)))
        elif k < 0.7:
            parts.append("$(foreach i,%s,<$(i)>)" % text(r, depth + 1))
        elif k < 0.71:
            parts.append("$(wordlist %d,%d,%s)" % (r.randint(1, 3), r.randint(0, 4), text(r, depth + 1)))
        elif k < 0.72:
            parts.append("$(subst %s,%s,%s)" % (r.choice(["a", ".", " ", ""]), r.choice(["b", "", "%"]), text(r, depth + 1)))
        else:
            parts.append("$(call F,%s,%s)" % (text(r, depth + 1), text(r, depth + 1)))
    return " ".join(parts)


def gen_vars(r):
    lines = ["F = [$(1)|$(2)|$(words $(3))]%s" % r.choice(["", " $(0)", " $(if $(1),x,y)"])]
    for _ in range(r.randint(2, 8)):
        k, v = r.random(), r.choice(VARS)
        if k < 0.5:
            lines.append("%s %s %s" % (v, r.choice(["=", ":=", "+=", "?=", "::="]), text(r)))
        elif k < 0.6:
            lines.append("ifeq (%s,%s)\n%s = %s\nelse\n%s += %s\nendif" % (text(r), text(r), v, text(r), v, text(r)))
        elif k < 0.7:
            lines.append("ifdef %s\n%s := %s\nendif" % (v, v, text(r)))
        elif k < 0.8:
            lines.append("$(info %s)" % text(r))
        elif k < 0.85:
            lines.append("override %s %s %s" % (v, r.choice(["=", ":=", "+="]), text(r)))
        elif k < 0.9:
            lines.append("$(eval %s %s %s)" % (v, r.choice(["=", ":=", "+="]), text(r)))
        elif k < 0.93:
            lines.append("%s %s %s" % (r.choice(["export", "unexport", "undefine"]), v, ""))
        else:
            lines.append("define %s\n%s\n%s\nendef" % (v, text(r), text(r)))
    lines.append("all:\n\t@echo '[$(A)][$(B)][$(C)][$(D)]'")
    lines += ["$(info %s=[$(%s)] $(flavor %s) $(origin %s))" % (v, v, v, v) for v in VARS]
    return "\n".join(lines) + "\n", [], ["-s"]


def recipe(r):
    lines = []
    for _ in range(r.randint(0, 2)):
        pre = r.choice(["", "@", "-", "@-", "+"])
        k = r.random()
        if k < 0.6:
            lines.append("\t%secho %s" % (pre, " ".join(r.choice(AUTO) for _ in range(r.randint(1, 3)))))
        elif k < 0.75:
            lines.append("\t%stouch $@" % pre)
        elif k < 0.85:
            lines.append("\t%sfalse" % pre)
        else:
            lines.append("\t%smkdir -p $(@D) && touch $@" % pre)
    return lines


def gen_rules(r):
    def some(n=2):
        return " ".join(r.choice(TARGETS) for _ in range(r.randint(0, n)))
    out = ["V = v", "W := w"]
    for _ in range(r.randint(3, 9)):
        k = r.random()
        if k < 0.45:
            order_only = (" | " + some(1)) if r.random() < 0.15 else ""
            out.append("%s%s %s%s" % (r.choice(TARGETS), r.choice([":", ":", "::"]), some(), order_only))
            out += recipe(r)
        elif k < 0.6:
            out.append("%%.%s: %%.%s" % (r.choice(["o", "x", "h"]), r.choice(["c", "o", "x"])))
            out += recipe(r) or ["\techo pat $@ $<"]
        elif k < 0.7:
            out.append("%s: %%.o: %%.c" % r.choice(["a.o b.o", "a.o", "b.o c.o"]))
            out += recipe(r)
        elif k < 0.8:
            out.append("%s: %s %s %s" % (r.choice(TARGETS), r.choice(["V", "W", "X"]),
                                         r.choice(["=", ":=", "+=", "?="]), r.choice(["t1", "$(V)x", "$@"])))
        elif k < 0.88:
            out.append(".PHONY: %s" % some())
        elif k < 0.93:
            out.append("%s: %s" % (r.choice([".PRECIOUS", ".SECONDARY", ".INTERMEDIATE",
                                               ".DELETE_ON_ERROR", ".IGNORE", ".SILENT"]), some(1)))
        else:
            out.append("vpath %%.c %s" % r.choice(["src", "out", "."]))
    files = sorted(set(r.choice(TARGETS) for _ in range(r.randint(0, 4))))
    args = r.choice(["", "-k", "-n", "-i", "-q", "-s", "-t", "-k -n", "-B", "-r"]).split() + some().split()
    return "\n".join(out) + "\n", files, args


ENAMES = ["a.o", "./a.o", ".//b.o", "foo\\ bar.o", "a\\%b", "a\\\\%", "x.y", "./", "src/./c.o",
          "p\\:q", "d/e.o", "foo\\ \\ baz.o"]
EPATS = ["%", "%.o", "%.c", "a\\%%", "%\\ x.c", "a\\ %.c", "\\%", "\\\\%", "%\\%", "d/%.o", "src/%.o"]


def gen_escapes(r):
    """Escapes in names and patterns: `\\ ` blanks, `\\%`, backslash runs before `%`, `./`
    prefixes, static pattern rules over such names, target-specific variables on them,
    and $(filter)/$(patsubst)/substitution references with escaped patterns."""
    out = ["N := " + " ".join(r.choice(ENAMES) for _ in range(r.randint(2, 5)))]
    goals = []
    for _ in range(r.randint(2, 6)):
        k = r.random()
        t = " ".join(r.choice(ENAMES) for _ in range(r.randint(1, 2)))
        if k < 0.3:
            out.append("%s: %s: %s %s" % (t, r.choice(EPATS), r.choice(EPATS), r.choice(["", "| %.h", "plain"])))
            out.append("\t@echo '$@ <$<> <$^> <$*>'")
            goals.append(t)
        elif k < 0.5:
            out.append("%s: %s" % (t, r.choice(ENAMES)))
            out.append("\t@echo '$@ <$^> <$(X)>'")
            goals.append(t)
        elif k < 0.65:
            out.append("%s: X %s %s" % (r.choice(ENAMES + EPATS), r.choice(["=", "+="]), r.choice(["one", "$@"])))
        elif k < 0.85:
            f = r.choice(["filter", "filter-out"])
            out.append("$(info %s <$(%s %s,$(N))>)" % (f, f, r.choice(EPATS)))
        else:
            out.append("$(info patsubst <$(patsubst %s,%s,$(N))> <$(N:%s=%s)>)" % (
                r.choice(EPATS), r.choice(EPATS + ["<%>", "Z"]), r.choice(EPATS + [".o"]), r.choice(["<%>", "Z"])))
    out.append("%: ; @echo 'any $@ <$(X)>'")
    out.insert(0, "all: " + " ".join(goals))
    files = sorted(set(r.choice(["a.c", "b.c", "a.o", "x.y", "foo bar.c"]) for _ in range(r.randint(0, 2))))
    return "\n".join(out) + "\n", files, r.choice(["", "-r", "-n"]).split()


FLAGS = ["-k", "-s", "-n", "-e", "-r", "-R", "-w", "--no-print-directory", "-i", "-B", "-I", "-Iinc",
         "--warn-undefined-variables", "-q", "-t", "-S", "--trace", "-L", "-W", "-o",
         "-C", "-l", "-l2", "--eval=E:=1", "V=1", "V:=2", "override", "--", "-ks", "-kn",
         "--silent", "--keep-going", "--just-print", "--environment-overrides", "--no-keep-going"]


def gen_flags(r):
    """The command line and MAKEFLAGS: what make and a sub-make see of the flags."""
    makefile = (
        "$(info [$(MAKEFLAGS)] [$(MFLAGS)] [$(MAKELEVEL)] [$(origin V)] [$(E)])\n"
        "all: sub\n\t@echo top [$$MAKEFLAGS]\n"
        "sub:\n\t+@$(MAKE) -f sub.mk\n"
        "x o w: ; @echo $@\n"
    ).replace("\\n", "\n").replace("\\t", "\t")
    args = []
    for _ in range(r.randint(0, 5)):
        f = r.choice(FLAGS)
        if f in ("-I", "-C", "-W", "-o"):
            args += [f, r.choice([".", "inc", "x", "w"])]
        else:
            args.append(f)
    if r.random() < 0.3:
        args.append(r.choice(["x", "all", "o", "w"]))
    return makefile, ["inc/", "x"], args


RECIPE_LINES = ["echo a", "echo 'q  s'", "echo \"$$HOME\" | wc -c", "exit 3", "false", "true",
                "echo a; \\\n\techo b", "echo one \\\n\t two", "printf '%s\\n' x y", "cd /; pwd",
                "echo $(V) $$V", "test -n \"$(V)\"", "echo $@ $< $^", "echo err >&2", ":", "@:",
                "$(call C,x)", "$(D)", "echo $$$$ >/dev/null", "for i in 1 2; do echo $$i; done"]


def gen_recipes(r):
    """Recipe lines: prefixes, continuation, shells, canned recipes, .ONESHELL, errors."""
    head = ["V = v", "export V", "C = echo called $(1)", "define D\necho d1\n@echo d2\nendef"]
    if r.random() < 0.2:
        head.append(".ONESHELL:")
    if r.random() < 0.15:
        head.append(".SHELLFLAGS = -ec")
    if r.random() < 0.1:
        head.append("SHELL = /bin/bash")
    if r.random() < 0.1:
        head.append(r.choice([".IGNORE:", ".SILENT:", ".DELETE_ON_ERROR:", ".POSIX:"]))
    out = [x.replace("\\n", "\n") for x in head]
    for t in ["all", "b", "c"]:
        deps = " ".join(x for x in ["b", "c"] if x != t and t == "all" and r.random() < 0.7)
        out.append("%s: %s" % (t, deps))
        for _ in range(r.randint(1, 4)):
            pre = r.choice(["", "", "@", "-", "@-", "+", "-@"])
            out.append("\t" + pre + r.choice(RECIPE_LINES).replace("\\n", "\n").replace("\\t", "\t"))
    args = r.choice(["", "-k", "-n", "-i", "-s", "-j1", "-k -i", "--trace", "-n -s"]).split()
    return "\n".join(out) + "\n", [], args


def gen_include(r):
    """include / -include / sinclude of present, missing and generated makefiles, makefile
    remaking (with restarts), MAKEFILE_LIST and MAKE_RESTARTS."""
    names = ["a.mk", "b.mk", "gen.mk", "missing.mk", "sub/c.mk", "*.mk"]
    out = []
    for _ in range(r.randint(1, 4)):
        out.append("%s %s" % (r.choice(["include", "-include", "sinclude"]),
                              " ".join(r.choice(names) for _ in range(r.randint(1, 2)))))
    if r.random() < 0.6:
        out.append("gen.mk: %s\n\t@echo making $@\n\t@echo 'G := generated' > $@"
                   % r.choice(["", "a.mk", "stamp"]))
    if r.random() < 0.3:
        out.append("%.mk:\n\t@echo pattern $@")
    if r.random() < 0.3:
        out.append("missing.mk: ; @echo cannot-make $@; exit %d" % r.randint(0, 1))
    out.append("$(info list=[$(MAKEFILE_LIST)] restarts=[$(MAKE_RESTARTS)] G=[$(G)] A=[$(A)])")
    out.append("all: ; @echo all G=$(G)")
    files = {"a.mk": "A := a\n", "b.mk": "include a.mk\nB := b\n", "sub/c.mk": "C := c\n"}
    given = [n for n in files if r.random() < 0.6]
    if r.random() < 0.3:
        given.append("stamp")
    args = r.choice(["", "-n", "-q", "-k", "-B", "-s"]).split()
    text = "\n".join(out).replace("\\n", "\n").replace("\\t", "\t") + "\n"
    return text, [(n, files.get(n, "").replace("\\n", "\n")) for n in given], args


def gen_targetvars(r):
    """Target- and pattern-specific variables: inheritance through prerequisites, private,
    override, +=, ?=, :=, export to recipes, and the environment."""
    ops = ["=", ":=", "+=", "?=", "!="]
    targets = ["all", "a.o", "b.o", "lib", "%.o", "a.%", "%"]
    out = ["V = global", "W := w", "export E = e"]
    for _ in range(r.randint(2, 7)):
        t = r.choice(targets)
        mods = r.choice(["", "", "private ", "override ", "export ", "unexport "])
        var = r.choice(["V", "W", "X", "E"])
        op = r.choice(ops)
        val = r.choice(["t1", "$(V)+", "$@", "$(W)", "echo sh", "$$x", ""])
        if op == "!=":
            val = "echo shell-$(r)".replace("$(r)", str(r.randint(0, 9)))
        out.append("%s: %s%s %s %s" % (t, mods, var, op, val))
    out.append("all: lib a.o b.o\n\t@echo all [$(V)] [$(W)] [$(X)] [$$E]")
    out.append("lib: a.o\n\t@echo lib [$(V)] [$(W)] [$(X)] [$$E]")
    out.append("a.o b.o:\n\t@echo $@ [$(V)] [$(W)] [$(X)] [$$E] [$$V]")
    text = "\n".join(out).replace("\\n", "\n").replace("\\t", "\t") + "\n"
    args = r.choice(["", "", "-e", "V=cmd", "X=cmd", "-n"]).split() + r.choice(["", "b.o", "lib"]).split()
    return text, [], args


def run(program, work, makefile, files, args):
    """Runs `make ARGS` in `work` with `make` on PATH meaning `program`."""
    bindir = os.path.join(work, "bin")
    tree = os.path.join(work, "w")
    os.makedirs(bindir)
    os.makedirs(os.path.join(tree, "src"))
    os.makedirs(os.path.join(tree, "out"))
    os.symlink(program, os.path.join(bindir, "make"))
    with open(os.path.join(tree, "Makefile"), "w") as f:
        f.write(makefile)
    with open(os.path.join(tree, "sub.mk"), "w") as f:
        f.write("$(info sub [$(MAKEFLAGS)] [$(MFLAGS)] [$(MAKELEVEL)] [$(origin V)])\nall: ; @echo sub\n")
    old = 1577836800  # 2020-01-01: given files are older than anything made
    for name in files:
        content = ""
        if isinstance(name, tuple):
            name, content = name
        if name.endswith("/"):
            os.makedirs(os.path.join(tree, name), exist_ok=True)
            continue
        os.makedirs(os.path.dirname(os.path.join(tree, name)), exist_ok=True)
        with open(os.path.join(tree, name), "w") as f:
            f.write(content)
        os.utime(os.path.join(tree, name), (old, old))
    env = {"PATH": bindir + ":/usr/bin:/bin", "LC_ALL": "C", "HOME": work}
    try:
        p = subprocess.run(["make"] + args, cwd=tree, env=env, capture_output=True, timeout=20)
        status, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        status, out, err = "timeout", b"", b""
    made = []
    for root, _, names in os.walk(tree):
        for n in names:
            path = os.path.join(root, n)
            if os.path.getmtime(path) > old + 1 and n not in ("Makefile", "sub.mk"):
                made.append(os.path.relpath(path, tree))
    norm = lambda b: b.decode("utf-8", "replace").replace(tree, "<WORK>")
    return status, norm(out), norm(err), sorted(made)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=["vars", "rules", "flags", "recipes", "include", "targetvars", "escapes"], default="rules")
    ap.add_argument("--from", dest="start", type=int, default=0)
    ap.add_argument("--count", type=int, default=200)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--xmake", default=os.path.join(here, "..", "..", "target", "debug", "xmake"))
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "xmake-fuzz"))
    a = ap.parse_args()
    xmake = os.path.abspath(a.xmake)
    gen = {"vars": gen_vars, "rules": gen_rules, "flags": gen_flags, "recipes": gen_recipes, "include": gen_include, "targetvars": gen_targetvars, "escapes": gen_escapes}[a.kind]
    failures = 0
    for seed in range(a.start, a.start + a.count):
        makefile, files, args = gen(random.Random(seed))
        with tempfile.TemporaryDirectory() as g, tempfile.TemporaryDirectory() as x:
            gnu = run("/usr/bin/make", g, makefile, files, args)
            ours = run(xmake, x, makefile, files, args)
        if gnu != ours:
            failures += 1
            case = os.path.join(a.out, "%s-%d" % (a.kind, seed))
            os.makedirs(case, exist_ok=True)
            with open(os.path.join(case, "Makefile"), "w") as f:
                f.write(makefile)
            with open(os.path.join(case, "report.txt"), "w") as f:
                given = [n if isinstance(n, str) else n[0] for n in files]
                f.write("files given: %s\nargs: %s\n" % (" ".join(given), " ".join(args)))
                for what, gv, ov in zip(["status", "stdout", "stderr", "made"], gnu, ours):
                    if gv != ov:
                        f.write("--- %s, GNU make:\n%s\n--- %s, xmake:\n%s\n" % (what, gv, what, ov))
            print("differs: seed %d -> %s" % (seed, case))
    print("%d of %d differ" % (failures, a.count))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
