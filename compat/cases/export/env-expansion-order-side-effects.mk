#| known-difference: GNU expands a recipe's exported recursive variables in its environment hash table's order (D b zz A here); xmake in its own order, seen only when their expansion prints
export b = $(info b)
export D = $(info D)
export zz = $(info zz)
export A = $(info A)
all: ; @echo x
