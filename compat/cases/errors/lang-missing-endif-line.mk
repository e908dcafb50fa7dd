# missing endif line
ifdef X
a = 1

b = 2

all: ; @:
