# wildcard
#| setup: touch b.c a.c x.h
$(info $(wildcard *.c))
all: ; @:
