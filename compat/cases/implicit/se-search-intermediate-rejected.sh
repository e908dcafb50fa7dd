# A rule whose second-expanded prerequisite cannot be made is passed over also when the
# file is an intermediate of a chain: here GNU's built-in %: %.o for the makefile itself
# tries %.o as intermediate; its expansion names foo/Makefile.c (impossible) and the
# search goes on without error.
cat > Makefile <<'MK'
.SECONDEXPANSION:
all: d/bar.o x.o
d/foo/bar.c d/bar/bar.c foo.h foo/x.c bar/x.c: ; @echo 'mk $@'
%.o: $$(addsuffix /%.c,foo bar) foo.h ; @echo '$@: {$<} $^ stem=$*'
MK
mkdir d
make
echo "exit=$?"
make -n nothing.o
echo "exit=$?"
