# Implicit rules for a file found in a GPATH directory are searched under that name (GNU
# renames it at once): bar.c found as work/bar.c is remade from work/bar.d, not bar.d.
mkdir work
cat > Makefile <<'MK'
VPATH = work/
GPATH = $(VPATH)
.SUFFIXES: .a .b .c .d
.PHONY: general
%.a:
%.b:
%.c:
%.d:
%.a : %.b ; cat $^ > $@
%.b : %.c ; cat $^ > $@
%.c :: %.d ; cat $^ > $@
general: foo.b
foo.b: foo.c bar.c
MK
t=1700000000
for f in work/foo.d work/bar.d work/foo.c work/bar.c foo.b bar.d; do touch -d @$t $f; t=$((t + 10)); done
make general; echo "rc=$?"
touch work/bar.d
make general; echo "rc=$?"
make general; echo "rc=$?"
