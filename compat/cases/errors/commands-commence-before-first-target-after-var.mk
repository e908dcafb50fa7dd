# A recipe line right after a variable assignment (not a rule) is an error.
X = 1
	echo hi
all: ; @:
