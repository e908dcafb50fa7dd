# expanded name
#| setup: echo X = expanded > inc.mk
N = inc
include $(N).mk
$(info $(X))
all: ; @:
