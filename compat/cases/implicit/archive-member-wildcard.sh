# A wildcard inside an archive member reference matches the archive's members (sorted, as
# GNU's ar_glob), not files on disk; an archive that does not exist or has no match keeps
# the word as written. Members whose files are newer are put in again.
for m in a1 a2 a3; do echo "$m" > $m.o; done
touch -d '2020-01-01 00:00' a1.o a2.o a3.o
ar Urv libxx.a a2.o a1.o 2>&1
touch -d '2021-01-01 00:00' libxx.a
printf 'all: libxx.a(*.o) ; @echo "[$^]"\n' > Makefile
make AR=ar ARFLAGS=Urv; echo "rc=$?"
printf 'all: libxx.a(a3.o *.o) nolib.a(*.o) libxx.a(z*.o) ; @echo "[$^]"\nnolib.a(*.o) libxx.a(z*.o): ; @echo "literal $@"\n' > Makefile
make AR=ar ARFLAGS=Urv; echo "rc=$?"
touch -d "2022-01-01 00:00" a1.o
printf 'all: libxx.a(  *1.o  [a]2.o ) ; @echo "[$^]"\n' > Makefile
make AR=ar ARFLAGS=Urv; echo "rc=$?"
make -q AR=ar ARFLAGS=Urv; echo "rc=$?"
