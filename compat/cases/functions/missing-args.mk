# Too few arguments to a function is a fatal error.
x := $(word 1)
all: ; @:
