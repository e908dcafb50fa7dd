#| args: -r foo.o
#| setup: touch foo.c
