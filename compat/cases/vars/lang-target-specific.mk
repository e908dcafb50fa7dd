# target specific
X = global
all: X = target
all: ; @echo $(X)