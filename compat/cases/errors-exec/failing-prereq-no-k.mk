# Without -k, a failing prerequisite stops everything; later prerequisites are not made.
all: a b ; @echo all
a: ; @exit 1
b: ; @echo b
