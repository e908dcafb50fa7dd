# simple early binding
b = one
a := $(b)
b = two
$(info [$(a)])
all: ; @:
