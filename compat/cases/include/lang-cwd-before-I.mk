# cwd before I
#| args: -I inc
#| setup: mkdir inc
#| setup: echo X = via-I > inc/x.mk
#| setup: echo X = cwd > x.mk
include x.mk
$(info $(X))
all: ; @:
