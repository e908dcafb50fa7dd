# An explicit rule without recipe (foo.o: foo.h) plus the built-in rule: the built-in recipe is used with $< = foo.c.
#| setup: touch foo.c foo.h
#| args: -n foo.o
foo.o: foo.h
