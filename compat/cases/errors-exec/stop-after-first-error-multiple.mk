# Several failing prerequisites without -k: only the first failure is reported.
all: a b c
a: ; @echo a
b: ; @exit 1
c: ; @exit 1
