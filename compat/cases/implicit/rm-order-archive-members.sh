# Archive members made through the built-in `(%): %` rule are intermediate object files;
# GNU removes them in its file table's order (yj.o, aa.o, ac.o, mm.o here).
for f in aa yj ac mm; do echo "int $f;" > $f.c; done
printf 'lib.a: lib.a(aa.o) lib.a(yj.o) lib.a(ac.o) lib.a(mm.o)\n' > Makefile
make 2>&1 | grep -v '^ar: creating'; echo "exit=$?"
ls
