# default goal set
.DEFAULT_GOAL := b
a: ; @echo a
b: ; @echo b
all: ; @:
