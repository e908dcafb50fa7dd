# target specific inherited
X = global
all: X = target
all: dep ; @echo all $(X)
dep: ; @echo dep $(X)