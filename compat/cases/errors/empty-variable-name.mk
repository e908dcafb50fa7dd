# An assignment with no name: "empty variable name".
 = value
all: ; @:
