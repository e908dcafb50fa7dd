# filter out
$(info $(filter-out %.o,a.o b.c c.o d))
all: ; @:
