# An archive member's recorded time has whole seconds: it is compared with its file in
# whole seconds, so a file changed later within the same second is not newer.
echo a1 > a1.o
touch -d '2020-01-01 00:00:00.0' a1.o
ar Urv libxx.a a1.o 2>&1
touch -d '2021-01-01 00:00:00' libxx.a
printf 'all: libxx.a(a1.o)\n' > Makefile
touch -d '2020-01-01 00:00:00.7' a1.o
make -q AR=ar ARFLAGS=Urv; echo "rc=$?"
make AR=ar ARFLAGS=Urv; echo "rc=$?"
touch -d '2020-01-01 00:00:01.2' a1.o
make -q AR=ar ARFLAGS=Urv; echo "rc=$?"
make AR=ar ARFLAGS=Urv; echo "rc=$?"
