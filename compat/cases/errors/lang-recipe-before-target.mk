# recipe before target
	echo no target
all: ; @:
