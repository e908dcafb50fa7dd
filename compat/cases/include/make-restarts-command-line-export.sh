# MAKE_RESTARTS given on the command line: exported to recipes like any command-line variable,
# unless make has its own count (a restart, or one in the environment), which GNU keeps
# unexported even though the command-line value hides it; sub-makes still get the
# command-line value through MAKEFLAGS.
printf 'x: ; @echo "sub R=$(MAKE_RESTARTS) $(origin MAKE_RESTARTS) E=[$$MAKE_RESTARTS]"\n' > sub.mk
printf 'all: ; @echo "R=$(MAKE_RESTARTS) $(origin MAKE_RESTARTS) E=[$$MAKE_RESTARTS]"; $(MAKE) -s --no-print-directory -f sub.mk\n' > Makefile
make MAKE_RESTARTS=4; echo "exit=$?"
MAKE_RESTARTS=3 make; echo "exit=$?"
MAKE_RESTARTS=3 make MAKE_RESTARTS=4; echo "exit=$?"
MAKE_RESTARTS=3 make -e MAKE_RESTARTS=4; echo "exit=$?"
printf 'export MAKE_RESTARTS\nall: ; @echo "R=$(MAKE_RESTARTS) $(origin MAKE_RESTARTS) E=[$$MAKE_RESTARTS]"\n' > e.mk
MAKE_RESTARTS=3 make -f e.mk MAKE_RESTARTS=4; echo "exit=$?"
MAKE_RESTARTS=3 make -f e.mk; echo "exit=$?"
cat > r.mk <<'MK'
all: ; @echo "R=$(MAKE_RESTARTS) $(origin MAKE_RESTARTS) E=[$$MAKE_RESTARTS]"; $(MAKE) -s --no-print-directory -f sub.mk
include inc.mk
inc.mk: ; @echo 'X = 1' > $@
MK
make -f r.mk MAKE_RESTARTS=7; echo "exit=$?"
rm inc.mk
make -f r.mk; echo "exit=$?"
