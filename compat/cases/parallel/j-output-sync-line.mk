# -Oline with a chain: each line is printed as it completes, order fixed by dependencies.
#| args: -j3 -Oline
all: two ; @echo all
two: one ; @echo two-a; echo two-b
one: ; @echo one
