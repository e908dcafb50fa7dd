# a $ at the very end of a value is kept
x = a$
y := $(x)b
$(info [$(x)] [$(y)])
all: ; @:
