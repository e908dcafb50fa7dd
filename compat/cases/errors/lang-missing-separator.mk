# missing separator
all: ; @:
this is wrong