# .NOTPARALLEL makes -j8 run goals in order.
#| args: -j8
.NOTPARALLEL:
all: 1 2 3 4 5
1 2 3 4 5: ; @echo $@
