# value with equals
a = b = c
$(info [$(a)])
all: ; @:
