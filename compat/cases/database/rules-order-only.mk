#| args: -rR -p -q
#| normalise: database
# Order-only prerequisites are printed after a '|'.
all: normal1 normal2 | order1 order2
all: | order3
lone: | onlyorder
normal1 normal2 order1 order2 order3 onlyorder lone: ; @:
