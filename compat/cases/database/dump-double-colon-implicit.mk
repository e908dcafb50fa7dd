# -p with double-colon rules, one of them without recipe (implicit search gives it one).
#| args: -p
#| setup: touch x.c
#| normalise: database
all: x.o y
x.o::
x.o:: ; @echo two
y:: a
y:: b ; @echo b
a b: ; @:
