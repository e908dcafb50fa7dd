# -j4 with a strict dependency chain: output order is fixed by the dependencies.
#| args: -j4
all: c ; @echo all
c: b ; @echo c
b: a ; @echo b
a: ; @echo a
