# Under -q a recursive line whose sub-make answers "not up to date" (status 1) stops the
# recipe quietly; with -i, or a `-` line, GNU reports it as an ignored error and goes on
# (the next target's recipe is then questioned).
cat > sub.mk <<'MK'
all: ; @echo sub
MK
cat > Makefile <<'MK'
all: sub
	@echo top
sub:
	+@$(MAKE) -f sub.mk
MK
printf 'all: sub\n\t@echo top\nsub:\n\t-+@$(MAKE) -f sub.mk\n' > dash.mk
make -q --no-print-directory; echo "status $?"
make -q -i --no-print-directory --trace; echo "status $?"
make -q -f dash.mk --no-print-directory; echo "status $?"
