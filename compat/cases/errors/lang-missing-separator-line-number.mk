# missing separator line number
a = 1

b = 2
oops

all: ; @:
