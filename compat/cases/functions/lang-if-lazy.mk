# if lazy
$(info $(if x,ok,$(error not evaluated)))
all: ; @:
