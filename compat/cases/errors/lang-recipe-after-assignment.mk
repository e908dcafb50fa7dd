# recipe after assignment
all: ; @:
X = 1
	echo orphan