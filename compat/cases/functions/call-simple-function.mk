# A function defined with := expanded its $(1) at definition (empty), so $(call) cannot fill it.
f := [$(1)]
g = [$(1)]
$(info $(call f,x) $(call g,x))
all: ; @:
