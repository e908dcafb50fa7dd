# call spaces kept
f = [$(1)]
$(info $(call f, a ))
all: ; @:
