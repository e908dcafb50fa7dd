# append empty no leading space
a :=
a += x
$(info [$(a)])
all: ; @:
