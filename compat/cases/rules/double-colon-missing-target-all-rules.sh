# A double-colon target missing at the start runs every one of its rules, even though the
# first one creates it; a target name with an escaped blank is one default goal.
touch p1 p2
printf 'all: out\nout:: p1\n\t@echo "rule one [$^]"; touch $@\nout:: p2\n\t@echo "rule two [$^]"; touch $@\n' > Makefile
make; echo "rc=$?"
make; echo "rc=$?"
printf 'sp\\ ace:: ; @echo "first [$@]"\nsp\\ ace:: ; @echo "second [$@]"\n' > Makefile
make; echo "rc=$?"
