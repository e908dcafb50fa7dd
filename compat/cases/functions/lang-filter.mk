# filter
$(info $(filter %.c %.s,foo.c bar.c baz.s ugh.h))
all: ; @:
