# makefile list lastword
$(info $(lastword $(MAKEFILE_LIST)))
all: ; @:
