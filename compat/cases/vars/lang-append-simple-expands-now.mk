# append simple expands now
a := 1
a += $(b)
b = 2
$(info [$(a)] $(flavor a))
all: ; @:
