# Inside $(call), $(origin 1) is "automatic".
f = $(origin 1) $(origin 2) $(flavor 1)
$(info $(call f,x))
all: ; @:
