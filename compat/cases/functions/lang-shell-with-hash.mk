# shell with hash
y := $(shell echo "a # b")
$(info [$(y)])
all: ; @:
