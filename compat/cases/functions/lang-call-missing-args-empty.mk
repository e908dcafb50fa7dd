# call missing args empty
f = [$(1)][$(2)][$(3)]
$(info $(call f,a))
all: ; @:
