# $(let) and $(intcmp) arrived in 4.4: in 4.3 they are variable references, i.e. empty.
$(info [$(let a b,1 2,$(a))] [$(intcmp 1,2,lt)])
all: ; @:
