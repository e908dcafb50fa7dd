# -k continues with other goals after a failure and ends with exit 2.
#| args: -k
all: a b c
a: ; @echo a
b: ; @exit 1
c: ; @echo c
