# An explicit rule without recipe plus an implicit rule: the implicit recipe is used, $^ has both.
#| setup: touch foo.c foo.h
#| args: -n foo.o
foo.o: foo.h
