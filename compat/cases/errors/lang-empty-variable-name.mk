# empty variable name
 := x
all: ; @:
