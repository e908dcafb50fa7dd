# subdir relative to cwd
#| setup: mkdir d
#| setup: echo X = in-d > d/a.mk
include d/a.mk
$(info $(X))
all: ; @:
