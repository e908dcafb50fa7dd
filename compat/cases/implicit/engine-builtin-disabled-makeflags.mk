#| setup: touch foo.c
MAKEFLAGS += -r
all: foo.o
