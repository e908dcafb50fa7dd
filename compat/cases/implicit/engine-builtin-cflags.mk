#| args: -n foo.o CFLAGS=-O2
#| setup: touch foo.c
