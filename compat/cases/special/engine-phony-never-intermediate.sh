# A phony target is never treated as intermediate (GNU's check_dep updates it as any
# other file), even when .SECONDARY: without prerequisites marks every file, or it is
# listed in .INTERMEDIATE/.SECONDARY itself; seen in PostgreSQL's PGXS makefiles, where
# `all: all-lib` (phony) reached the shared library only through phony targets.
cat > Makefile <<'MK'
.SECONDARY:
.PHONY: all all-lib all-shared
all: all-lib
all-lib: all-shared
all-shared: foo.so
foo.so: ; @echo build $@
MK
make; echo "rc=$?"
make -n; echo "rc=$?"
make -q; echo "rc=$?"
make all-lib; echo "rc=$?"

cat > Makefile <<'MK'
.INTERMEDIATE: a
.SECONDARY: b
all: a b c
a b: ; @echo made $@
c: ; @echo made $@
.PHONY: a b c
MK
make; echo "rc=$?"
make -q; echo "rc=$?"

# A file target that exists, with a phony prerequisite under a bare .SECONDARY:
cat > Makefile <<'MK'
.SECONDARY:
out: p ; @echo remake $@
p: ; @echo phony $@
.PHONY: p
MK
touch out
make; echo "rc=$?"
make -q; echo "rc=$?"
