# makeoverrides
#| args: A=1 B=2
$(info [$(MAKEOVERRIDES)] [$(value MAKEOVERRIDES)] $(origin MAKEOVERRIDES))
all: ; @:
