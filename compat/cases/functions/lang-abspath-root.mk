# abspath root
$(info $(abspath /a/../../b /))
all: ; @:
