# makelevel env
#| env: MAKELEVEL=3
$(info $(MAKELEVEL))
all: ; @:
