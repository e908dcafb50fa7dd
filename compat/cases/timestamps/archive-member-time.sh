# An archive member's time comes from the archive (ar U keeps real dates): up to date, then remade when its source is newer.
printf 'int a;\n' > a.c
printf 'int b;\n' > b.c
touch -d '2020-01-01 00:00:00' a.c b.c
touch -d '2021-01-01 00:00:00' a.o b.o
ar rcU lib.a a.o b.o && rm a.o b.o
# The archive is dated too: a member remade now must be newer than it whatever second
# the run starts in.
touch -d '2021-01-01 00:00:00' lib.a
printf 'lib.a: lib.a(a.o) lib.a(b.o)\n\t@echo archive $@ done\n' > Makefile
make ARFLAGS=rvU; echo "exit=$?"
touch -d '2022-01-01 00:00:00' b.c
make ARFLAGS=rvU; echo "exit=$?"
rm -f lib.a
