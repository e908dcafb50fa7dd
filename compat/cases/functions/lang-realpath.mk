# realpath
#| setup: mkdir d
#| setup: touch x
$(info $(patsubst $(CURDIR)/%,%,$(realpath d/../x nothere)))
all: ; @:
