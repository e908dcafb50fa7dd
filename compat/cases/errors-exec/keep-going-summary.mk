# -k: several failures, one line each, then "Target 'all' not remade because of errors."
#| args: -k
all: a b c
a: ; @exit 1
b: ; @exit 2
c: ; @echo c
