# Prerequisites are made in order, depth first, each once.
all: a b c
a: c ; @echo a
b: c ; @echo b
c: ; @echo c
