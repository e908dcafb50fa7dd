# curdir
$(info $(notdir $(CURDIR)) $(origin CURDIR))
all: ; @:
