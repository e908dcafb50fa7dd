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
`\\%` and backslash runs, `./` prefixes in names, static patterns and pattern functions); `functions` (every GNU 4.3 function with
edge arguments, `$(call)` of built-ins, names 4.3 lacks such as `$(let)`/`$(intcmp)`,
`$(file)`, message order); `conditionals` (ifeq/ifdef forms, nesting, else-if chains and
their errors); `define` (operators, modifiers, nesting, endef with trailing text, defines as
recipes); `vpath` (vpath/VPATH/GPATH, -lNAME and .LIBPATTERNS, $(wildcard)); `errors`
(malformed lines: messages and line numbers). Seeds are deterministic, so
`--from 123 --count 1` reproduces case 123. Not part of
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
    targets = ["all", "a.o", "b.o", "lib", "%.o", "a.%", "%", "%b", "a.o b.o", "lib %.o"]
    out = ["V = global", "W := w", "export E = e"]
    for _ in range(r.randint(2, 7)):
        t = r.choice(targets)
        mods = r.choice(["", "", "private ", "override ", "export ", "unexport ",
                         "override private ", "export override "])
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
    args = r.choice(["", "", "-e", "V=cmd", "X=cmd", "-n", "V=cmd X=c2", "-e W=cw",
                     "V:=c$$W"]).split() + r.choice(["", "b.o", "lib"]).split()
    return text, [], args


BLANKS = ["", " ", "  ", "\t", " x ", "x", "a b", " a  b ", "$(E)", "$(SP)"]
FWORDS = ["a b c", " a  b c ", "", "x.c y.o z", "a%b %c", "1 2 3 4 5", "foo/bar.c baz", ".c", "a.c.c"]
NUMS = ["0", "1", "2", "3", "5", "-1", "x", "", " 2", "02", "999999999999999999999"]


def ftext(r, depth=0):
    """One function call of GNU 4.3 (and a few names 4.3 does not know) with edge arguments."""
    w = lambda: r.choice(FWORDS) if depth >= 2 or r.random() < 0.6 else ftext(r, depth + 1)
    k = r.randint(0, 33)
    if k == 0:
        return "$(wordlist %s,%s,%s)" % (r.choice(NUMS), r.choice(NUMS), w())
    if k == 1:
        return "$(word %s,%s)" % (r.choice(NUMS), w())
    if k == 2:
        return "$(subst %s,%s,%s)" % (r.choice(["", " ", "a", "b c", "%"]), r.choice(["", "X", " "]), w())
    if k == 3:
        return "$(patsubst %s,%s,%s)" % (r.choice(["%", "%.c", "a%b%c", "%%", "%.c%", "", " %.c "]),
                                         r.choice(["%.o", "%%", "[%]", "", "x"]), w())
    if k == 4:
        return "$(join %s,%s)" % (w(), w())
    if k == 5:
        n = r.randint(0, 4)
        return "$(call %s%s)" % (r.choice(["F", "G", "R", "UNDEF", "", "info"]), "".join("," + r.choice(BLANKS) for _ in range(n)))
    if k == 6:
        return "$(%s %s)" % (r.choice(["if", "or", "and"]), ",".join(r.choice(BLANKS) for _ in range(r.randint(1, 4))))
    if k == 7:
        return "$(%s %s)" % (r.choice(["value", "origin", "flavor"]), r.choice(
            ["@", "<", "F", "HOME", "OV", "MAKE", "CC", "MAKEFLAGS", "CURDIR", "UNDEF", "E", "SHELL", "MAKEFILE_LIST", ".DEFAULT_GOAL"]))
    if k == 8:
        return "$(%s %s)" % (r.choice(["let", "intcmp", "nosuch", "info2", "eval2"]), w())
    if k == 9:
        return "$(intcmp %s,%s,lt,eq,gt)" % (r.choice(NUMS), r.choice(NUMS))
    if k == 10:
        return "$(let a b,1 2 3,[$$(a)][$$(b)])"
    if k == 11:
        return "$(%s %s)" % (r.choice(["sort", "strip", "words", "firstword", "lastword"]), w())
    if k == 12:
        return "$(%s %s)" % (r.choice(["dir", "notdir", "suffix", "basename", "abspath", "realpath"]),
                             r.choice(["a/b.c", "/x/../y", ".", "a/", "./a.c", "a.b/c", "/", "..", "a//b", "~/x", w()]))
    if k == 13:
        return "$(%s %s,%s)" % (r.choice(["addsuffix", "addprefix"]), r.choice(["", ".o", " x"]), w())
    if k == 14:
        return "$(%s %s,%s)" % (r.choice(["filter", "filter-out"]), r.choice(["%", "%.c", "a%", "", "% %.o", "a%b%c"]), w())
    if k == 15:
        return "$(findstring %s,%s)" % (r.choice(["", "a", " ", "b c"]), w())
    if k == 16:
        return "$(foreach %s,%s,%s)" % (r.choice(["i", "", " i ", "a b", "@"]), w(), r.choice(["<$(i)>", "$(i)$(i)", "", "$(i"]))
    if k == 17:
        return "$(file %s)" % r.choice(["<f.txt", "< f.txt", "<missing", ">out.txt,hi", ">>out.txt,more", ">out.txt", "> out.txt, sp ", "bad f", "<", ">>out.txt,", ">out.txt,a\nb"])
    if k == 18:
        return "$(%s %s)" % (r.choice(["info", "warning"]), w())
    if k == 19:
        return "$(error %s)" % w() if r.random() < 0.3 else "$(info e)"
    if k == 20:
        return "$(shell %s)" % r.choice(["echo a; echo b", "printf 'x\\n\\n'", "exit 3", "echo $$?", "", "nosuchprog-q", "printf 'a\\r\\nb'"])
    if k == 21:
        return "[$(.SHELLSTATUS)]"
    if k == 22:
        return "$(wildcard %s)" % r.choice(["*.txt", "f.txt x.c", "", "nope*", "*/", "sub/*", "[f].txt"])
    if k == 23:
        return "$(eval %s)" % r.choice(["X := 1", "X = $$(F)", "", "$$(info in-eval)", "a:b"])
    if k == 24:
        return "$(%s)" % r.choice(["if", "or", "and", "subst", "call", "word", "foreach", "info", "strip"])
    if k == 25:
        return "$(%s,)" % r.choice(["if", "or", "and", "strip", "sort"])
    if k == 26:
        return "$(%s  %s)" % (r.choice(["strip", "words"]), w())
    if k == 27:
        return "${subst a,b,%s}" % w()
    if k == 28:
        return "$(words $(F) %s)" % w()
    if k == 29:
        return "$(call R,%s)" % r.choice(["3", "a b c", ""])
    if k == 30:
        return "$(origin %s)" % r.choice(["1", "0", "F", "OV", "CMD", "ENVV", "AUTO"])
    if k == 31:
        return "$(value %s)" % r.choice(["R", "F", "$(E)", "0", "1"])
    if k == 32:
        return "$(if %s,$(info then),$(info else))" % r.choice(BLANKS)
    return "$(%s)" % r.choice(["@", "<", "*", "^", "+", "?", "|", "%", "@D", "MAKELEVEL", "-", "$$"])


def gen_functions(r):
    """Every GNU 4.3 function with edge arguments, names 4.3 does not know ($(let), $(intcmp)),
    $(file), and the order of $(info)/$(warning)/$(error) output."""
    out = ["E :=", "SP := $(E) $(E)", "F = [$(0)|$(1)|$(2)|$(3)]", "G = $(1)$(2)",
           "R = $(if $(filter-out 0,$(1)),$(1) $(call R,$(words $(wordlist 2,$(1),x x x x))))",
           "override OV := ov", "AUTO = $@"]
    for _ in range(r.randint(2, 7)):
        if r.random() < 0.15:
            out.append("X %s %s" % (r.choice(["=", ":=", "+="]), ftext(r)))
            out.append("$(info X=[$(X)])")
        else:
            out.append("$(info %d[%s])" % (len(out), ftext(r)))
    out.append("all:\n\t@echo 'r[%s]'" % ftext(r).replace("'", ""))
    if r.random() < 0.3:
        out.append("\t@echo '[%s]' $@" % ftext(r).replace("'", ""))
    args = r.choice(["", "", "-s", "CMD=c", "OV=cmd", "-e", "-n"]).split()
    env_file = [("f.txt", r.choice(["", "line1\n", "l1\nl2\n", "no-newline", "\n\n"]))]
    return "\n".join(out) + "\n", env_file, args


def cond_head(r):
    vals = ["a", "", " ", "$(E)", "$(A)", "'a'", '"a"', "a b", "(x)", "$(SP)", "a,b"]
    k = r.randint(0, 9)
    v1, v2 = r.choice(vals), r.choice(vals)
    if k == 0:
        return "ifeq (%s,%s)" % (v1, v2)
    if k == 1:
        return "ifneq (%s, %s )" % (v1, v2)
    if k == 2:
        q1, q2 = r.choice(["'", '"']), r.choice(["'", '"'])
        return "ifeq %s%s%s %s%s%s" % (q1, v1.strip("'\""), q1, q2, v2.strip("'\""), q2)
    if k == 3:
        return "%s %s" % (r.choice(["ifdef", "ifndef"]), r.choice(["A", "E", "U", "$(N)", "A B", "", "SP", "R"]))
    if k == 4:
        return r.choice(["ifeq(a,a)", "ifeq (a,a) junk", "ifeq (a)", "ifeq a,a", "ifeq (a,b,c)", "ifeq ((a),(a))",
                         "ifeq ( a , a )", "ifeq \"a\" 'a'", "ifeq 'a' 'a' x", "ifeq \"a\"", "ifeq", "ifdef", "ifeq (,)",
                         "ifeq ($(A),$(A)) # comment", "  ifeq (a,a)", "\tifeq (a,a)", "ifeq ($(if a,(),x),())"])
    if k == 5:
        return "ifeq (%s,%s)" % ("$(strip %s)" % v1, v2)
    return "ifeq (%s,%s)" % (v1, v2)


def cond_block(r, depth):
    out = [cond_head(r), "$(info %d-then)" % depth]
    if depth < 2 and r.random() < 0.4:
        out += cond_block(r, depth + 1)
    for _ in range(r.randint(0, 2)):
        out.append("else " + cond_head(r))
        out.append("$(info %d-elif)" % depth)
    if r.random() < 0.6:
        out.append(r.choice(["else", "else", "else # c", "else junk", " else", "\telse", "else  "]))
        out.append("$(info %d-else)" % depth)
        if depth < 2 and r.random() < 0.3:
            out += cond_block(r, depth + 1)
    if r.random() < 0.95:
        out.append(r.choice(["endif", "endif", "endif # c", "endif junk", " endif", "endif\t", "\tendif"]))
    return out


def gen_conditionals(r):
    """ifeq/ifneq/ifdef/ifndef forms (parens, quotes, blanks), nesting, else-if chains, and
    the errors of malformed ones (extraneous text, missing endif, stray else/endif)."""
    out = ["A = a", "E :=", "SP := $(E) $(E)", "R = $(E)", "N = A"]
    for _ in range(r.randint(1, 3)):
        out += cond_block(r, 0)
    if r.random() < 0.1:
        out.append(r.choice(["else", "endif", "else ifeq (a,a)"]))
    if r.random() < 0.2:
        out.append("define D\nifeq (a,b)\nendef")
    if r.random() < 0.2:
        out.append("all:\n" + "\n".join(cond_block(r, 1)).replace("$(info", "\t@echo $(info"))
    out.append("all: ; @echo done")
    return "\n".join(out) + "\n", [], r.choice(["", "", "A=", "-s"]).split()


def gen_define(r):
    """define/endef: operators, nesting, override/export/private define, endef with trailing
    text or comments, defines used as recipes and by $(eval)/$(call)."""
    out = ["B = b"]
    names = ["D", "E", "F", "D E", "", "$(B)"]
    for _ in range(r.randint(1, 4)):
        mod = r.choice(["", "", "override ", "export ", "private ", "override export ", "unexport "])
        op = r.choice(["", "", " =", " :=", " ::=", " +=", " ?=", " !=", "=", " = junk", "  "])
        name = r.choice(names)
        body = []
        for _ in range(r.randint(0, 3)):
            k = r.random()
            if k < 0.15:
                body += ["define INNER", "in $(B)", r.choice(["endef", "endef x"])]
            elif k < 0.25:
                body.append(r.choice(["  endef", "\tendef", "endefx", "endef# c"]))
            elif k < 0.35:
                body.append("echo $(B) $$x")
            elif k < 0.45:
                body.append("# comment")
            elif k < 0.55:
                body.append("line \\")
            elif k < 0.6:
                body.append("")
            else:
                body.append(r.choice(["x = 1", "t: ; @echo t", "$(info inside)", "@echo $@", "\t@echo tab"]))
        end = r.choice(["endef", "endef", "endef", "endef # c", "endef junk", "endef\t", " endef", ""])
        out.append("%sdefine %s%s" % (mod, name, op))
        out += body
        if end:
            out.append(end)
        out.append("$(info [$(value %s)] $(flavor %s) $(origin %s))" % ((name.split()[0] if name else "D",) * 3))
    if r.random() < 0.4:
        out.append("$(eval $(D))")
    out.append("all:\n\t@echo all\n\t$(D)" if r.random() < 0.5 else "all: ; @echo all [$$D]")
    return "\n".join(out) + "\n", [], r.choice(["", "", "-n", "D=cmd", "-e"]).split()


def gen_vpath(r):
    """vpath/VPATH/GPATH search, up-to-date and stale targets found there, $< and $^ names,
    $(wildcard) interplay, and -lNAME prerequisites through .LIBPATTERNS."""
    out = []
    if r.random() < 0.6:
        out.append("VPATH = %s" % r.choice(["src", "src:lib", "src lib", "lib", "nope:src", "out"]))
    for _ in range(r.randint(0, 3)):
        out.append("vpath %s %s" % (r.choice(["%.c", "%.h", "%.o", "%", "lib%", "%.a", "%.so", "a.c"]),
                                    r.choice(["src", "lib", "out", "src:lib", ""])))
    if r.random() < 0.25:
        out.append(r.choice(["vpath %.c", "vpath", "vpath %"]))
    if r.random() < 0.3:
        out.append("GPATH = %s" % r.choice(["src", "out", "lib"]))
    if r.random() < 0.3:
        out.append(".LIBPATTERNS = %s" % r.choice(["lib%.a", "lib%.so lib%.a", "%.lib", "", "nopct"]))
    goals = []
    for t in ["prog", "a.o", "b.o", "out/c.o"]:
        deps = " ".join(r.choice(["a.c", "b.c", "c.c", "a.h", "-lfoo", "-lbar", "a.o", "b.o", "d.c"])
                        for _ in range(r.randint(0, 3)))
        out.append("%s: %s" % (t, deps))
        out.append("\t@echo '%s: $@ <$<> <$^> <$?>'" % t)
        if r.random() < 0.5:
            out.append("\t@touch $@")
        goals.append(t)
    if r.random() < 0.4:
        out.append("%.o: %.c\n\t@echo 'pat $@ <$<>'; touch $@")
    out.append("$(info w=[$(wildcard %s)])" % r.choice(["*.c", "src/*.c", "a.c", "lib/*"]))
    candidates = ["src/a.c", "src/b.c", "lib/libfoo.a", "lib/libfoo.so", "libbar.a", "a.c", "out/a.o",
                  "src/a.o", "a.o", "src/a.h", "prog", "src/prog", "out/c.o", "src/c.c", "lib/bar.lib"]
    files = sorted(set(r.choice(candidates) for _ in range(r.randint(1, 6))))
    args = r.choice(["", "", "-n", "-q", "-k", "-B"]).split() + [r.choice(goals)]
    return "\n".join(out) + "\n", files, args


BAD = ["\techo tab-first", " x", "foo", "a b c", "$(A", "$(A) $(B", "${A", "x = $(subst a,b", "a:: b: c",
       "a.o %.o: x", "%.o a.o: ; @:", "a: b\n\t@echo $(B", "= x", ":= y", "$(E) = z", "$(E) := z", "export",
       "override", "ifeq (a,a)", "endif", "else", "endef", "define", "define X", "x: ;\n\techo a\n y",
       "include", "vpath %.c", "a : b : c : d", ": b", "$(E): x", "a: b ; \\", "x \\\n y", "a=b \\",
       "  $(info hi) junk", "$(foo bar", "$(info $(B)", "a: $(", ".RECIPEPREFIX = >\n>echo", "a: b\n    echo spaces",
       "unexport = 1", "private x", "undefine", "a: %.o: %.c: d", "x: y | z | w", "a.%: b.%\nq.%", "$(error stop at $(B))",
       "$(warning w)", "\t", "\t$(info tab-info)", "  # comment", "\t# tab comment", "x := $(shell printf 'a:\\nb')"]


def gen_errors(r):
    """Malformed makefiles: the exact error and warning messages and their line numbers."""
    out = ["A = a", "B = b", "E :="]
    for _ in range(r.randint(1, 3)):
        pos = r.randint(0, len(out))
        out.insert(pos, r.choice(BAD))
        if r.random() < 0.3:
            out.insert(pos, r.choice(["x: ; @:", "# c", "", "C = \\\n c", "$(info l)"]))
    out.append("all: ; @echo all")
    out.insert(r.randint(0, len(out)), r.choice(["", "all2:\n\t@echo r", "y: x"]))
    files = [("inc.mk", r.choice(BAD) + "\n")] if r.random() < 0.3 else []
    if files:
        out.insert(r.randint(0, len(out)), "include inc.mk")
    return "\n".join(out) + "\n", files, r.choice(["", "", "-k", "-n", "all2"]).split()


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
    norm = lambda b: b.decode("utf-8", "replace").replace(tree, "<WORK>").replace(work, "<HOME>")
    return status, norm(out), norm(err), sorted(made)


KINDS = {"vars": gen_vars, "rules": gen_rules, "flags": gen_flags, "recipes": gen_recipes,
         "include": gen_include, "targetvars": gen_targetvars, "escapes": gen_escapes,
         "functions": gen_functions, "conditionals": gen_conditionals, "define": gen_define,
         "vpath": gen_vpath, "errors": gen_errors}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=sorted(KINDS), default="rules")
    ap.add_argument("--from", dest="start", type=int, default=0)
    ap.add_argument("--count", type=int, default=200)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--xmake", default=os.path.join(here, "..", "..", "target", "debug", "xmake"))
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "xmake-fuzz"))
    a = ap.parse_args()
    xmake = os.path.abspath(a.xmake)
    gen = KINDS[a.kind]
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
