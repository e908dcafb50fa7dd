# I attached
#| args: -Iinc
#| setup: mkdir inc
#| setup: echo X = via-I > inc/x.mk
include x.mk
$(info $(X))
all: ; @:
