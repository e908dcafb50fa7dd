# makelevel
$(info $(MAKELEVEL) $(origin MAKELEVEL))
all: ; @:
