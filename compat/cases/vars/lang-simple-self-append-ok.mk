# simple self append ok
x := a
x := $(x) b
$(info $(x))
all: ; @:
