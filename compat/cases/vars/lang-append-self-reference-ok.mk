# x += $(x) on a recursive variable is a self-reference
x = a
x += $(x)
$(info $(x))
all: ; @:
