# missing endif
ifeq (a,a)
x = 1

all: ; @:
