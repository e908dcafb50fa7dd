//! The variables GNU make 4.3 defines before reading any makefile (`make -p -f /dev/null`,
//! entries marked `# default`), plus the `$(@D)`-style automatic helpers. `-R` drops the
//! plain defaults but keeps the ones make itself needs (`MAKE`, `SHELL`, ...), as GNU make does.

/// `(name, value)` pairs of recursive default variables dropped by `-R`.
pub const BUILTIN: &[(&str, &str)] = &[
    (".LIBPATTERNS", "lib%.so lib%.a"),
    ("AR", "ar"),
    ("ARFLAGS", "rv"),
    ("AS", "as"),
    ("CC", "cc"),
    (
        "CHECKOUT,v",
        "+$(if $(wildcard $@),,$(CO) $(COFLAGS) $< $@)",
    ),
    ("CO", "co"),
    ("COFLAGS", ""),
    ("COMPILE.C", "$(COMPILE.cc)"),
    ("COMPILE.F", "$(FC) $(FFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c"),
    (
        "COMPILE.S",
        "$(CC) $(ASFLAGS) $(CPPFLAGS) $(TARGET_MACH) -c",
    ),
    ("COMPILE.c", "$(CC) $(CFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c"),
    (
        "COMPILE.cc",
        "$(CXX) $(CXXFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c",
    ),
    ("COMPILE.cpp", "$(COMPILE.cc)"),
    (
        "COMPILE.def",
        "$(M2C) $(M2FLAGS) $(DEFFLAGS) $(TARGET_ARCH)",
    ),
    ("COMPILE.f", "$(FC) $(FFLAGS) $(TARGET_ARCH) -c"),
    (
        "COMPILE.m",
        "$(OBJC) $(OBJCFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c",
    ),
    (
        "COMPILE.mod",
        "$(M2C) $(M2FLAGS) $(MODFLAGS) $(TARGET_ARCH)",
    ),
    ("COMPILE.p", "$(PC) $(PFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -c"),
    ("COMPILE.r", "$(FC) $(FFLAGS) $(RFLAGS) $(TARGET_ARCH) -c"),
    ("COMPILE.s", "$(AS) $(ASFLAGS) $(TARGET_MACH)"),
    ("CPP", "$(CC) -E"),
    ("CTANGLE", "ctangle"),
    ("CWEAVE", "cweave"),
    ("CXX", "g++"),
    ("F77", "$(FC)"),
    ("F77FLAGS", "$(FFLAGS)"),
    ("FC", "f77"),
    ("GET", "get"),
    ("LD", "ld"),
    ("LEX", "lex"),
    ("LEX.l", "$(LEX) $(LFLAGS) -t"),
    ("LEX.m", "$(LEX) $(LFLAGS) -t"),
    ("LINK.C", "$(LINK.cc)"),
    (
        "LINK.F",
        "$(FC) $(FFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_ARCH)",
    ),
    (
        "LINK.S",
        "$(CC) $(ASFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_MACH)",
    ),
    (
        "LINK.c",
        "$(CC) $(CFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_ARCH)",
    ),
    (
        "LINK.cc",
        "$(CXX) $(CXXFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_ARCH)",
    ),
    ("LINK.cpp", "$(LINK.cc)"),
    ("LINK.f", "$(FC) $(FFLAGS) $(LDFLAGS) $(TARGET_ARCH)"),
    (
        "LINK.m",
        "$(OBJC) $(OBJCFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_ARCH)",
    ),
    ("LINK.o", "$(CC) $(LDFLAGS) $(TARGET_ARCH)"),
    (
        "LINK.p",
        "$(PC) $(PFLAGS) $(CPPFLAGS) $(LDFLAGS) $(TARGET_ARCH)",
    ),
    (
        "LINK.r",
        "$(FC) $(FFLAGS) $(RFLAGS) $(LDFLAGS) $(TARGET_ARCH)",
    ),
    ("LINK.s", "$(CC) $(ASFLAGS) $(LDFLAGS) $(TARGET_MACH)"),
    ("LINT", "lint"),
    ("LINT.c", "$(LINT) $(LINTFLAGS) $(CPPFLAGS) $(TARGET_ARCH)"),
    ("M2C", "m2c"),
    ("MAKEINFO", "makeinfo"),
    ("OBJC", "cc"),
    ("OUTPUT_OPTION", "-o $@"),
    ("PC", "pc"),
    (
        "PREPROCESS.F",
        "$(FC) $(FFLAGS) $(CPPFLAGS) $(TARGET_ARCH) -F",
    ),
    ("PREPROCESS.S", "$(CC) -E $(CPPFLAGS)"),
    (
        "PREPROCESS.r",
        "$(FC) $(FFLAGS) $(RFLAGS) $(TARGET_ARCH) -F",
    ),
    ("RM", "rm -f"),
    ("TANGLE", "tangle"),
    ("TEX", "tex"),
    ("TEXI2DVI", "texi2dvi"),
    ("WEAVE", "weave"),
    ("YACC", "yacc"),
    ("YACC.m", "$(YACC) $(YFLAGS)"),
    ("YACC.y", "$(YACC) $(YFLAGS)"),
];

/// `SUFFIXES`, a simple variable.
pub const SUFFIXES: &str = ".out .a .ln .o .c .cc .C .cpp .p .f .F .m .r .y .l .ym .yl .s .S .mod .sym .def .h .info .dvi .tex .texinfo .texi .txinfo .w .ch .web .sh .elc .el";

/// `.FEATURES` as GNU make 4.3 reports it.
pub const FEATURES: &str = "target-specific order-only second-expansion else-if shortest-stem undefine oneshell nocomment grouped-target extra-prereqs archives jobserver output-sync check-symlink load";

/// `.INCLUDE_DIRS`' default search directories.
pub const INCLUDE_DIRS: &[&str] = &["/usr/local/include", "/usr/include", "/usr/include"];

/// The `D`/`F` variants of automatic variables (`$(@D)`), recursive, origin automatic.
pub const AUTOMATIC_DF: &[(&str, &str)] = &[
    ("@D", "$(patsubst %/,%,$(dir $@))"),
    ("@F", "$(notdir $@)"),
    ("%D", "$(patsubst %/,%,$(dir $%))"),
    ("%F", "$(notdir $%)"),
    ("*D", "$(patsubst %/,%,$(dir $*))"),
    ("*F", "$(notdir $*)"),
    ("<D", "$(patsubst %/,%,$(dir $<))"),
    ("<F", "$(notdir $<)"),
    ("^D", "$(patsubst %/,%,$(dir $^))"),
    ("^F", "$(notdir $^)"),
    ("+D", "$(patsubst %/,%,$(dir $+))"),
    ("+F", "$(notdir $+)"),
    ("?D", "$(patsubst %/,%,$(dir $?))"),
    ("?F", "$(notdir $?)"),
];
