# glob
#| setup: echo A = 1 > a.inc
#| setup: echo B = 2 > b.inc
include *.inc
$(info $(A)$(B))
all: ; @:
