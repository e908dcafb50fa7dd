# append undefined
a += x
$(info [$(a)] $(flavor a) $(origin a))
all: ; @:
