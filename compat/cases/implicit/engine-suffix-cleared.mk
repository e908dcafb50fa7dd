#| args: foo.o
#| setup: touch foo.c
.SUFFIXES:
