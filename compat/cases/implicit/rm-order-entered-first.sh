# A file the makefile mentions is entered into GNU's file table while the makefile is read,
# before the files implicit search finds: mentioned intermediates (here through
# .INTERMEDIATE, prerequisites before targets) keep their slots, the others move on.
mkdir d
touch aa.y yj.y ac.y mm.y d/aa.y d/yj.y x.y
printf 'all: aa.o yj.o ac.o mm.o\n%%.o: %%.c ; @cp $< $@\n%%.c: %%.y ; @cp $< $@\n.INTERMEDIATE: mm.c yj.c\n' > Makefile
make; echo "exit=$?"
printf 'all: d/aa.o d/yj.o x.o\n%%.o: %%.c ; @cp $< $@\n%%.c: %%.y ; @cp $< $@\n.INTERMEDIATE: x.c aa.c\nx.c: x.y; @cp $< $@\n' > Makefile
make; echo "exit=$?"
