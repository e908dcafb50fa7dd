# default goal reset
a: ; @echo a
.DEFAULT_GOAL :=
b: ; @echo b
all: ; @:
