//! GNU make 4.3's built-in rules, as `make -p -f /dev/null` prints them: suffix rules (kept
//! as suffix rules so that `.SUFFIXES` changes them, then converted to pattern rules like GNU's
//! `convert_to_pattern`), a few pattern rules, and the terminal RCS/SCCS rules.
//!
//! A recipe line starting with a space continues one multi-line command in GNU's table
//! (`default.c` joins with `\n `); each element here is one recipe line.

/// The default `.SUFFIXES` list, in order.
pub const DEFAULT_SUFFIXES: &[&str] = &[
    ".out", ".a", ".ln", ".o", ".c", ".cc", ".C", ".cpp", ".p", ".f", ".F", ".m", ".r", ".y", ".l",
    ".ym", ".yl", ".s", ".S", ".mod", ".sym", ".def", ".h", ".info", ".dvi", ".tex", ".texinfo",
    ".texi", ".txinfo", ".w", ".ch", ".web", ".sh", ".elc", ".el",
];

/// Built-in suffix rules: the rule's target name (`.c.o`, or `.c` for single-suffix) and its
/// recipe lines.
pub const SUFFIX_RULES: &[(&str, &[&str])] = &[
    (".cpp", &["$(LINK.cpp) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".c.o", &["$(COMPILE.c) $(OUTPUT_OPTION) $<"]),
    (".sh", &["cat $< >$@ ", " chmod a+x $@"]),
    (".r.f", &["$(PREPROCESS.r) $(OUTPUT_OPTION) $<"]),
    (".def.sym", &["$(COMPILE.def) -o $@ $<"]),
    (".m.o", &["$(COMPILE.m) $(OUTPUT_OPTION) $<"]),
    (".lm.m", &["@$(RM) $@ ", " $(LEX.m) $< > $@"]),
    (".p.o", &["$(COMPILE.p) $(OUTPUT_OPTION) $<"]),
    (".C", &["$(LINK.C) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (
        ".y.ln",
        &[
            "$(YACC.y) $< ",
            " $(LINT.c) -C$* y.tab.c ",
            " $(RM) y.tab.c",
        ],
    ),
    (".l.c", &["@$(RM) $@ ", " $(LEX.l) $< > $@"]),
    (".r.o", &["$(COMPILE.r) $(OUTPUT_OPTION) $<"]),
    (".mod", &["$(COMPILE.mod) -o $@ -e $@ $^"]),
    (".S", &["$(LINK.S) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".texi.dvi", &["$(TEXI2DVI) $(TEXI2DVI_FLAGS) $<"]),
    (".txinfo.dvi", &["$(TEXI2DVI) $(TEXI2DVI_FLAGS) $<"]),
    (".y.c", &["$(YACC.y) $< ", " mv -f y.tab.c $@"]),
    (".cpp.o", &["$(COMPILE.cpp) $(OUTPUT_OPTION) $<"]),
    (".cc", &["$(LINK.cc) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".m", &["$(LINK.m) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".F", &["$(LINK.F) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".web.tex", &["$(WEAVE) $<"]),
    (".texinfo.info", &["$(MAKEINFO) $(MAKEINFO_FLAGS) $< -o $@"]),
    (".ym.m", &["$(YACC.m) $< ", " mv -f y.tab.c $@"]),
    (".f", &["$(LINK.f) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".r", &["$(LINK.r) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".w.tex", &["$(CWEAVE) $< - $@"]),
    (".s.o", &["$(COMPILE.s) -o $@ $<"]),
    (".c.ln", &["$(LINT.c) -C$* $<"]),
    (".tex.dvi", &["$(TEX) $<"]),
    (".texinfo.dvi", &["$(TEXI2DVI) $(TEXI2DVI_FLAGS) $<"]),
    (".F.o", &["$(COMPILE.F) $(OUTPUT_OPTION) $<"]),
    (".s", &["$(LINK.s) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".S.o", &["$(COMPILE.S) -o $@ $<"]),
    (".o", &["$(LINK.o) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".C.o", &["$(COMPILE.C) $(OUTPUT_OPTION) $<"]),
    (".c", &["$(LINK.c) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (".txinfo.info", &["$(MAKEINFO) $(MAKEINFO_FLAGS) $< -o $@"]),
    (".texi.info", &["$(MAKEINFO) $(MAKEINFO_FLAGS) $< -o $@"]),
    (".l.r", &["$(LEX.l) $< > $@ ", " mv -f lex.yy.r $@"]),
    (".p", &["$(LINK.p) $^ $(LOADLIBES) $(LDLIBS) -o $@"]),
    (
        ".l.ln",
        &[
            "@$(RM) $*.c",
            " $(LEX.l) $< > $*.c",
            "$(LINT.c) -i $*.c -o $@",
            " $(RM) $*.c",
        ],
    ),
    (".mod.o", &["$(COMPILE.mod) -o $@ $<"]),
    (".web.p", &["$(TANGLE) $<"]),
    (".S.s", &["$(PREPROCESS.S) $< > $@"]),
    (".f.o", &["$(COMPILE.f) $(OUTPUT_OPTION) $<"]),
    (".cc.o", &["$(COMPILE.cc) $(OUTPUT_OPTION) $<"]),
    (".F.f", &["$(PREPROCESS.F) $(OUTPUT_OPTION) $<"]),
    (".w.c", &["$(CTANGLE) $< - $@"]),
];

/// Built-in pattern rules: target pattern, prerequisite patterns (blank-separated),
/// terminal (`::`), recipe lines. Installed after the converted suffix rules.
pub const PATTERN_RULES: &[(&str, &str, bool, &[&str])] = &[
    ("(%)", "%", false, &["$(AR) $(ARFLAGS) $@ $<"]),
    ("%.out", "%", false, &["@rm -f $@ ", " cp $< $@"]),
    ("%.c", "%.w %.ch", false, &["$(CTANGLE) $^ $@"]),
    ("%.tex", "%.w %.ch", false, &["$(CWEAVE) $^ $@"]),
    ("%", "%,v", true, &["$(CHECKOUT,v)"]),
    ("%", "RCS/%,v", true, &["$(CHECKOUT,v)"]),
    ("%", "RCS/%", true, &["$(CHECKOUT,v)"]),
    (
        "%",
        "s.%",
        true,
        &["$(GET) $(GFLAGS) $(SCCS_OUTPUT_OPTION) $<"],
    ),
    (
        "%",
        "SCCS/s.%",
        true,
        &["$(GET) $(GFLAGS) $(SCCS_OUTPUT_OPTION) $<"],
    ),
];
