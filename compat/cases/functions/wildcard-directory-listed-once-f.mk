#| args: -f Makefile
# With -f, make does not look for a default makefile: the working directory is listed at
# its first wildcard instead, and stays so.
$(shell touch first.c)
$(info one=[$(wildcard *.c)])
$(shell touch second.c)
$(info two=[$(wildcard *.c)] lit=[$(wildcard second.c)])
all: ; @:
