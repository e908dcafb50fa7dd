# make var
$(info $(MAKE) $(origin MAKE))
all: ; @:
