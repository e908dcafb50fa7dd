# an assignment with no name is fatal
 = x
all: ; @:
