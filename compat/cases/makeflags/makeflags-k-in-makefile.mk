# MAKEFLAGS += -k in the makefile turns on keep-going for this make.
MAKEFLAGS += -k
all: a b
a: ; @exit 1
b: ; @echo b
