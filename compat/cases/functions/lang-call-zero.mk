# call zero
f = $(0)
$(info $(call f))
all: ; @:
