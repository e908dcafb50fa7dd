# $(word) with a non-numeric first argument is a fatal error.
x := $(word two,a b)
all: ; @:
