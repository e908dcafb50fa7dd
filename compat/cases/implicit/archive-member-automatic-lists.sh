# $^, $+, $? and $| list archive-member prerequisites by their member names; $< keeps
# the whole lib.a(m.o) name.
for m in a1 a2 a3; do echo "$m" > $m.o; done
touch -d "2020-01-01 00:00" a1.o a2.o a3.o
printf 'all: libxx.a(a1.o) x libxx.a(a2.o) libxx.a(a1.o) | libxx.a(a3.o) ; @echo "[$<] [$^] [$?] [$+] [$|]"\nx:;@:\n' > Makefile
make AR=ar ARFLAGS=Urv; echo "rc=$?"
make AR=ar ARFLAGS=Urv; echo "rc=$?"
