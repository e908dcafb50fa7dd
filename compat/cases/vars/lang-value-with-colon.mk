# value with colon
a = b: c
$(info [$(a)])
all: ; @:
