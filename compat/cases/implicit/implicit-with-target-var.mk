# Target-specific CFLAGS applies in a built-in rule.
#| setup: touch foo.c bar.c
#| args: -n foo.o bar.o
foo.o: CFLAGS = -DFOO
