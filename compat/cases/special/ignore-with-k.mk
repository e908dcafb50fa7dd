# .IGNORE on one target combined with -k: ignored failure vs real failure.
#| args: -k
.IGNORE: a
all: a b c
a: ; @exit 1
b: ; @exit 2
c: ; @echo c
