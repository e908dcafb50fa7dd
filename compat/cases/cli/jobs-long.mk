# --jobs=2 and ordered output by dependency.
#| args: --jobs=2
all: b ; @echo all
b: a ; @echo b
a: ; @echo a
