# error location in included
#| setup: printf "x = 1\nbogus line\n" > bad.mk
include bad.mk
all: ; @:
