# abspath
$(info $(patsubst $(CURDIR)/%,%,$(abspath a/./b/../c d//e)))
all: ; @:
