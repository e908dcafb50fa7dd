# An else without an if is a fatal error.
else
all: ; @:
