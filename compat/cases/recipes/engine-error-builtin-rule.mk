#| args: foo.o
#| setup: touch foo.c
COMPILE.c = false
