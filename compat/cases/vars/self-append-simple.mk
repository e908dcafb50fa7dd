# A simple variable may refer to its own previous value.
x := a
x := $(x) b
$(info $(x))
all: ; @:
