# goal order
#| args: b a
a: ; @echo a
b: ; @echo b
all: ; @:
