# eval variable
$(eval X = 1)
$(eval Y := $(X)2)
$(info $(X) $(Y))
all: ; @:
