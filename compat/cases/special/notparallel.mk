# .NOTPARALLEL forces serial execution even with -j: output is in order.
#| args: -j4
.NOTPARALLEL:
all: a b c
a b c: ; @echo $@
