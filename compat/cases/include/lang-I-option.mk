# I option
#| args: -I inc
#| setup: mkdir inc
#| setup: echo X = via-I > inc/x.mk
include x.mk
$(info $(X) $(MAKEFILE_LIST))
all: ; @:
