# recursive late binding
a = $(b)
b = one
$(info [$(a)])
b = two
$(info [$(a)])
all: ; @:
