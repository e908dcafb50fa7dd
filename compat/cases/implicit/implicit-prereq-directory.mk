# An explicit prerequisite does not count for %.o: %.c when foo.c is missing: only gen.c is made, foo.o has no recipe.
#| args: -n foo.o
foo.o: gen.c
%.o: %.c ; @echo compile $<
gen.c: ; @echo generate gen.c
