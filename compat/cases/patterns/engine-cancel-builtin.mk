#| args: foo.o
#| setup: touch foo.c
%.o: %.c
