# leading space stripped
a =      x
$(info [$(a)])
all: ; @:
