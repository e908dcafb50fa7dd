# insufficient arguments
$(info $(word 1))
all: ; @:
