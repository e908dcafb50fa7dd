# makeoverrides undefined
$(info [$(MAKEOVERRIDES)] $(origin MAKEOVERRIDES))
all: ; @:
