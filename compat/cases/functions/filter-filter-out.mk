# $(filter) and $(filter-out) with several patterns and duplicate words (manual 8.2).
src = foo.c bar.c baz.s ugh.h foo.c
$(info [$(filter %.c %.s,$(src))])
$(info [$(filter-out %.c %.s,$(src))])
$(info [$(filter foo.c,$(src))])
$(info [$(filter %,$(src))] [$(filter ,$(src))])
all: ; @:
