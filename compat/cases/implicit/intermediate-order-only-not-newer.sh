# The order-only prerequisite of an intermediate file's rule is made, but it does not make
# the target out of date: an existing target whose chain of missing intermediates only
# has an order-only prerequisite is not remade (also a makefile with the built-in rules).
touch x
printf 'all: x\n%%: %%.f ; @echo make $@ from $<\n%%.f: %%.q ; @echo make $@ from $<\n%%q: | baz ; @echo make $@\nbaz: ; @echo baz\n' > Makefile
make -r; echo "rc=$?"
make -r x; echo "rc=$?"
touch baz
make -r x; echo "rc=$?"
printf '%%r: | baz ; @echo $< $^ $|\nbar: foo\nfoo:;@:\nbaz:;@:\n' > Makefile
make; echo "rc=$?"
