# A prerequisite missing under its own name and found through vpath under the name of
# another file the makefiles mention becomes that file (GNU's rehash_file): one file,
# made once (its generator ran twice before), one "No rule" line under -k (CPython's
# out-of-tree Makefile: `Objects/x.o: $(srcdir)/Objects/x.c` with VPATH and `.c.o`).
mkdir -p w o && cd w
# A prerequisite found through VPATH under the name of a target: one file, made once.
cat > Makefile <<'MK'
VPATH = ..
all: o/x.o ../o/x.c
../o/x.c: ; @echo gen $@
.c.o: ; @echo cc $@ from $< all: $^ plus: $+
MK
make; echo "rc=$?"
make -j2; echo "rc=$?"
make -n; echo "rc=$?"
make -q; echo "rc=$?"
make --debug=v 2>&1 | sed -n '/Updating goal/,$p'; echo "rc=$?"
# Missing sources under -k: one "No rule" line per file.
cat > Makefile <<'MK'
VPATH = ..
all: o/x.o o/y.o
o/x.o: ../o/x.c h.h
o/y.o: ../o/y.c ../o/x.c
.c.o: ; @echo cc $@
MK
make -k; echo "rc=$?"
# The same through a vpath directive, and the source existing (mentioned, no rule).
cat > Makefile <<'MK'
vpath %.c ..
all: o/x.o
o/x.o: ../o/x.c
.c.o: ; @echo cc $@ from $< all: $^ plus: $+
MK
touch ../o/x.c
make; echo "rc=$?"
make -p 2>/dev/null | grep -E '^(o/x\.[oc]|\.\./o/x\.c):' ; echo "rc=$?"
