# A `-lNAME` rule that creates a library whose name the makefiles know (a prerequisite, a
# special target's or a target-specific variable's name, a vpath'd prerequisite): GNU
# merges `-lfoo` into that file, and `$^` says the library's name.
t() { printf '%s\n' "$@" > Makefile; }
t 'all: -lfoo ; @echo "[$^]"' '-lfoo: ; touch libfoo.so' 'other: libfoo.so'
make; echo "rc=$?"; rm -f libfoo.so
t 'all: -lfoo ; @echo "[$^]"' '-lfoo: ; touch libfoo.so' '.SECONDARY: libfoo.so'
make; echo "rc=$?"; rm -f libfoo.so
t 'all: -lfoo -lfoo ; @echo "[$^] [$+]"' '-lfoo: ; touch libfoo.so' 'libfoo.so: X=1'
make; echo "rc=$?"; rm -f libfoo.so
mkdir lib
t 'vpath %.so lib' 'all: -lfoo ; @echo "[$^]"' '-lfoo: ; touch lib/libfoo.so' 'x: lib/libfoo.so'
make; echo "rc=$?"; rm -f lib/libfoo.so
touch -d '2020-01-01' libfoo.so; touch dep
t 'all: -lfoo ; @echo "[$^]"' '-lfoo: dep ; touch libfoo.so' 'x: libfoo.so'
make; echo "rc=$?"
