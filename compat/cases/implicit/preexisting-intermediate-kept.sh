# An intermediate file that existed before make started is remade in place and kept; only
# intermediates make created are removed (here under -B, an out-of-date prerequisite, and an
# implicit chain). Times are set explicitly: file systems tick coarsely.
touch -d '2020-01-01' b.o
printf 'b.c: b.o\n\techo c\n.INTERMEDIATE: b.o\nb.o:\n\ttouch b.o\n' > a.mk
make -B -f a.mk; echo "exit=$?"; ls
printf 'b.c: b.o\n\tfalse\n.INTERMEDIATE: b.o\nb.o: dep\n\ttouch b.o\n' > b.mk
touch -d '2020-01-01' b.o
touch -d '2021-01-01' dep
make -f b.mk; echo "exit=$?"; ls
rm -f b.c
printf 'all: b.c\n%%.c: %%.o\n\techo c\n%%.o: %%.s\n\ttouch $@\n' > c.mk
touch -d '2020-01-01' b.o
touch -d '2021-01-01' b.s
make -f c.mk; echo "exit=$?"; ls
rm -f b.o
make -f c.mk; echo "exit=$?"; ls
