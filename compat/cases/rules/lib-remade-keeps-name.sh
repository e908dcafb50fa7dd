# A `-lNAME` rule that creates the library: GNU rehashes the file under the library's name
# when its time is next needed, but it is renamed (`$^` says `libfoo.so`) only when the
# makefiles know a file of that name; else `$^` keeps `-lfoo`: found in the directory, in a
# vpath directory, by another `.LIBPATTERNS`, as a goal, when the library existed but was
# out of date, and for a `::` or pattern `-l` rule.
t() { printf '%s\n' "$@" > Makefile; }
t 'all: -lfoo ; @echo "[$^] [$?]"' '-lfoo: ; touch libfoo.so'
make; echo "rc=$?"; rm -f libfoo.so
make -n; echo "rc=$?"
make -- -lfoo all; echo "rc=$?"; rm -f libfoo.so
mkdir lib
t 'vpath %.so lib' 'all: -lfoo ; @echo "[$^]"' '-lfoo: ; touch lib/libfoo.so'
make; echo "rc=$?"; rm -f lib/libfoo.so
t '.LIBPATTERNS = lib%.a' 'all: -lfoo ; @echo "[$^]"' '-lfoo: ; touch libfoo.a libfoo.so'
make; echo "rc=$?"; rm -f libfoo.*
touch -d '2020-01-01' libfoo.so; touch dep
t 'all: -lfoo ; @echo "[$^]"' '-lfoo: dep ; touch libfoo.so'
make; echo "rc=$?"; rm -f libfoo.so
t 'all: -lfoo -lfoo ; @echo "[$^] [$+]"' '-lfoo:: ; touch libfoo.so'
make; echo "rc=$?"; rm -f libfoo.so
t 'all: -lbar ; @echo "[$^]"' '-l%: ; touch lib$*.so'
make; echo "rc=$?"; rm -f libbar.so
