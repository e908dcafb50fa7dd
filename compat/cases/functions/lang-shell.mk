# shell
$(info $(shell echo hi; echo there))
all: ; @:
