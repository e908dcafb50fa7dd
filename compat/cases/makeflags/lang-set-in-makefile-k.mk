# set in makefile k
MAKEFLAGS += k
all: a b
a: ; @false
b: ; @echo b ran