# eval at parse time
#| args: --eval=X=1 -k
$(info [$(MAKEFLAGS)])
all: ; @:
