# wildcard subdir
#| setup: mkdir d e
#| setup: touch d/2.c d/1.c e/3.c
$(info $(wildcard d/*.c) $(wildcard */*.c))
all: ; @:
